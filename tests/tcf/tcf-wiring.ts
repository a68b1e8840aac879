/**
 * Elements of the ES module build (source) whose controller gets a TCF handle, as the drop-in's
 * core gives its own (src/tcf-loader.ts): the same `startTcf` deps, the controller's `subscribe`.
 * For the TCF screens' tests (tests/tcf/screens-harness.ts) and their benchmark page
 * (tests/tcf/screens-bench-page.ts, scripts/bench-tcf-screens.mjs).
 */
import '../../src/define.js';
import { startController } from '../../src/controller.js';
import { pageConfig } from '../../src/host-page.js';
import type { startTcf } from '../../src/tcf/index.js';
import { setControllerSource } from '../../src/ui/cookie-consent.js';

/** From now on, every element started gets TCF when its config has `tcf`; `loadScreens` as in TcfDeps. */
export function wireTcf(start: typeof startTcf, loadScreens?: () => Promise<unknown>): void {
  setControllerSource({
    owned: true,
    controllerFor: (element) => {
      const controller = startController(pageConfig(element), { host: () => element });
      const config = controller?.config;
      if (controller && config?.tcf)
        controller.tcf = Promise.resolve(
          start({
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
            ...(loadScreens && { loadScreens }),
          }),
        );
      return controller;
    },
  });
}
