/**
 * `window.__tcfapi` (docs/compliance.md R42), by the IAB's own @iabtechlabtcf/cmpapi: `ping`,
 * `addEventListener` / `removeEventListener` (tcloaded, cmpuishown, useractioncomplete),
 * `getTCData`, and `getVendorList`, answered here from the site's own narrowed list (the library
 * would fetch vendor lists itself). Cross-frame calls reach it through the stub's `postMessage`
 * proxy (src/tcf/stub.ts), which calls whatever `__tcfapi` is current.
 */
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import type { VendorList } from './vendor-list.js';

/** Fields we add to every TCData (addEventListener, getTCData). */
export interface TcDataExtras {
  /** Google's Additional Consent string (AC string v2), when the site configures ATP providers. */
  addtlConsent?: string;
  /** Google Consent Mode is on: Google's tags read the TC string (advertiser consent mode). */
  enableAdvertiserConsentMode?: boolean;
}

export interface Cmp {
  /**
   * Serves a TC string: with `uiVisible` the event is cmpuishown; without it tcloaded the first
   * time, useractioncomplete after that (the library's rule).
   */
  update(tcString: string, uiVisible: boolean): void;
  /** The CMP cannot work (no vendor list): ping says cmpStatus 'error', nothing else is answered. */
  disable(): void;
}

type Callback = (value: unknown, success: boolean) => void;

/** A version argument the API accepts (CMP API v2: "How does the version parameter work?"). */
const isV2 = (version: unknown) => version === 2 || version === '2' || version == null || version === 0;

/**
 * Replaces the stub with the full API. `list` is the narrowed vendor list (or null when it could
 * not be loaded), `extras` what TCData carries beyond the library's fields.
 */
export function createCmp(
  cmpId: number,
  cmpVersion: number,
  list: VendorList | null,
  extras: () => TcDataExtras,
  win: Window = window,
): Cmp {
  const api = new CmpApi(cmpId, cmpVersion, true, {
    // Also used by the library for addEventListener and removeEventListener (whose answer is a boolean).
    getTCData: (next: Callback, tcData: unknown, success: boolean) => {
      if (tcData && typeof tcData == 'object') Object.assign(tcData, extras());
      next(tcData, success);
    },
  });
  const full = win.__tcfapi!;
  win.__tcfapi = (command, version, callback, ...rest) => {
    if (command != 'getVendorList' || typeof callback != 'function' || !list)
      return full(command, version, callback, ...rest);
    const wanted = rest[0];
    const ok = isV2(version) && (wanted == null || wanted === 'LATEST' || Number(wanted) === list.vendorListVersion);
    // Only the list this page works with is known: any other version is answered null, false (the spec's rule).
    (callback as Callback)(ok ? JSON.parse(JSON.stringify(list)) : null, ok);
    return undefined;
  };
  return {
    update: (tcString, uiVisible) => api.update(tcString, uiVisible),
    disable: () => api.disable(),
  };
}

/** Google's AC string v2: `2~<consented ATP IDs>~dv.<disclosed ATP IDs>`, IDs dot-separated. */
export const acString = (providers: readonly number[], consented: boolean): string =>
  `2~${consented ? providers.join('.') : ''}~dv.${providers.join('.')}`;
