/**
 * The stored choice (contract §3): strict parsing, serialising and the checks that decide
 * whether a stored choice still stands. A record is trusted whole or not at all.
 */
import type { ConsentRecord, ResolvedConfig } from './types.js';

const RECORD_KEYS = ['v', 'id', 'rev', 'ts', 'categories', 'services', 'gpc'];
const DAY = 864e5;
// A clock a little behind the one that wrote the cookie is normal; a time far ahead is tampering.
const CLOCK_SKEW = DAY;

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') && new Set(v).size === v.length;

/**
 * Parses the cookie's value (already URI-decoded). Returns `null` for anything that is not a
 * well-formed record for this config: bad JSON, unknown or missing fields, unknown categories or
 * services, a required category missing, a time in the future.
 */
export function parseRecord(raw: string | undefined, config: ResolvedConfig, now: number): ConsentRecord | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const r = data as Record<string, unknown>;
  const keys = Object.keys(r);
  if (keys.length !== RECORD_KEYS.length || !RECORD_KEYS.every((k) => keys.includes(k))) return null;
  if (r.v !== 1 || typeof r.id !== 'string' || !/^[0-9a-f-]{8,64}$/i.test(r.id)) return null;
  if (typeof r.rev !== 'number' || !Number.isInteger(r.rev) || r.rev < 0) return null;
  if (typeof r.ts !== 'number' || !Number.isFinite(r.ts) || r.ts <= 0 || r.ts > now + CLOCK_SKEW) return null;
  if (typeof r.gpc !== 'boolean' || !isStringList(r.categories)) return null;
  const granted = r.categories;
  const byName = new Map(config.categories.map((c) => [c.name, c]));
  if (!granted.every((name) => byName.has(name))) return null;
  if (!config.categories.every((c) => !c.required || granted.includes(c.name))) return null;
  const services = r.services;
  if (typeof services !== 'object' || services === null || Array.isArray(services)) return null;
  for (const [name, list] of Object.entries(services)) {
    const category = byName.get(name);
    if (!category || !category.services.length || !granted.includes(name) || !isStringList(list)) return null;
    if (!list.every((s) => category.services.some((known) => known.name === s))) return null;
  }
  return data as ConsentRecord;
}

/** The cookie value (before URI encoding), fields in the documented order. */
export function serializeRecord(record: ConsentRecord): string {
  const { v, id, rev, ts, categories, services, gpc } = record;
  return JSON.stringify({ v, id, rev, ts, categories, services, gpc });
}

/** Whether a well-formed record still stands: same policy revision (or newer) and not expired. */
export function isCurrent(record: ConsentRecord, config: ResolvedConfig, now: number): boolean {
  return record.rev >= config.revision && now - record.ts < config.cookie.expiresDays * DAY;
}
