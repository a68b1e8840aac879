/**
 * Where a cookie seen on this host may have been set. Pure: no DOM.
 */

/**
 * The host, then every parent domain in `.domain` form down to (not including) the
 * bare TLD: `www.example.co.uk` → `www.example.co.uk`, `.www.example.co.uk`,
 * `.example.co.uk`, `.co.uk`. Without a public suffix list we cannot tell that
 * `co.uk` is one, but browsers refuse cookies on public suffixes, so trying it is a
 * harmless no-op. IP addresses and single-label hosts (`localhost`) only take
 * host-only cookies: just the host.
 */
export function cookieDomains(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, ''),
    out = host ? [host] : [];
  // IPv6 hosts contain ':' (and come bracketed from `location.hostname`); IPv4 is all digits and dots.
  if (!/:|^[\d.]+$/.test(host)) for (let h = host; h.includes('.'); h = h.replace(/.*?\./, '')) out.push('.' + h);
  return out;
}
