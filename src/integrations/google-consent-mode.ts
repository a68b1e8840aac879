/**
 * Google Consent Mode v2 (docs/contract.md §6): the `consent default` / `consent update` commands in
 * `window.dataLayer`. Touches nothing but the data layer.
 */
import type { GoogleConsentMode, GoogleConsentType } from '../core/types.js';
import { DEFAULT_CONSENT_MAPPING } from '../core/config-check.js';

export type ConsentState = Record<GoogleConsentType, 'granted' | 'denied'>;
type Win = { dataLayer?: unknown[] };

// On the data layer itself, not in this module: a second copy of the script shares the array, not our scope.
const PUSHED = Symbol.for('cookie-consent.gcm');

/** All seven types: security_storage always 'granted'; any other type 'granted' only when its list is non-empty and every listed category is granted. */
export const consentState = (gcm: GoogleConsentMode, isGranted: (category: string) => boolean): ConsentState => {
  const state = {} as ConsentState;
  for (const type in DEFAULT_CONSENT_MAPPING) {
    const list = gcm[type as GoogleConsentType];
    state[type as GoogleConsentType] =
      type == 'security_storage' || (list.length && list.every((c) => isGranted(c))) ? 'granted' : 'denied';
  }
  return state;
};

/**
 * Pushes `gtag('consent', 'default', …)`, everything denied but security_storage, plus the `set`
 * commands; once per data layer. With `region` it is the only default: Google treats regions no
 * default names as 'granted' already, and leaves the region-less default to the site.
 * Returns a `gtag()` for this data layer.
 */
export function pushDefault(gcm: GoogleConsentMode, w: Win = window as Win): (...command: unknown[]) => void {
  const dl = (w.dataLayer ||= []) as unknown[] & { [PUSHED]?: 1 };
  // Google's tags act only on real `arguments` objects, as the gtag() snippet pushes; plain arrays are ignored.
  const gtag = function () {
    // eslint-disable-next-line prefer-rest-params -- the arguments object itself is what Google's tags need
    dl.push(arguments);
  } as (...command: unknown[]) => void;
  if (!dl[PUSHED]) {
    dl[PUSHED] = 1;
    gtag('consent', 'default', {
      ...consentState(gcm, () => false),
      wait_for_update: gcm.wait_for_update,
      ...(gcm.region && { region: gcm.region }),
    });
    // Google: before any `config` command, so right after the default.
    if (gcm.ads_data_redaction) gtag('set', 'ads_data_redaction', true);
    if (gcm.url_passthrough) gtag('set', 'url_passthrough', true);
  }
  return gtag;
}

/** Pushes `gtag('consent', 'update', consentState(…))`, after our default if this data layer has none yet. */
export const pushUpdate = (gcm: GoogleConsentMode, isGranted: (category: string) => boolean, w?: Win): void =>
  pushDefault(gcm, w)('consent', 'update', consentState(gcm, isGranted));
