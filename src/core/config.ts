/**
 * Config validation (contract §2). Pure: takes whatever the page supplied and returns either a
 * resolved config with defaults filled in, or `null` with the problems, so the caller can fall
 * back to the safe state (nothing optional granted) instead of guessing.
 *
 * Table-driven on purpose: each key is one line of rule and message, which keeps the check
 * readable and the shipped script small.
 */
import type { Category, CookiePattern, GoogleConsentMode, GoogleConsentType, ResolvedConfig } from './types.js';
import { matchesCookieName } from './cookie-names.js';
import { urlScheme } from './url.js';

export interface ConfigResult {
  /** `null` when the config is not valid: use the safe state. */
  config: ResolvedConfig | null;
  /** Problems that make the config invalid, each starting with the key it is about. */
  errors: string[];
  /** Valid but risky choices (e.g. tracking cookies under a required category). */
  warnings: string[];
}

type Rec = Record<string, unknown>;
/** A rule: the test a value must pass, and what it must be (for the message). */
type Rule = [test: (v: unknown) => boolean, mustBe: string];

/** The longest a choice may last: 13 months (COMPLIANCE R17). */
export const MAX_EXPIRY_DAYS = 395;
// Known analytics/advertising cookies that never belong in a required category (COMPLIANCE R07).
// Checked both ways: a listed pattern that covers one of them, or a listed name that one covers.
const TRACKING = ['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*', '_fbp', '_fbc', 'IDE', '__utm*', '_uetvid', '_uetsid', '_hjid'];
const NAME = /^[a-z0-9_-]+$/;

const isObject = (v: unknown): v is Rec =>
  typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp);
const isString = (v: unknown): v is string => typeof v == 'string';
const bool: Rule = [(v) => typeof v == 'boolean', 'true or false'];
const oneOf = (...values: unknown[]): Rule => [(v) => values.includes(v), 'one of ' + values.join(', ')];
const text: Rule = [(v) => isString(v) || (isObject(v) && Object.values(v).every(isString)), 'a string or { language: string }'];
const cookies: Rule = [
  (v) => Array.isArray(v) && v.every((p) => (isString(p) && p != '') || p instanceof RegExp),
  'an array of cookie names, * patterns or RegExps',
];

/** True for an http(s) or relative URL; refuses `javascript:`, `data:` and every other scheme. */
export function isSafeUrl(v: unknown): boolean {
  const scheme = isString(v) ? urlScheme(v) : 'none';
  return !scheme || scheme == 'http' || scheme == 'https';
}
const url: Rule = [isSafeUrl, 'an http(s) or relative URL'];

