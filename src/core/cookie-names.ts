/**
 * Which cookie names a config's `cookies` list means (docs/contract.md §2): exact names,
 * `*` wildcards, RegExps. Pure: no DOM.
 */
import type { CookiePattern } from './types.js';

/** Whether `name` matches an exact name, a `*` wildcard pattern (anything else literal) or a RegExp. */
export const matchesCookieName = (name: string, pattern: CookiePattern): boolean =>
  // A RegExp is copied, so it starts at lastIndex 0: a shared `g`/`y` one would otherwise answer differently each call.
  // In a string every non-word character but `*` is escaped (`\` before any of them is a literal outside u-mode).
  new RegExp(
    typeof pattern == 'string' ? `^${pattern.replace(/\W/g, (c) => (c == '*' ? '.*' : '\\' + c))}$` : pattern,
  ).test(name);

/** The names that match at least one pattern, in their original order. */
export const cookiesMatching = (names: string[], patterns: CookiePattern[]): string[] =>
  names.filter((name) => patterns.some((p) => matchesCookieName(name, p)));
