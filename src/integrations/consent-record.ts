/**
 * Proof of consent (contract §7, COMPLIANCE R12): each choice is sent to the site's endpoint.
 * Only what the record needs: no query string, no user agent, nothing that identifies the reader
 * beyond the random id.
 */
import type { ConsentRecord } from '../core/types.js';

/** The body the endpoint receives: the record less its format version, plus language and page. */
export interface ConsentProof extends Omit<ConsentRecord, 'v'> {
  language: string;
  /** origin + path of the page where the choice was made. */
  url: string;
}

/** The proof for a record, as sent. */
export const consentProof = (
  { v, ...record }: ConsentRecord,
  language: string,
  where: Location = location,
): ConsentProof => ({
  ...record,
  language,
  url: where.origin + where.pathname,
});

/**
 * Sends the proof without ever blocking or failing the reader: sendBeacon survives the page
 * being closed right after the click; fetch with keepalive is the fallback (no sendBeacon, or it
 * refused). A string body goes as text/plain, which needs no CORS preflight for a cross-origin
 * endpoint.
 */
export function sendConsentProof(endpoint: string, proof: ConsentProof): void {
  const body = JSON.stringify(proof);
  try {
    if (!navigator.sendBeacon?.(endpoint, body))
      fetch(endpoint, { method: 'POST', body, keepalive: true }).catch(() => {});
  } catch {
    // A URL the browser refuses: nothing else to try; the choice itself is already stored.
  }
}
