/**
 * Config validation, the decision (docs/contract.md §2). Pure: takes whatever the page supplied and
 * returns either a resolved config with defaults filled in, or `null` with the problems, so the
 * caller can fall back to the safe state (nothing optional granted) instead of guessing.
 *
 * One small schema walker: each key of the schema is a rule (a test, the rule's id, its default), an
 * object of known keys, or `[node]` for named entries (categories, services). It checks and resolves
 * in one pass. A problem is data: the key path and the id of the rule it breaks. Saying it in words
 * is ./config.ts's (validateConfig), which a page whose config is fine never needs: the drop-in's core
 * carries this module only, and loads the words when there is something to say.
 */
import type { Category, GoogleConsentType, ResolvedConfig } from './types.js';
import { isSafeUrl } from './url.js';

/**
 * A key path (`''` for the config itself) and the rule its value breaks: an id of PROBLEMS in
 * ./config.ts, or a pattern the value must match (`bar|box`).
 */
export type ConfigProblem = [path: string, rule: string];

export interface ConfigCheck {
  /** `null` when the config is not valid: use the safe state. */
  config: ResolvedConfig | null;
  /** What makes the config invalid; none when it is valid. */
  problems: ConfigProblem[];
}

type Rec = Record<string, unknown>;
/** A rule: the test a value must pass, its id (what a problem names), and its default, if any. */
type Rule = [test: (v: unknown) => unknown, rule: string, fallback?: unknown];
/** A schema node: a rule, an object of known keys, or `[node, , default]` for entries named [a-z0-9_-]+. */
type Node = Rule | [Node, undefined?, unknown[]?] | { [key: string]: Node };
/** A config as the walker resolves it, before the last defaults: what the schema has checked. */
type Resolving = Omit<ResolvedConfig, 'categories' | 'cookie' | 'position'> & {
  categories?: (Omit<Category, 'gpc'> & { gpc?: boolean })[];
  cookie?: ResolvedConfig['cookie'];
  position?: ResolvedConfig['position'];
};

/** The longest a choice may last: 13 months (docs/compliance.md R17). */
export const MAX_EXPIRY_DAYS = 395;

const isStr = (v: unknown): v is string => typeof v == 'string';
// Plain objects only (null prototype included): not arrays, RegExps, Maps, Dates…
const isObj = (v: unknown): v is Rec => ({}).toString.call(v) == '[object Object]';
const values = (v: unknown, test: (x: unknown) => unknown) => isObj(v) && Object.values(v).every(test);
/** A string matching `^(re)$`; the rule's id is the pattern itself ("bar|box"). */
const match = (re: string, fallback?: string, flags?: string): Rule => [
  (v) => isStr(v) && RegExp(`^(${re})$`, flags).test(v),
  re,
  fallback,
];
const list = (test: (v: unknown) => unknown, rule: string, fallback?: unknown[]): Rule => [
  (v) => Array.isArray(v) && v.every(test),
  rule,
  fallback,
];
const bool = (fallback?: boolean): Rule => [(v) => v === !!v, 'boolean', fallback];
const whole = (fallback?: number): Rule => [(v) => Number.isInteger(v) && (v as number) >= 0, 'wholeNumber', fallback];
const text: Rule = [(v) => isStr(v) || values(v, isStr), 'text'];

const url: Rule = [isSafeUrl, 'url'];

/** docs/contract.md §6: which category grants each Google consent type by default. */
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
const GCM: Record<string, Node> = {
  wait_for_update: whole(500),
  region: list(match('[a-z]{2}(-\\w+)?', '', 'i')[0], 'regionList'),
  ads_data_redaction: bool(),
  url_passthrough: bool(),
};
for (const type in DEFAULT_CONSENT_MAPPING)
  GCM[type] = list(isStr, 'categoryList', DEFAULT_CONSENT_MAPPING[type as GoogleConsentType]);
