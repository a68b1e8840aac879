/** Registers `<cookie-consent>` once: the script may be loaded twice (a tag manager and inline). */
import { CookieConsentElement, log } from './ui/cookie-consent.js';

const existing = customElements.get('cookie-consent');
if (!existing) customElements.define('cookie-consent', CookieConsentElement);
// Another copy of this script registered it first: that is fine. Another script's class is not.
else if (!('acceptAll' in existing.prototype)) log('<cookie-consent> already defined by another script: this copy does nothing');
