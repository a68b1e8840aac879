/**
 * Google Consent Mode v2 (contract §6): the `consent default` / `consent update` commands in
 * `window.dataLayer`. Touches nothing but the data layer.
 */
import type { GoogleConsentMode, GoogleConsentType } from '../core/types.js';

export type ConsentState = Record<GoogleConsentType, 'granted' | 'denied'>;
type Win = { dataLayer?: unknown[] };

// On the data layer itself, not in this module: a second copy of the script shares the array, not our scope.
const PUSHED = Symbol.for('cookie-consent.gcm');
const win = () => window as unknown as Win;

// Google's tags act only on real `arguments` objects, as the gtag() snippet pushes; plain arrays are ignored.
function gtag(this: Win, ..._: unknown[]) {
  (this.dataLayer ||= []).push(arguments);
}

/** All seven types: security_storage always 'granted'; any other type 'granted' only when its list is non-empty and every listed category is granted. */
export const consentState = (gcm: GoogleConsentMode, isGranted: (category: string) => boolean): ConsentState =>
  Object.fromEntries(
    Object.entries(gcm.mapping).map(([type, list]) => [
      type,
      type == 'security_storage' || (list.length && list.every((c) => isGranted(c))) ? 'granted' : 'denied',
    ]),
  ) as ConsentState;

/**
 * Pushes `gtag('consent', 'default', …)`, everything denied but security_storage, plus the `set`
 * commands; once per data layer. With `region` it is the only default: Google treats regions no
 * default names as 'granted' already, and leaves the region-less default to the site.
 */
export function pushDefault(gcm: GoogleConsentMode, w: Win = win()): void {
  const dl = (w.dataLayer ||= []) as unknown[] & { [PUSHED]?: 1 };
  if (dl[PUSHED]) return;
  dl[PUSHED] = 1;
  gtag.call(w, 'consent', 'default', {
    ...consentState(gcm, () => false),
    wait_for_update: gcm.waitForUpdate,
    ...(gcm.region && { region: gcm.region }),
  });
  // Google: before any `config` command, so right after the default.
  if (gcm.adsDataRedaction) gtag.call(w, 'set', 'ads_data_redaction', true);
  if (gcm.urlPassthrough) gtag.call(w, 'set', 'url_passthrough', true);
}

/** Pushes `gtag('consent', 'update', consentState(…))`, after our default if this data layer has none yet. */
export function pushUpdate(gcm: GoogleConsentMode, isGranted: (category: string) => boolean, w: Win = win()): void {
  pushDefault(gcm, w);
  gtag.call(w, 'consent', 'update', consentState(gcm, isGranted));
}