const SERVICE = {
  title: text,
  description: text,
  cookies: list((p) => (isStr(p) ? p : p instanceof RegExp), 'cookieList', []),
};
const SAME_SITE = 'Lax|Strict|None';
/** The consent cookie's name when the config names none (docs/contract.md §3). */
export const DEFAULT_COOKIE_NAME = 'cc_consent';
const COOKIE = {
  name: match("[\\w!#$%&'*+.^`|~-]+", DEFAULT_COOKIE_NAME),
  domain: match('[\\w.-]+'),
  path: match('/[^;\\s]*', '/'),
  expiresDays: [(v: unknown) => typeof v == 'number' && v > 0 && v <= MAX_EXPIRY_DAYS, 'expiry', 182] as Rule,
  sameSite: match(SAME_SITE, 'Lax', 'i'),
  secure: [(v: unknown) => v === !!v || v == 'auto', 'secure', 'auto'] as Rule,
};
// Defaults are shared between results (`[]`, `{}`, the mapping's lists): nothing writes to a resolved config.
const TOP: Node = {
  revision: whole(0),
  policyUrl: url,
  // eslint-disable-next-line no-sparse-arrays -- `[node, , default]`: named entries have no rule of their own
  categories: [{ ...SERVICE, required: bool(false), services: [SERVICE, , []], gpc: bool() }],
  cookie: COOKIE,
  language: match('auto|[a-z]{2,3}(-\\w+)*', 'auto', 'i'),
  translations: [(v) => values(v, (t) => values(t, isStr)), 'translations', {}],
  googleConsentMode: GCM,
  respectGpc: bool(true),
  recordEndpoint: url,
  reloadOnRevoke: bool(false),
  reopenButton: bool(false),
  layout: match('bar|box', 'bar'),
  position: match('bottom|top|bottom-left|bottom-right'),
  theme: match('light|dark|auto', 'auto'),
  // Validated by the TCF file (src/tcf/config.ts), loaded only when this key is there.
  tcf: [isObj, 'object'],
};

/** Checks a site's config. Never throws, whatever it is given (throwing getters, proxies…). */
export function checkConfig(input: unknown): ConfigCheck {
  const problems: ConfigProblem[] = [];
  const fail = (path: string, rule: string) => void problems.push([path, rule]);
  /**
   * Checks `v` (at `path`) against a schema node, reporting every problem, and returns it resolved:
   * own enumerable keys only, each read once, on objects without a prototype (so a polluted
   * Object.prototype, `required: true`…, is never read as config), defaults filled in, named
   * entries as an array of `{ name, … }` in the site's order.
   */
  const walk = (v: unknown, node: Node, path: string): unknown => {
    if (node[1]) return (node as Rule)[0](v) ? v : fail(path, (node as Rule)[1]);
    // googleConsentMode: true is the default mapping, false is off.
    if (node == GCM && v === !!v) return v && walk({}, node, path);
    if (!isObj(v)) return fail(path, 'object');
    const named = (node as Partial<Record<number, Node>>)[0];
    // A list of entries for named nodes, else an object of keys.
    const out = (named ? [] : { __proto__: null }) as unknown as Rec & Rec[];
    for (const [k, x] of Object.entries(v)) {
      const at = path ? path + '.' + k : k;
      if (named) {
        if (!/^[a-z0-9_-]+$/.test(k)) fail(at, 'entryName');
        out.push({ __proto__: null, ...(walk(x, named, at) as Rec | undefined), name: k });
      }
      // Own keys only: 'constructor' or '__proto__' must not find Object.prototype's members.
      else if (!Object.hasOwn(node, k)) fail(at, 'unknownKey');
      // A key set to undefined takes its default, as if it were not there.
      else if (x !== undefined) out[k] = walk(x, (node as Record<string, Node>)[k]!, at);
    }
    for (const [k, rule] of Object.entries(node as Record<string, Node>))
      if (!(k in out) && (rule as Rule)[2] !== undefined) out[k] = (rule as Rule)[2];
    return out;
  };
  let config: ResolvedConfig | null = null;
  try {
    // Every problem at once: a site fixes its config in one go, not one error per reload.
    const c = walk(input, TOP, '') as Resolving | undefined;
    if (c && !c.categories?.length) fail('categories', 'noCategory');
    if (!problems[0]) {
      for (const category of c!.categories!) category.gpc ??= category.name == MARKETING[0];
      const cookie = (c!.cookie ||= walk({}, COOKIE, '') as ResolvedConfig['cookie']);
      cookie.sameSite = SAME_SITE.match(RegExp(cookie.sameSite, 'i'))![0] as typeof cookie.sameSite;
      c!.position ??= c!.layout == 'box' ? 'bottom-right' : 'bottom';
      config = c as ResolvedConfig;
    }
  } catch {
    if (!problems[0]) fail('', 'unreadable');
  }
  return { config, problems };
}
