/** Registers `<cookie-consent>` once: the script may be loaded twice (a tag manager and inline). */
import { TAG, nameTakenByAnotherScript } from './host-page.js';
import { CookieConsentElement } from './ui/cookie-consent.js';
import './standalone.js';

// The name written out, not TAG: the custom elements manifest reads it from this call.
if (!customElements.get(TAG)) customElements.define('cookie-consent', CookieConsentElement);
else nameTakenByAnotherScript();
