/**
 * `window.__tcfapi` (docs/compliance.md R42), by the IAB's own @iabtechlabtcf/cmpapi: `ping`,
 * `addEventListener` / `removeEventListener` (tcloaded, cmpuishown, useractioncomplete),
 * `getTCData`, and `getVendorList`, answered here from the site's own narrowed list (the library
 * would fetch vendor lists itself). Cross-frame calls reach it through the stub's `postMessage`
 * proxy (src/tcf/stub.ts), which calls whatever `__tcfapi` is current.
 */
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { addLocator } from './stub.js';
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
   * The narrowed vendor list `getVendorList` answers with, once loaded (null: it could not be);
   * calls made before are answered then.
   */
  setVendorList(list: VendorList | null): void;
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
 * Replaces the stub with the full API (calls other than ping wait for the first `update`);
 * `extras`: what TCData carries beyond the library's fields. It does not wait for the vendor list:
 * a returning reader's stored string is served as soon as it is read (src/tcf/index.ts).
 */
export function createCmp(cmpId: number, cmpVersion: number, extras: () => TcDataExtras, win: Window = window): Cmp {
  const api = new CmpApi(cmpId, cmpVersion, true, {
    // Also used by the library for addEventListener and removeEventListener (whose answer is a boolean).
    getTCData: (next: Callback, tcData: unknown, success: boolean) => {
      if (tcData && typeof tcData == 'object') Object.assign(tcData, extras());
      next(tcData, success);
    },
  });
  const full = win.__tcfapi!;
  /** undefined while the vendor list loads, null when it could not be loaded. */
  let list: VendorList | null | undefined;
  /** getVendorList calls made while the list loads. */
  const waiting: Parameters<NonNullable<Window['__tcfapi']>>[] = [];
  win.__tcfapi = (command, version, callback, ...rest) => {
    if (command != 'getVendorList' || typeof callback != 'function' || list === null)
      return full(command, version, callback, ...rest);
    if (!list) return void waiting.push([command, version, callback, ...rest]);
    const wanted = rest[0];
    const ok = isV2(version) && (wanted == null || wanted === 'LATEST' || Number(wanted) === list.vendorListVersion);
    // Only the list this page works with is known: any other version is answered null, false (the spec's rule).
    (callback as Callback)(ok ? JSON.parse(JSON.stringify(list)) : null, ok);
    return undefined;
  };
  /**
   * Frames on other origins find the CMP through the locator frame. The stub adds it as soon as the
   * page has a frame; otherwise it is added here, after the first answer: making a frame costs a
   * page tens of milliseconds, which must not delay `tcloaded`.
   */
  const answered = () => win.setTimeout(() => addLocator(win));
  return {
    setVendorList: (loaded) => {
      list = loaded;
      for (const call of waiting.splice(0)) win.__tcfapi?.(...call);
    },
    update: (tcString, uiVisible) => {
      api.update(tcString, uiVisible);
      answered();
    },
    disable: () => {
      api.disable();
      answered();
    },
  };
}

/** Google's AC string v2: `2~<consented ATP IDs>~dv.<disclosed ATP IDs>`, IDs dot-separated. */
export const acString = (providers: readonly number[], consented: boolean): string =>
  `2~${consented ? providers.join('.') : ''}~dv.${providers.join('.')}`;
