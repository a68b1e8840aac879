/**
 * The stored choice as a first-party cookie, through js-cookie (contract §3). Attributes are
 * fixed once, js-cookie's "configure once, get an instance" way.
 */
import Cookies from 'js-cookie';
import type { ConsentStorage } from '../core/consent.js';
import type { ResolvedConfig } from '../core/types.js';

export function cookieStorage(options: ResolvedConfig['cookie'], protocol = location.protocol): ConsentStorage {
  const { name, domain, path, expiresDays, sameSite } = options;
  const secure = options.secure === 'auto' ? protocol === 'https:' : options.secure;
  // js-cookie writes unknown attributes verbatim: Max-Age makes the lifetime exact and clock-proof.
  const jar = Cookies.withAttributes({ path, domain, sameSite, secure, 'Max-Age': String(Math.round(expiresDays * 86400)) });
  // A sandboxed frame (or a page replacing document.cookie) can make every access throw: then no
  // choice is read, a write reports failure (the choice holds for the page), and nothing escapes.
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  return {
    read: () => attempt(() => jar.get(name), undefined),
    write: (value) =>
      attempt(() => {
        jar.set(name, value);
        return jar.get(name) === value;
      }, false),
    // Max-Age outranks the Expires that js-cookie's remove() sets, so it must be zeroed too.
    clear: () => attempt(() => jar.remove(name, { 'Max-Age': '0' }), undefined),
  };
}
