/**
 * Config validation (contract §2). Pure: takes whatever the page supplied and returns either a
 * resolved config with defaults filled in, or `null` with the problems, so the caller can fall
 * back to the safe state (nothing optional granted) instead of guessing.
 *
 * One small schema walker: each key of the schema is a rule (a test, what the value must be, its
 * default), an object of known keys, or `[node]` for named entries (categories, services). It
 * checks and resolves in one pass. Every message is "<key path>: <problem>", so a site finds the
 * key at once (and gzip finds the repeats).
 */
import type { GoogleConsentType, ResolvedConfig } from './types.js';
import { matchesCookieName } from './cookie-names.js';
import { isSafeUrl } from './url.js';

export interface ConfigResult {
  /** `null` when the config is not valid: use the safe state. */
  config: ResolvedConfig | null;
  /** Problems that make the config invalid, each starting with the key it is about. */
  errors: string[];
  /** Valid but risky choices (e.g. tracking cookies under a required category). */
  warnings: string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = Record<string, any>;
/** A rule: the test a value must pass, what it must be (for the message), and its default, if any. */
type Rule = [test: (v: any) => unknown, mustBe: string, fallback?: unknown];
/** A schema node: a rule, an object of known keys, or `[node, , default]` for entries named [a-z0-9_-]+. */
type Node = Rule | [Node, undefined?, unknown[]?] | { [key: string]: Node };

/** The longest a choice may last: 13 months (COMPLIANCE R17). */
export const MAX_EXPIRY_DAYS = 395;
// Known analytics/advertising cookies that never belong in a required category (COMPLIANCE R07).
// Checked both ways: a listed pattern that covers one of them, or a listed name that one covers.
const TRACKING = '_ga* _gid _gcl_* _fbp _fbc IDE __utm* _uet* _hjid'.split(' ');

const entries = Object.entries;
const isStr = (v: unknown): v is string => typeof v == 'string';
// Plain objects only (null prototype included): not arrays, RegExps, Maps, Dates…
const isObj = (v: unknown): v is Rec => ({}).toString.call(v) == '[object Object]';
const values = (v: unknown, test: (x: unknown) => unknown) => isObj(v) && Object.values(v).every(test);
/** A string matching `^(re)$`; what it must be reads as the pattern itself ("bar|box"). */
const match = (re: string, fallback?: string, flags?: string): Rule => [
  (v) => isStr(v) && RegExp(`^(${re})$`, flags).test(v),
  re,
  fallback,
];
const list = (test: (v: any) => unknown, of: string, fallback?: unknown[]): Rule => [
  (v) => Array.isArray(v) && v.every(test),
  'a list of ' + of,
  fallback,
];
const bool = (fallback?: boolean): Rule => [(v) => v === !!v, 'true|false', fallback];
const whole = (fallback?: number): Rule => [(v) => Number.isInteger(v) && v >= 0, 'an integer >= 0', fallback];
const text: Rule = [(v) => isStr(v) || values(v, isStr), 'text'];

const url: Rule = [isSafeUrl, 'an http(s) URL'];

/** Contract §6: which category grants each Google consent type by default. */
const MARKETING = ['marketing'];
const FUNCTIONAL = ['functional'];
export const DEFAULT_CONSENT_MAPPING: Record<GoogleConsentType, string[]> = {
  ad_storage: MARKETING,
  ad_user_data: MARKETING,
  ad_personalization: MARKETING,
  analytics_storage: ['analytics'],
  functionality_storage: FUNCTIONAL,
  personalization_storage: FUNCTIONAL,
  security_storage: [],
};
const GCM: Rec = {
  wait_for_update: whole(500),
  region: list(match('[a-z]{2}(-\\w+)?', '', 'i')[0], 'region codes'),
  ads_data_redaction: bool(),
  url_passthrough: bool(),
};
for (const type in DEFAULT_CONSENT_MAPPING)
  GCM[type] = list(isStr, 'categories', DEFAULT_CONSENT_MAPPING[type as GoogleConsentType]);
const SERVICE = {
  title: text,
  description: text,
  cookies: list((p) => (isStr(p) ? p : p instanceof RegExp), 'cookie names', []),
};
const SAME_SITE = 'Lax|Strict|None';
const COOKIE = {
  name: match("[\\w!#$%&'*+.^`|~-]+", 'cc_consent'),
  domain: match('[\\w.-]+'),
  path: match('/[^;\\s]*', '/'),
  expiresDays: [(v: unknown) => typeof v == 'number' && v > 0 && v <= MAX_EXPIRY_DAYS, '1 to 395 days', 182] as Rule,
  sameSite: match(SAME_SITE, 'Lax', 'i'),
  secure: [(v: unknown) => v === !!v || v == 'auto', 'true|false|auto', 'auto'] as Rule,
};
// Defaults are shared between results (`[]`, `{}`, the mapping's lists): nothing writes to a resolved config.
const TOP: Node = {
  revision: whole(0),
  policyUrl: url,
  categories: [{ ...SERVICE, required: bool(false), services: [SERVICE, , []], gpc: bool() }],
  cookie: COOKIE,
  language: match('auto|[a-z]{2,3}(-\\w+)*', 'auto', 'i'),
  translations: [(v) => values(v, (t) => values(t, isStr)), 'texts by language', {}],
  googleConsentMode: GCM,
  respectGpc: bool(true),
  recordEndpoint: url,
  reloadOnRevoke: bool(false),
  reopenButton: bool(false),
  layout: match('bar|box', 'bar'),
  position: match('bottom|top|bottom-left|bottom-right'),
  theme: match('light|dark|auto', 'auto'),
};

/** Validates a site's config. Never throws, whatever it is given (throwing getters, proxies…). */
export function validateConfig(input: unknown): ConfigResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const fail = (path: string, problem: string) => void errors.push(`${path || 'config'}: ${problem}`);
  /**
   * Checks `v` (at `path`) against a schema node, reporting every problem, and returns it resolved:
   * own enumerable keys only, each read once, on objects without a prototype (so a polluted
   * Object.prototype, `required: true`…, is never read as config), defaults filled in, named
   * entries as an array of `{ name, … }` in the site's order.
   */
  const walk = (v: any, node: any, path: string): any => {
    if (node[1]) return node[0](v) ? v : fail(path, 'must be ' + node[1]);
    // googleConsentMode: true is the default mapping, false is off.
    if (node == GCM && v === !!v) return v && walk({}, node, path);
    if (!isObj(v)) return fail(path, 'must be an object');
    const named = node[0];
    const out: any = named ? [] : { __proto__: null };
    for (const [k, x] of entries(v)) {
      const at = path ? path + '.' + k : k;
      if (named) {
        if (!/^[a-z0-9_-]+$/.test(k)) fail(at, 'name must be [a-z0-9_-]+');
        out.push({ __proto__: null, ...walk(x, named, at), name: k });
      }
      // Own keys only: 'constructor' or '__proto__' must not find Object.prototype's members.
      else if (!Object.hasOwn(node, k)) fail(at, 'unknown key');
      // A key set to undefined takes its default, as if it were not there.
      else if (x !== undefined) out[k] = walk(x, node[k], at);
    }
    for (const [k, rule] of entries(node))
      if (!(k in out) && (rule as Rule)[2] !== undefined) out[k] = (rule as Rule)[2];
    return out;
  };
  let config: ResolvedConfig | null = null;
  try {
    // Every problem at once: a site fixes its config in one go, not one error per reload.
    const c = walk(input, TOP, '');
    if (c && !c.categories?.length) fail('categories', 'must name a category');
    if (!errors[0]) {
      for (const category of c.categories) {
        category.gpc ??= category.name == MARKETING[0];
        // Only a required category is checked: each check builds regular expressions, at start-up.
        const listed = category.required ? [category, ...category.services].flatMap((s: Rec) => s.cookies) : [];
        const found = TRACKING.filter((t) =>
          listed.some((p) => matchesCookieName(t.replace('*', ''), p) || matchesCookieName('' + p, t)),
        );
        if (found[0]) warnings.push(`categories.${category.name}: required but lists known tracking cookies ${found}`);
      }
      const cookie = (c.cookie ||= walk({}, COOKIE, ''));
      const sameSite = (cookie.sameSite = SAME_SITE.match(RegExp(cookie.sameSite, 'i'))![0]);
      if (sameSite == 'None' && cookie.secure === false) warnings.push('cookie.sameSite: None needs secure: true');
      c.position ??= c.layout == 'box' ? 'bottom-right' : 'bottom';
      config = c;
    }
  } catch {
    if (!errors[0]) fail('', 'could not be read');
  }
  return { config, errors, warnings };
}
