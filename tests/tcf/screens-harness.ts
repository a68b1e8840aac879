/**
 * The TCF screens in a test page: `<cookie-consent>` (source) with TCF wired as the drop-in's core
 * wires it (tests/tcf/tcf-wiring.ts), the GVL fixture, and the screens imported from source
 * instead of loaded as dist/cookie-consent-tcf-ui.min.js.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { startTcf } from '../../src/tcf/index.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { wireTcf } from './tcf-wiring.js';
import type { CookieConsentConfig } from '../../src/core/types.js';
import { CONFIG } from '../ui/helpers.js';

export const VENDORS = [1, 2, 8, 20, 755];
export const TCF = {
  cmpId: 300,
  gvl: '/tests/fixtures/tcf/vendor-list.json',
  vendors: VENDORS,
  publisherCountryCode: 'GB',
};

/** Where the screens come from: their source by default; a test may hand over the built file's registration. */
export const screens = {
  load: (): Promise<unknown> => import('../../src/tcf/ui/index.js'),
};

wireTcf(startTcf, () => screens.load());

/** Mounts the element with TCF (`tcf` merged over the fixture's block) and waits for the first layer. */
export async function mountTcf(
  tcf: Record<string, unknown> = {},
  extra: Partial<CookieConsentConfig> = {},
): Promise<CookieConsentElement> {
  const config = { ...CONFIG, ...extra, tcf: { ...TCF, ...tcf } } as CookieConsentConfig;
  const el = await fixture<CookieConsentElement>(html`<cookie-consent .config=${config}></cookie-consent>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=tcf-first-layer]'), 'no TCF first layer', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

/** The TC string stored in `euconsent-v2`. */
export const storedTcString = (): string | undefined =>
  document.cookie
    .split('; ')
    .find((c) => c.startsWith('euconsent-v2='))
    ?.slice('euconsent-v2='.length);
