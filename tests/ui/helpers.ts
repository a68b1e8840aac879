import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import type { CookieConsentConfig } from '../../src/core/types.js';

export const CONFIG: CookieConsentConfig = {
  policyUrl: '/cookies',
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ui_stats'] },
    marketing: { services: { video: { title: 'Video player' }, ads: { title: 'Ad network' } } },
  },
};

/** Deletes every cookie this page can see; returns their names. */
function deleteCookies(): string[] {
  const names = document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter(Boolean);
  for (const name of names) document.cookie = `${name}=; Max-Age=0; Path=/`;
  return names;
}

/**
 * Removes every cookie this page can see, so each test starts with no stored choice, and resolves
 * once the deletion holds. In WebKitGTK a cookie the page deletes within a few milliseconds of
 * setting it can show up again in `document.cookie` for a moment, 4 to 30 ms later (measured: 5 of
 * 150 set-then-delete pairs back-to-back, none of 300 five or more ms apart; never in Chromium or
 * Firefox): a test's "Accept all", deleted right after it, was then read by the next test's new
 * element, which showed no banner. So after deleting anything, the cookies are read every 5 ms until
 * none of them has been seen for 60 ms, and deleted again whenever one is.
 */
export async function clearCookies(): Promise<void> {
  let names = deleteCookies();
  for (let clean = 0, waited = 0; names.length && clean < 60; clean += 5, waited += 5) {
    if (waited > 3000) throw new Error(`deleted cookies (${names}) keep coming back`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const back = deleteCookies();
    if (back.length) [names, clean] = [back, -5];
  }
}

/** The stored record, decoded the way an outside reader of the cookie would. */
export function storedRecord(name = 'cc_consent'): Record<string, unknown> | undefined {
  const raw = document.cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);
  return raw ? JSON.parse(decodeURIComponent(raw)) : undefined;
}

export async function mount(config: CookieConsentConfig | undefined = CONFIG): Promise<CookieConsentElement> {
  const el = await fixture<CookieConsentElement>(html`<cookie-consent .config=${config}></cookie-consent>`);
  await el.updateComplete;
  return el;
}

export const part = (el: CookieConsentElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: CookieConsentElement, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

export async function openPreferences(el: CookieConsentElement): Promise<HTMLDialogElement> {
  el.showPreferences();
  await el.updateComplete;
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'dialog did not open');
  return dialog;
}

/** The switch labelled `label` in the preferences dialog. */
export function switchFor(el: CookieConsentElement, label: string): HTMLButtonElement {
  const root = el.shadowRoot!;
  const found = [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((s) =>
    root.getElementById(s.getAttribute('aria-labelledby')!)?.textContent?.trim().startsWith(label),
  );
  if (!found) throw new Error(`no switch labelled ${label}`);
  return found;
}

/** The element keyboard focus is on, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
