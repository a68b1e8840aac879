/**
 * A proof of consent as the widget sends it (docs/contract.md §7), checked before anything is stored.
 * The record inside it (id, rev, ts, categories, services, gpc, and whatever later formats add) is
 * checked by the widget's own cookie parser, `parseRecord`, against the site's config: one parser,
 * so the service accepts exactly the records the widget would trust. This module checks only what
 * the beacon adds: language, url and tcString.
 */
import { parseRecord, serializeRecord } from '../../src/core/record.js';
import type { ConsentRecord, ResolvedConfig } from '../../src/core/types.js';

/** What is stored: the record (with its format version) plus the beacon's own fields. */
export type Proof = ConsentRecord & { language: string; url: string; tcString?: string };

export type Checked = { proof: Proof; record: ConsentRecord } | { error: string };

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,4}$/i;
// A TC string: base64url segments joined by dots (TCF v2). Long vendor lists make it a few hundred bytes.
const TC_STRING = /^[\w-]+(\.[\w-]+)*$/;
const MAX_URL = 2048;
const MAX_TC_STRING = 4096;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** The page URL as the widget writes it (origin + path, nothing else), on the request's origin. */
function checkUrl(url: unknown, origin: string): string | undefined {
  if (typeof url != 'string' || url.length > MAX_URL) return 'url must be a string of at most 2048 characters';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'url is not a URL';
  }
  if (u.origin + u.pathname !== url) return 'url must be origin + path only (no query, fragment or credentials)';
  if (u.origin !== origin) return 'url is not on the origin that sent it';
  return undefined;
}

/**
 * Checks a parsed beacon body sent from `origin` (already one of the allowed origins). A body
 * without `v` is a format-1 record (widgets that send the record without its version).
 */
export function checkProof(body: unknown, config: ResolvedConfig, origin: string, now = Date.now()): Checked {
  if (!isPlainObject(body)) return { error: 'the body must be a JSON object' };
  const { language, url, tcString, ...fields } = body;
  if (typeof language != 'string' || !LANGUAGE.test(language)) return { error: 'language must be a language tag' };
  const badUrl = checkUrl(url, origin);
  if (badUrl || typeof url != 'string') return { error: badUrl ?? 'url must be a string' };
  if (
    tcString !== undefined &&
    (typeof tcString != 'string' || tcString.length > MAX_TC_STRING || !TC_STRING.test(tcString))
  )
    return { error: 'tcString must be a TC string' };
  const record = parseRecord(JSON.stringify({ v: 1, ...fields }), config, now);
  if (!record) return { error: "not a valid consent record for this site's config" };
  const proof: Proof = { ...record, language, url };
  if (tcString !== undefined) proof.tcString = tcString;
  return { proof, record };
}

/** js-cookie's encoding of a cookie value: URI-encoded, except characters a cookie value may hold. */
const encodeValue = (value: string) =>
  encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);

/**
 * The Set-Cookie header that stores `record` as the widget would (docs/contract.md §3): same name, same
 * value (serializeRecord, URI-encoded the js-cookie way), Max-Age from expiresDays, Path, Domain
 * when configured, SameSite, and Secure when configured or ('auto') when the page is https.
 */
export function consentCookie(record: ConsentRecord, { cookie }: ResolvedConfig, origin: string): string {
  const secure = cookie.secure == 'auto' ? origin.startsWith('https:') : cookie.secure;
  return [
    `${cookie.name}=${encodeValue(serializeRecord(record))}`,
    `Max-Age=${(cookie.expiresDays * 86400) | 0}`,
    `Path=${cookie.path}`,
    ...(cookie.domain ? [`Domain=${cookie.domain}`] : []),
    `SameSite=${cookie.sameSite}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
