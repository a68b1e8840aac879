/** `window.CookieConsent`: the consent API of docs/contract.md §5, forwarded to the page's element. */
import { API, type CookieConsentElement, type Method } from './ui/cookie-consent.js';

/** The methods every `<cookie-consent>` element offers, as a plain object. */
export type CookieConsentApi = Pick<CookieConsentElement, Method>;

/** A frozen object with every method of the API, each made by `method`. */
const api = (method: (name: Method) => unknown) =>
  Object.freeze(Object.fromEntries(API.map((name) => [name, method(name)]))) as unknown as CookieConsentApi;

/**
 * An API object that calls the element `find()` returns at call time, so it works before the
 * element is in the page and keeps working if a page replaces the element.
 */
export const createApi = (find: () => CookieConsentElement): CookieConsentApi =>
  api(
    (name) =>
      (...args: unknown[]) =>
        (find()[name] as (...a: unknown[]) => unknown)(...args),
  );

/**
 * The API when another script owns the `<cookie-consent>` name: it grants nothing and does
 * nothing, so a page's calls never throw.
 */
export const inertApi = api(
  (name) => () =>
    name == 'hasConsent'
      ? false
      : name == 'getConsent'
        ? null
        : name == 'setLanguage'
          ? Promise.resolve()
          : name[0] == 'o'
            ? () => {}
            : undefined,
);
