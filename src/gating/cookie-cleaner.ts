/**
 * Deletes the cookies a revoked category or service set (docs/contract.md §4).
 * Writes `document.cookie` directly rather than through js-cookie: cookies set by
 * third-party scripts must go whatever encoding their names use.
 */
import type { CookiePattern } from '../core/types.js';
import { cookiesMatching } from '../core/cookie-names.js';
import { cookieDomains } from '../core/domains.js';

/**
 * Deletes every cookie matching `patterns` on path `/`, host-only and on every parent domain of the
 * document's host; returns the names deleted. `doc` is there for tests (a stand-in on another host).
 */
export function deleteCookies(patterns: CookiePattern[], doc = document): string[] {
  const loc = doc.location;
  let found: string[] = [];
  // A page (or sandbox) where document.cookie throws has no cookies we could delete.
  try {
    // Names start the jar or follow '; '. A cookie set on several paths or domains is listed once per copy.
    found = cookiesMatching([...new Set(doc.cookie.match(/(?<=^|; )[^;=]+/g))], patterns);
  } catch {}
  // Only read with cookies found: a document with no browsing context (and so no location) has none.
  for (const name of found)
    // '' = host-only: a cookie set without Domain is only removed by a write without Domain.
    for (const domain of ['', ...cookieDomains(loc.hostname)])
      // On https a deletion must be Secure to overwrite a Secure (or __Secure-/__Host-) cookie. Browsers
      // trim the attributes, so ';' alone separates them.
      doc.cookie = `${name}=;Max-Age=0;Path=/${domain && ';Domain=' + domain}${loc.protocol == 'https:' ? ';Secure' : ''}`;
  return found;
}
