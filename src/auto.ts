/**
 * The script-tag entry (dist/cookie-consent.min.js): registers the element, sets
 * `window.CookieConsent` and puts a `<cookie-consent>` first in `<body>` unless the page has one.
 */
import { foreign, Registered } from './define.js';
import { createApi, inertApi, type CookieConsentApi } from './api.js';
import { whenParsed } from './ui/cookie-consent.js';

declare global {
  interface Window {
    /** The consent API (docs/contract.md §5). */
    CookieConsent?: CookieConsentApi;
  }
}

const TAG = 'cookie-consent';
const config = window.cookieConsentConfig;

// A second copy of the script (tag manager + inline) finds the first one's API and stops here.
if (!window.CookieConsent)
  if (foreign) {
    // Another script owns the name (define.ts has said so): an API that grants nothing, and nothing else.
    window.CookieConsent = inertApi;
  } else {
    // Language packs sit in i18n/ next to this script, wherever the site serves it from.
    const src = (document.currentScript as HTMLScriptElement | null)?.src;
    if (src) Registered.languageBase ||= new URL('i18n/', src).href;
    const ours = document.createElement(TAG);
    window.CookieConsent = createApi(() => document.querySelector(TAG) ?? ours);
    const mount = () => document.querySelector(TAG) || document.body?.prepend(ours);
    if (config) {
      ours.config = config;
      // With Consent Mode, start now, not when <body> exists: its default (and a stored choice's
      // update) must be in the data layer before any Google tag in <head> reads it. Without it,
      // start-up waits for the first render's task, so evaluating this script stays short. A config
      // that throws when read is left to start-up to report.
      try {
        if (config.googleConsentMode) ours.getConsent();
      } catch {}
      // In <head>: insert as soon as <body> exists, before the article is parsed, so keyboard and
      // screen-reader users meet the banner first and it shows without waiting for the whole page.
      mount();
      new MutationObserver((_, watcher) => document.body && (watcher.disconnect(), mount())).observe(
        document.documentElement,
        { childList: true },
      );
    }
    // Without a global config the page most likely writes its own element further down: wait for it.
    whenParsed(() => {
      mount();
      // A page that writes its own element further down wins over ours: one banner only.
      if (document.querySelectorAll(TAG)[1]) ours.remove();
    });
  }
