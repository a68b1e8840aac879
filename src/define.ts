/** Registers `<cookie-consent>` once: the script may be loaded twice (a tag manager and inline). */
import { log } from './core/log.js';
import { CookieConsentElement } from './ui/cookie-consent.js';

const existing = customElements.get('cookie-consent');
if (!existing) customElements.define('cookie-consent', CookieConsentElement);

/** @internal The class registered under the name: this copy's, another copy's of this script, or another script's. */
export const Registered = (existing ?? CookieConsentElement) as typeof CookieConsentElement;

/** @internal Whether another script owns the name. Another copy of this script registering it first is fine. */
export const foreign = !('acceptAll' in Registered.prototype);
if (foreign) log('<cookie-consent> already defined by another script: this copy does nothing');
