/**
 * The stored choice as a first-party cookie, through js-cookie (docs/contract.md §3). Attributes are
 * fixed once and passed to every write.
 */
import Cookies from 'js-cookie';
import type { ConsentStorage } from '../core/consent.js';
import type { ResolvedConfig } from '../core/types.js';

// A sandboxed frame (or a page replacing document.cookie) can make every access throw: then no
// choice is read, a write reports failure (the choice holds for the page), and nothing escapes.
const attempt = <T>(fn: () => T): T | void => {
  try {
    return fn();
  } catch {}
};

export function cookieStorage(
  { name, expiresDays, secure, ...attributes }: ResolvedConfig['cookie'],
  protocol = location.protocol,
): ConsentStorage {
  // path, domain (none when undefined) and sameSite as they are. js-cookie writes unknown attributes
  // verbatim: Max-Age makes the lifetime exact and clock-proof.
  const attrs = {
    ...attributes,
    secure: secure == 'auto' ? protocol == 'https:' : secure,
    'Max-Age': '' + ((expiresDays * 86400) | 0),
  };
  const read = () => attempt(() => Cookies.get(name)) as string | undefined;
  return {
    read,
    // Read back: the browser may refuse the cookie silently (blocked, too big, wrong path).
    write: (value) => (attempt(() => Cookies.set(name, value, attrs)), read() === value),
    // Max-Age outranks the Expires that js-cookie's remove() sets, so it must be zeroed too.
    clear: () => attempt(() => Cookies.remove(name, { ...attrs, 'Max-Age': '0' })),
  };
}