const TOP: Record<string, Rule> = {
  revision: [(v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number ≥ 0'],
  policyUrl: url,
  categories: [(v) => isObject(v) && Object.keys(v).length > 0, 'an object with at least one category'],
  cookie: [isObject, 'an object'],
  language: [(v) => isString(v) && /^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/i.test(v), "'auto' or a language code such as 'cy'"],
  translations: [(v) => isObject(v) && Object.values(v).every((t) => isObject(t) && Object.values(t).every(isString)), '{ language: { key: string } }'],
  googleConsentMode: [(v) => typeof v == 'boolean' || isObject(v), 'true, false or { consent_type: [categories] }'],
  respectGpc: bool,
  recordEndpoint: url,
  reloadOnRevoke: bool,
  reopenButton: bool,
  layout: oneOf('bar', 'box'),
  position: oneOf('bottom', 'top', 'bottom-left', 'bottom-right'),
  theme: oneOf('light', 'dark', 'auto'),
};
const CATEGORY: Record<string, Rule> = { required: bool, title: text, description: text, cookies, services: [isObject, 'an object of services'], gpc: bool };
const SERVICE: Record<string, Rule> = { title: text, description: text, cookies };
const COOKIE: Record<string, Rule> = {
  name: [(v) => isString(v) && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v), 'a valid cookie name'],
  domain: [(v) => isString(v) && /^\.?[a-z0-9.-]+$/i.test(v), 'a domain such as example.com'],
  path: [(v) => isString(v) && /^\/[^;\s]*$/.test(v), "a path starting with '/'"],
  expiresDays: [(v) => typeof v == 'number' && v > 0 && v <= MAX_EXPIRY_DAYS, `a number of days from 1 to ${MAX_EXPIRY_DAYS}`],
  sameSite: [(v) => isString(v) && /^(lax|strict|none)$/i.test(v), 'Lax, Strict or None'],
  secure: oneOf(true, false, 'auto'),
};
/** Contract §6: which category grants each Google consent type by default. */
export const DEFAULT_CONSENT_MAPPING: Record<GoogleConsentType, string[]> = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['functional'],
  security_storage: [],
};
const GCM: Record<string, Rule> = {
  wait_for_update: [(v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number of milliseconds'],
  region: [(v) => Array.isArray(v) && v.every((r) => isString(r) && /^[a-z]{2}(-[a-z0-9]{1,3})?$/i.test(r)), "an array of region codes such as 'GB' or 'US-CA'"],
  ads_data_redaction: bool,
  url_passthrough: bool,
};
for (const type of Object.keys(DEFAULT_CONSENT_MAPPING))
  GCM[type] = [(v) => Array.isArray(v) && v.every(isString), 'an array of category names'];

/** A copy without the keys set to `undefined`, so they take their defaults when spread. */
const defined = (obj: unknown): Rec =>
  Object.fromEntries(Object.entries(isObject(obj) ? obj : {}).filter(([, v]) => v !== undefined));
/** The same keys on an object without a prototype: a key that is not there reads as undefined, always. */
const bare = <T extends object>(o: T): T => Object.assign(Object.create(null), o);

/** A deep copy of plain data: own enumerable keys only, null-prototype objects, cycles kept. */
function ownCopy(v: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof v != 'object' || v === null || v instanceof RegExp) return v;
  if (seen.has(v)) return seen.get(v);
  const copy: Rec | unknown[] = Array.isArray(v) ? [] : Object.create(null);
  seen.set(v, copy);
  for (const [k, x] of Object.entries(v)) (copy as Rec)[k] = ownCopy(x, seen);
  return copy;
}

/** Validates a site's config. Never throws, whatever it is given (throwing getters, proxies…). */
export function validateConfig(input: unknown): ConfigResult {
  try {
    // JSON-like data only: a copy of own enumerable keys, read once, on objects without a
    // prototype, so a polluted Object.prototype (`required: true`…) can never be read as config.
    return validate(ownCopy(input, new WeakMap()));
  } catch (e) {
    return { config: null, errors: [`config could not be read (${e})`], warnings: [] };
  }
}

function validate(input: unknown): ConfigResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  /** Checks every key of `obj` against `rules`; true when all passed. */
  const check = (obj: unknown, rules: Record<string, Rule>, path: string): obj is Rec => {
    if (!isObject(obj)) {
      errors.push(`${path || 'config'} must be an object`);
      return false;
    }
    const before = errors.length;
    for (const [key, value] of Object.entries(obj)) {
      // Own keys only: 'constructor' or '__proto__' must not find Object.prototype's members.
      const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
      if (!rule) errors.push(`${path}${key} is not a known key`);
      else if (value !== undefined && !rule[0](value)) errors.push(`${path}${key} must be ${rule[1]}`);
    }
    return errors.length == before;
  };

  if (!isObject(input)) {
    errors.push('config is missing or not an object (set window.cookieConsentConfig or the config property)');
    return { config: null, errors, warnings };
  }
  // Every problem at once: a site fixes its config in one go, not one error per reload.
  check(input, TOP, '');
  if (input.categories === undefined) errors.push('categories is required');
  const gcm = input.googleConsentMode;
  let googleConsentMode: GoogleConsentMode | null = null;
  if (gcm === true || (isObject(gcm) && check(gcm, GCM, 'googleConsentMode.'))) {
    const o = bare(defined(gcm));
    const mapping = { ...DEFAULT_CONSENT_MAPPING };
    for (const type of Object.keys(mapping) as GoogleConsentType[]) if (o[type]) mapping[type] = o[type] as string[];
    googleConsentMode = {
      mapping,
      waitForUpdate: (o.wait_for_update as number | undefined) ?? 500,
      region: o.region as string[] | undefined,
      adsDataRedaction: o.ads_data_redaction as boolean | undefined,
      urlPassthrough: o.url_passthrough as boolean | undefined,
    };
  }
  const cookie = { name: 'cc_consent', path: '/', expiresDays: 182, sameSite: 'Lax', secure: 'auto', ...defined(input.cookie) };
  check(input.cookie ?? {}, COOKIE, 'cookie.');

  const categories: Category[] = [];
  for (const [name, raw] of Object.entries(isObject(input.categories) ? input.categories : {})) {
    const path = `categories.${name}`;
    if (!NAME.test(name)) errors.push(`${path}: category names must match [a-z0-9_-]+`);
    const ok = check(raw, CATEGORY, path + '.');
    if (!isObject(raw)) continue;
    const services = Object.entries(isObject(raw.services) ? raw.services : {}).flatMap(([sName, s]) => {
      if (!NAME.test(sName)) errors.push(`${path}.services.${sName}: service names must match [a-z0-9_-]+`);
      return check(s, SERVICE, `${path}.services.${sName}.`) ? [bare({ cookies: [], ...defined(s), name: sName })] : [];
    });
    // Its services are checked too (every problem at once), but a broken category goes no further.
    if (!ok) continue;
    const category = bare({ cookies: [], gpc: name == 'marketing', ...defined(raw), required: raw.required === true, name, services }) as Category;
    if (category.required) {
      const listed: CookiePattern[] = [...category.cookies, ...services.flatMap((s) => s.cookies as CookiePattern[])];
      const found = TRACKING.filter((known) =>
        listed.some((p) => matchesCookieName(known.replace('*', ''), p) || (isString(p) && matchesCookieName(p, known))),
      );
      if (found.length)
        warnings.push(`${path} is required but lists known tracking cookies (${found.join(', ')}): they need consent, so move them to an optional category`);
    }
    categories.push(category);
  }
  if (errors.length) return { config: null, errors, warnings };
  if (isObject(gcm))
    for (const [type, list] of Object.entries(gcm))
      for (const name of Array.isArray(list) ? list : [])
        if (!categories.some((c) => c.name == name))
          warnings.push(`googleConsentMode.${type} names '${name}', which is not a category: it stays denied`);

  const sameSite = String(cookie.sameSite).toLowerCase();
  if (sameSite == 'none' && (cookie.secure as unknown) === false) warnings.push('cookie.sameSite None needs a Secure cookie: browsers will refuse it');
  const layout = input.layout ?? 'bar';
  return {
    config: bare({
      revision: 0,
      language: 'auto',
      translations: {},
      respectGpc: true,
      reloadOnRevoke: false,
      reopenButton: false,
      theme: 'auto',
      position: layout == 'box' ? 'bottom-right' : 'bottom',
      ...defined(input),
      layout,
      categories,
      googleConsentMode,
      cookie: bare({ ...cookie, sameSite: sameSite[0]!.toUpperCase() + sameSite.slice(1) }),
    }) as ResolvedConfig,
    errors,
    warnings,
  };
}
