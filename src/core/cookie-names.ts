/**
 * Which cookie names a config's `cookies` list means (contract §2): exact names,
 * `*` wildcards, RegExps. Pure: no DOM.
 */
import type { CookiePattern } from './types.js';

/** Whether `name` matches an exact name, a `*` wildcard pattern (anything else literal) or a RegExp. */
export function matchesCookieName(name: string, pattern: CookiePattern): boolean {
  if (typeof pattern != 'string')
    // A copy starts at lastIndex 0: a shared `g`/`y` RegExp would otherwise answer differently each call.
    return new RegExp(pattern).test(name);
  if (!pattern.includes('*')) return name === pattern;
  const literal = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`).test(name);
}

/** The names that match at least one pattern, in their original order. */
export function cookiesMatching(names: string[], patterns: CookiePattern[]): string[] {
  return names.filter((name) => patterns.some((p) => matchesCookieName(name, p)));
}
