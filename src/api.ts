/** `window.CookieConsent`: the consent API of contract §5, forwarded to the page's element. */
import type { CookieConsentElement } from './ui/cookie-consent.js';

const METHODS = [
  'acceptAll', 'rejectAll', 'accept', 'hasConsent', 'getConsent', 'onGranted', 'onRevoked',
  'showBanner', 'showPreferences', 'hide', 'reset', 'setLanguage',
] as const;

/** The methods every `<cookie-consent>` element offers, as a plain object. */
export type CookieConsentApi = Pick<CookieConsentElement, (typeof METHODS)[number]>;

/**
 * An API object that calls the element `find()` returns at call time, so it works before the
 * element is in the page and keeps working if a page replaces the element.
 */
export function createApi(find: () => CookieConsentElement): CookieConsentApi {
  const api = {} as Record<string, unknown>;
  for (const name of METHODS)
    api[name] = (...args: unknown[]) => (find()[name] as (...a: unknown[]) => unknown)(...args);
  return Object.freeze(api) as unknown as CookieConsentApi;
}

/**
 * The API when another script owns the `<cookie-consent>` name: it grants nothing and does
 * nothing, so a page's calls never throw.
 */
export const inertApi = Object.freeze(
  Object.fromEntries(
    METHODS.map((name) => [
      name,
      () => (name == 'hasConsent' ? false : name == 'getConsent' ? null : name == 'setLanguage' ? Promise.resolve() : name.startsWith('on') ? () => {} : undefined),
    ]),
  ),
) as unknown as CookieConsentApi;
