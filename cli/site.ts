/**
 * First or third party: browsers compare sites (scheme-less registrable domains), not origins:
 * `www.example.co.uk` and `cdn.example.co.uk` are one site, `127.0.0.1:8000` and
 * `127.0.0.1:9000` too (cookies ignore ports), `localhost` and `127.0.0.1` are two.
 */
import { getDomain } from 'tldts';

/** The registrable domain of a host (public suffix list, private suffixes included), else the host itself. */
export function siteOf(host: string): string {
  const h = host
    .replace(/^\./, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** The site of a URL, or '' when it has none (data:, about:blank…). */
export function siteOfUrl(url: string): string {
  try {
    const u = new URL(url);
    return /^(https?|wss?):$/.test(u.protocol) ? siteOf(u.hostname) : '';
  } catch {
    return '';
  }
}

/** `host` without brackets, lower case; '' for URLs without one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}
