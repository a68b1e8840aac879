/** What the widget reads from the host page: its element's name (and who owns it) and its config. */
import { log } from './core/log.js';
import type { CookieConsentConfig } from './core/types.js';

declare global {
  interface Window {
    /** The config the script tag reads when the element has none of its own. */
    cookieConsentConfig?: CookieConsentConfig;
  }
}

export const TAG = 'cookie-consent';

/** Runs `fn` once the document is parsed (at once if it is). */
export const whenParsed = (fn: () => void): void => {
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', fn);
  else fn();
};

/**
 * Whether another script (not a copy of this one) has defined `<cookie-consent>`: this copy then
 * does nothing (said once in the console). Another copy of this widget registering it first is fine.
 */
export function nameTakenByAnotherScript(): boolean {
  const existing = customElements.get(TAG);
  const taken = !!existing && !('acceptAll' in existing.prototype);
  if (taken) log(`<${TAG}> already defined by another script: this copy does nothing`);
  return taken;
}

/** The config in the element's JSON child `<script type="application/json">`, if any. */
function jsonChild(element: Element | null): unknown {
  const json = element?.querySelector('script[type="application/json"]')?.textContent;
  try {
    return JSON.parse(json || 'null') as unknown;
  } catch {
    log('config: not valid JSON');
    return undefined;
  }
}

/** Whether the console has said that `window.cookieConsentConfig` could not be read: once is enough. */
let unreadableSaid = false;

/**
 * `window.cookieConsentConfig` as the page set it; null (an invalid config: nothing optional granted)
 * when reading it throws, as a broken getter of the page's may. Never throws into the page.
 */
export function globalConfig(): unknown {
  try {
    return window.cookieConsentConfig;
  } catch {
    if (!unreadableSaid) log('config: window.cookieConsentConfig could not be read (reading it threw)');
    unreadableSaid = true;
    return null;
  }
}

/** The config a page gives: the element's `config` property, else its JSON child, else `window.cookieConsentConfig`. */
export const pageConfig = (element: (Element & { config?: unknown }) | null): unknown =>
  element?.config ?? jsonChild(element) ?? globalConfig();
