/** The consent API of docs/contract.md §5: `window.CookieConsent`, and the methods of every `<cookie-consent>` element. */
import type { ConsentRecord } from './core/types.js';

/** What `window.CookieConsent` and every `<cookie-consent>` element offer. */
export interface CookieConsentApi {
  /** Grants every category (less those GPC refuses) and stores the choice. */
  acceptAll(): void;
  /** Grants only the required categories and stores the choice. */
  rejectAll(): void;
  /** Grants exactly these categories (and, per category, these services), plus required ones. */
  accept(categories: string[], services?: Record<string, string[]>): void;
  /** Whether a category (and optionally one of its services) is granted now. */
  hasConsent(category: string, service?: string): boolean;
  /** The stored choice in force (a copy), or null. */
  getConsent(): ConsentRecord | null;
  /** Runs `callback` now if granted, else once when granted. Returns an unsubscribe function. */
  onGranted(category: string, service: string | (() => void), callback?: () => void): () => void;
  /** Runs `callback` every time the category (or service) goes from granted to refused. Returns an unsubscribe function. */
  onRevoked(category: string, service: string | (() => void), callback?: () => void): () => void;
  /** Shows the banner (and closes the dialog). */
  showBanner(): void;
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /** Hides banner and dialog without choosing. */
  hide(): void;
  /** Forgets the stored choice and shows the banner again. */
  reset(): void;
  /** Shows the widget in another language; resolves once the strings are in place. */
  setLanguage(language: string): Promise<void>;
}

/** The name of one API method. */
export type Method = keyof CookieConsentApi;

/**
 * A frozen API object that calls what `find()` returns at call time (an element, a controller), so it
 * works before that exists and keeps working if a page replaces it. While `find()` returns nothing
 * (no valid config, or another script owns the element's name) it answers as a widget that grants
 * nothing, and never throws.
 */
export const createApi = (find: () => CookieConsentApi | null | undefined): CookieConsentApi =>
  Object.freeze({
    acceptAll: () => find()?.acceptAll(),
    rejectAll: () => find()?.rejectAll(),
    accept: (categories: string[], services?: Record<string, string[]>) => find()?.accept(categories, services),
    hasConsent: (category: string, service?: string) => find()?.hasConsent(category, service) ?? false,
    getConsent: () => find()?.getConsent() ?? null,
    onGranted: (category: string, service: string | (() => void), callback?: () => void) =>
      find()?.onGranted(category, service, callback) ?? (() => {}),
    onRevoked: (category: string, service: string | (() => void), callback?: () => void) =>
      find()?.onRevoked(category, service, callback) ?? (() => {}),
    showBanner: () => find()?.showBanner(),
    showPreferences: () => find()?.showPreferences(),
    hide: () => find()?.hide(),
    reset: () => find()?.reset(),
    setLanguage: async (language: string) => find()?.setLanguage(language),
  });

/**
 * The API when another script owns the `<cookie-consent>` name: it grants nothing and does nothing.
 * Made when needed, not on every page: most pages never need it.
 */
export const inertApi = (): CookieConsentApi => createApi(() => null);

/**
 * The page's `data-cc` triggers (docs/contract.md §5: `show-preferences`, `show-banner`, `accept-all`,
 * `reject-all`; any other API method without arguments too, e.g. `reset`): a click listener for
 * `document` that calls the method on `api`.
 */
export const dataCcTriggers =
  (api: CookieConsentApi) =>
  (e: Event): void => {
    const name = (e.target as Element | null)
      ?.closest?.('[data-cc]')
      ?.getAttribute('data-cc')
      ?.replace(/-./, (m) => m[1]!.toUpperCase());
    // The API's own methods only: `api` is a frozen object of methods, and hasOwn never finds Object.prototype's.
    if (name && Object.hasOwn(api, name)) {
      e.preventDefault();
      (api[name as Method] as () => void)();
    }
  };
