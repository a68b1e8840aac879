/**
 * The TCF file's entry (dist/cookie-consent-tcf.min.js). It registers itself for the core's sibling
 * loader (src/tcf-loader.ts) and defines `window.__cookieConsentTcf` (the same functions, for tests
 * and pages that start TCF themselves); it runs nothing else. `startTcfFor` builds, from the
 * drop-in's controller (src/controller.ts), the `TcfDeps` of docs/tcf.md: here in the TCF file, so
 * that the core, which every page downloads, only notices the `tcf` key and loads this file.
 */
import type { Controller } from '../controller.js';
import { log, warn } from '../core/log.js';
import { registerSibling } from '../load-sibling.js';
import { startTcf, TC_COOKIE, type CoreEvent, type TcfHandle } from './index.js';

/** What the TCF file registers for the core's sibling loader. */
export interface TcfFile {
  startTcf: typeof startTcf;
  /**
   * Starts TCF for the controller; `early`: its events from before this file loaded, handed over
   * first; `screensFile`: the TCF screens' URL when not next to this file (TcfDeps).
   */
  startTcfFor(controller: Controller, early: CoreEvent[], screensFile?: string): TcfHandle | null;
  TC_COOKIE: string;
}

export const startTcfFor: TcfFile['startTcfFor'] = (controller, early, screensFile) => {
  const { config } = controller;
  return startTcf({
    config: config.tcf,
    site: {
      language: controller.language,
      cookie: config.cookie,
      googleConsentMode: !!config.googleConsentMode,
      categories: config.categories.map((c) => c.name),
    },
    consent: {
      current: () => controller.consent.current,
      uiVisible: () => controller.uiVisible,
      subscribe: (listener) => {
        for (const event of early.splice(0)) listener(event);
        return controller.subscribe(listener);
      },
      askAgain: () => controller.showBanner(),
    },
    log: (what, asWarning) => (asWarning ? warn(what) : log(what)),
    screensFile,
  });
};

export { startTcf, TC_COOKIE };

registerSibling('tcf', { startTcf, startTcfFor, TC_COOKIE } satisfies TcfFile);
