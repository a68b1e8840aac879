import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import type { CookieConsentConfig } from '../../src/core/types.js';

/** Removes every cookie this page can see, so each test starts with no stored choice; see there. */
export { clearCookies } from '../storage/clear-cookies.js';

export const CONFIG: CookieConsentConfig = {
  policyUrl: '/cookies',
  categories: {
    necessary: { required: true },
    analytics: { cookies: ['_ui_stats'] },
    marketing: { services: { video: { title: 'Video player' }, ads: { title: 'Ad network' } } },
  },
};

/** The stored record, decoded the way an outside reader of the cookie would. */
export function storedRecord(name = 'cc_consent'): Record<string, unknown> | undefined {
  const raw = document.cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);
  return raw ? (JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>) : undefined;
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
