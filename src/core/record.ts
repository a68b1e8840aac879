/**
 * The stored choice (contract §3): strict parsing, serialising and the checks that decide
 * whether a stored choice still stands. A record is trusted whole or not at all.
 */
import type { ConsentRecord, ResolvedConfig } from './types.js';

const DAY = 864e5;

/** The item of `list` (categories, services) called `name`. */
export const named = <T extends { name: string }>(list: readonly T[], name: unknown): T | undefined =>
  list.find((x) => x.name === name);

/**
 * Distinct names of items of `list`, which must not be empty (a category without services has no
 * service list). Anything but an array throws (no `every`), which the caller catches.
 */
const namesOf = (v: string[], list: readonly { name: string }[]) =>
  list[0] && v.every((s) => named(list, s)) && new Set(v).size == v.length;

/**
 * Parses the cookie's value (already URI-decoded). Returns `null` for anything that is not a
 * well-formed record for this config: bad JSON, unknown or missing fields, wrong types, unknown
 * categories or services, a required category missing, a time in the future. Never throws.
 */
export function parseRecord(raw: string | undefined, config: ResolvedConfig, now: number): ConsentRecord | null {
  // No cookie (a first visit): no choice, without the cost of an exception.
  if (!raw) return null;
  try {
    // Whatever is not the expected shape fails a check below or throws (null, a missing field, a list
    // that is not an array): no choice. Typed as what it must be; the checks make it so.
    const r = JSON.parse(raw) as ConsentRecord;
    const { categories: cats } = config;
    const granted = r.categories;
    if (
      r.v === 1 &&
      // Every field is checked, so seven own keys means no unknown one.
      Object.keys(r).length == 7 &&
      // `match` throws on anything but a string.
      r.id.match(/^[\da-f-]{8,64}$/i) &&
      [r.rev, r.ts].every(Number.isInteger) &&
      r.rev >= 0 &&
      r.ts > 0 &&
      // A clock a little behind the one that wrote the cookie is normal; a time far ahead is tampering.
      r.ts <= now + DAY &&
      r.gpc === !!r.gpc &&
      namesOf(granted, cats) &&
      cats.every((c) => !c.required || granted.includes(c.name)) &&
      // A plain object (not an array, null or a primitive), holding lists of services only of granted
      // categories that declare services, and only their own. The default stringification is the test.
      // eslint-disable-next-line @typescript-eslint/restrict-plus-operands, @typescript-eslint/no-base-to-string
      r.services + '' == '[object Object]' &&
      Object.entries<string[]>(r.services).every(
        ([name, list]) => granted.includes(name) && namesOf(list, named(cats, name)!.services),
      )
    )
      return r;
  } catch {}
  return null;
}

/** The cookie value (before URI encoding): the record's fields in the documented order, nothing else. */
export const serializeRecord = ({ v, id, rev, ts, categories, services, gpc }: ConsentRecord): string =>
  JSON.stringify({ v, id, rev, ts, categories, services, gpc });

/** Whether a well-formed record still stands: same policy revision (or newer) and not expired. */
export const isCurrent = (record: ConsentRecord, config: ResolvedConfig, now: number): boolean =>
  record.rev >= config.revision && now - record.ts < config.cookie.expiresDays * DAY;
