/**
 * The script-tag entry (dist/cookie-consent.min.js): registers the element, sets
 * `window.CookieConsent` and puts a `<cookie-consent>` first in `<body>` unless the page has one.
 */
import './define.js';
import { createApi, inertApi, type CookieConsentApi } from './api.js';
import type { CookieConsentElement } from './ui/cookie-consent.js';

declare global {
  interface Window {
    /** The consent API (contract §5). */
    CookieConsent?: CookieConsentApi;
  }
}

const TAG = 'cookie-consent';

const Element = customElements.get(TAG) as typeof CookieConsentElement | undefined;
// Another script owns the name (define.ts has said so): an API that grants nothing, and nothing else.
if (!window.CookieConsent && !(Element?.prototype && 'acceptAll' in Element.prototype)) window.CookieConsent = inertApi;
// A second copy of the script (tag manager + inline) finds the first one's API and stops here.
if (!window.CookieConsent && Element) {
  // Language packs sit in i18n/ next to this script, wherever the site serves it from.
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  if (src && !Element.languageBase) Element.languageBase = new URL('i18n/', src).href;
  const ours = document.createElement(TAG);
  if (window.cookieConsentConfig) {
    ours.config = window.cookieConsentConfig;
    // Start now, not when <body> exists: Consent Mode's default (and a stored choice's update)
    // must be in the data layer before any Google tag in <head> reads it.
    ours.getConsent();
  }
  const find = () => document.querySelector(TAG) ?? ours;
  window.CookieConsent = createApi(find);

  const mount = () => {
    if (!document.querySelector(TAG)) document.body?.prepend(ours);
  };
  const loading = document.readyState == 'loading';
  if (!loading) mount();
  else if (!window.cookieConsentConfig) {
    // No global config: the page most likely writes its own element further down. Wait for it.
    document.addEventListener('DOMContentLoaded', mount, { once: true });
  } else if (document.body) mount();
  else {
    // In <head>: insert as soon as <body> exists, before the article is parsed, so keyboard and
    // screen-reader users meet the banner first and it shows without waiting for the whole page.
    const watcher = new MutationObserver(() => {
      if (!document.body) return;
      watcher.disconnect();
      mount();
    });
    watcher.observe(document.documentElement, { childList: true });
  }
  // A page that writes its own element further down wins over ours: one banner only.
  const dedupe = () => {
    const all = document.querySelectorAll<CookieConsentElement>(TAG);
    if (all.length > 1 && ours.isConnected) ours.remove();
  };
  if (loading) document.addEventListener('DOMContentLoaded', dedupe, { once: true });
}
