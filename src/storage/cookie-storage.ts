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
  return {
    read: () => jar.get(name),
    write(value) {
      jar.set(name, value);
      return jar.get(name) === value;
    },
    // Max-Age outranks the Expires that js-cookie's remove() sets, so it must be zeroed too.
    clear: () => jar.remove(name, { 'Max-Age': '0' }),
  };
}
