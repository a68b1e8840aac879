/**
 * Proof of consent (docs/contract.md §7, docs/compliance.md R12): each choice is sent to the site's endpoint.
 * Only what the record needs: no query string, no user agent, nothing that identifies the reader
 * beyond the random id.
 */
import type { ConsentRecord } from '../core/types.js';

/**
 * The body the endpoint receives: the whole record (with its format version `v`, so the receiver
 * parses it as the format it is, and `asked`, the categories the reader was shown: part of the
 * proof), plus language and page.
 */
export interface ConsentProof extends ConsentRecord {
  language: string;
  /** origin + path of the page where the choice was made. */
  url: string;
  /** With TCF on: the TC string this choice made (docs/contract.md §7). */
  tcString?: string;
}

/** The proof for a record, as sent. */
export const consentProof = (record: ConsentRecord, language: string, where: Location = location): ConsentProof => ({
  ...record,
  language,
  url: where.origin + where.pathname,
});

/**
 * Sends the proof without ever blocking or failing the reader: sendBeacon survives the page
 * being closed right after the click; fetch with keepalive is the fallback (no sendBeacon, or it
 * refused). A string body goes as text/plain, which needs no CORS preflight for a cross-origin
 * endpoint. Both send and accept cookies (a beacon's credentials mode is "include"): a same-site
 * endpoint (`cookie-consent serve`) answers with Set-Cookie re-setting the consent cookie, which
 * Chromium, Firefox and WebKit apply from either, and which Safari does not cap at 7 days as it caps
 * a cookie written by script.
 */
export function sendConsentProof(endpoint: string, proof: ConsentProof): void {
  const body = JSON.stringify(proof);
  try {
    if (!navigator.sendBeacon?.(endpoint, body))
      fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'include' }).catch(() => {});
  } catch {
    // A URL the browser refuses: nothing else to try; the choice itself is already stored.
  }
}
