/**
 * The package's public, side-effect-free surface: the element class, the pure core and the types.
 * Import `cookie-consent` (dist/cookie-consent.js) to also register the element.
 */
export { CookieConsentElement } from './ui/cookie-consent.js';
// Elements start their own controller (outside the drop-in, where the core hands over its own).
import './standalone.js';
export type { CookieConsentApi } from './api.js';
export { Consent, type ConsentStorage, type ConsentDeps, type ChoiceResult } from './core/consent.js';
export { validateConfig, type ConfigResult } from './core/config.js';
export { parseRecord, serializeRecord, isCurrent } from './core/record.js';
export { en, type Strings, type StringKey } from './i18n/en.js';
export type * from './core/types.js';
