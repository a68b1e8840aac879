/**
 * Deletes the cookies a revoked category or service set (contract §4).
 * Writes `document.cookie` directly rather than through js-cookie: cookies set by
 * third-party scripts must go whatever encoding their names use.
 */
import type { CookiePattern } from '../core/types.js';
import { cookiesMatching } from '../core/cookie-names.js';
import { cookieDomains } from '../core/domains.js';

export interface DeleteCookiesOptions {
  /** Defaults to globalThis.document. */
  document?: Document;
  /** Defaults to the document's `location.hostname`. */
  hostname?: string;
  /** A path to clear besides `/`. */
  path?: string;
}

/** Deletes every cookie matching `patterns` host-only and on every parent domain; returns the names deleted. */
export function deleteCookies(patterns: CookiePattern[], options: DeleteCookiesOptions = {}): string[] {
  const doc = options.document ?? document;
  const loc = doc.location;
  // A cookie set on several paths or domains is listed once per copy. A page (or sandbox) where
  // document.cookie throws has no cookies we could delete.
  let jar = '';
  try {
    jar = doc.cookie;
  } catch {
    return [];
  }
  const names = [...new Set(jar.split(';').map((c) => c.split('=')[0]!.trim()))].filter(Boolean);
  const found = cookiesMatching(names, patterns);
  const paths = [...new Set(['/', options.path ?? '/'])];
  // '' = host-only: a cookie set without Domain is only removed by a write without Domain.
  const domains = ['', ...cookieDomains(options.hostname ?? loc?.hostname ?? '')];
  // On https a deletion must be Secure to overwrite a Secure (or __Secure-/__Host-) cookie.
  const secure = loc?.protocol == 'https:' ? '; Secure' : '';
  for (const name of found)
    for (const path of paths)
      for (const domain of domains)
        doc.cookie = `${name}=; Max-Age=0; Path=${path}${domain && '; Domain=' + domain}${secure}`;
  return found;
}
