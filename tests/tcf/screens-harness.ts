/**
 * The TCF screens in a test page: `<cookie-consent>` (source, ES module build) whose controller
 * gets a TCF handle started from the GVL fixture, as the drop-in's core does with the TCF file
 * (src/tcf-loader.ts): the same `startTcf` deps, the controller's own `subscribe`, and the
 * screens imported from source instead of loaded as dist/cookie-consent-tcf-ui.min.js.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { startController } from '../../src/controller.js';
import { pageConfig } from '../../src/host-page.js';
import { startTcf } from '../../src/tcf/index.js';
import { CookieConsentElement, setControllerSource } from '../../src/ui/cookie-consent.js';
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

setControllerSource({
  owned: true,
  controllerFor: (element) => {
    const controller = startController(pageConfig(element), { host: () => element });
    const config = controller?.config;
    if (controller && config?.tcf)
      controller.tcf = Promise.resolve(
        startTcf({
          config: config.tcf,
          site: {
            language: controller.language,
            cookie: config.cookie,
            googleConsentMode: false,
            categories: config.categories.map((c) => c.name),
          },
          consent: {
            current: () => controller.consent.current,
            uiVisible: () => !!element.shadowRoot?.querySelector('section, dialog'),
            subscribe: (listener) => controller.subscribe(listener),
            askAgain: () => controller.showBanner(),
          },
          log: () => undefined,
          loadScreens: () => screens.load(),
        }),
      );
    return controller;
  },
});

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
