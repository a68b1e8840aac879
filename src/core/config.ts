/**
 * Config validation in words (docs/contract.md §2): the problems ./config-check.ts finds, said the way
 * a site fixes them ("<key path>: <problem>", so a site finds the key at once), and the warnings about
 * a valid config that may not do what the site expects. The drop-in's core checks configs with
 * ./config-check.ts alone and loads this from its UI file when there is something to say; the UI file
 * also warns on every page it draws on, the ES module build and the CLI use validateConfig().
 */
import { checkConfig, type ConfigProblem } from './config-check.js';
import { matchesCookieName } from './cookie-names.js';
import type { ResolvedConfig } from './types.js';

export { DEFAULT_CONSENT_MAPPING, MAX_EXPIRY_DAYS, checkConfig, type ConfigProblem } from './config-check.js';

export interface ConfigResult {
  /** `null` when the config is not valid: use the safe state. */
  config: ResolvedConfig | null;
  /** Problems that make the config invalid, each starting with the key it is about. */
  errors: string[];
  /** Valid but risky choices (e.g. tracking cookies under a required category). */
  warnings: string[];
}

/** What each rule of ./config-check.ts says when it is broken; a rule that is a pattern says `must be <pattern>`. */
const PROBLEMS: Record<string, string> = {
  boolean: 'must be true|false',
  wholeNumber: 'must be an integer >= 0',
  text: 'must be text',
  url: 'must be an http(s) URL',
  expiry: 'must be 1 to 395 days',
  secure: 'must be true|false|auto',
  translations: 'must be texts by language',
  object: 'must be an object',
  regionList: 'must be a list of region codes',
  categoryList: 'must be a list of categories',
  cookieList: 'must be a list of cookie names',
  unknownKey: 'unknown key',
  entryName: 'name must be [a-z0-9_-]+',
  noCategory: 'must name a category',
  unreadable: 'could not be read',
};

/** One problem in words: "<key path>: <problem>". */
export const explainProblem = ([path, rule]: ConfigProblem): string =>
  `${path || 'config'}: ${Object.hasOwn(PROBLEMS, rule) ? PROBLEMS[rule] : 'must be ' + rule}`;

// Known analytics/advertising cookies that never belong in a required category (docs/compliance.md R07).
// Checked both ways: a listed pattern that covers one of them, or a listed name that one covers.
const TRACKING = '_ga* _gid _gcl_* _fbp _fbc IDE __utm* _uet* _hjid'.split(' ');

/** What may not do what the site expects in a valid config: tracking cookies under a required category, SameSite=None without Secure. */
export function configWarnings({ categories, cookie }: ResolvedConfig): string[] {
  const warnings: string[] = [];
  for (const category of categories) {
    // Only a required category is checked: each check builds regular expressions.
    const listed = category.required ? [category, ...category.services].flatMap((s) => s.cookies) : [];
    const found = TRACKING.filter((t) =>
      listed.some((p) => matchesCookieName(t.replace('*', ''), p) || matchesCookieName('' + p, t)),
    );
    if (found[0]) warnings.push(`categories.${category.name}: required but lists known tracking cookies ${found}`);
  }
  if (cookie.sameSite == 'None' && cookie.secure === false) warnings.push('cookie.sameSite: None needs secure: true');
  return warnings;
}

/** Validates a site's config, every problem and warning in words. Never throws, whatever it is given. */
export function validateConfig(input: unknown): ConfigResult {
  const { config, problems } = checkConfig(input);
  return { config, errors: problems.map(explainProblem), warnings: config ? configWarnings(config) : [] };
}
