/** Registers `<cookie-consent>` once: the script may be loaded twice (a tag manager and inline). */
import { CookieConsentElement } from './ui/cookie-consent.js';

const existing = customElements.get('cookie-consent');
if (!existing) customElements.define('cookie-consent', CookieConsentElement);
else if (existing !== CookieConsentElement && !('acceptAll' in existing.prototype))
  console.error('[cookie-consent] <cookie-consent> is already defined by another script; this copy does nothing.');
