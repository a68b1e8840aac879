/**
 * Outside the drop-in (the ES module build, a page or app that imports the element): every
 * `<cookie-consent>` starts its own controller from its config, gates the page and listens to the
 * `data-cc` triggers itself. With a `tcf` key it loads the TCF files next to this module (docs/tcf.md).
 */
import { configWarnings, explainProblem } from './core/config.js';
import { warn } from './core/log.js';
import { logInvalidConfig, startController } from './controller.js';
import { pageConfig } from './host-page.js';
import { siblingLoader } from './load-sibling.js';
import { loadTcf, type TcfFiles } from './tcf-loader.js';
import { setControllerSource } from './ui/cookie-consent.js';

/**
 * The TCF files next to this module, only fetched when a config has `tcf`. Written as
 * `new URL('./…', import.meta.url)`: bundlers (Vite, webpack 5, Parcel) copy them along with the
 * module. Undefined where the module has no URL (bundled into a classic script): TCF then stays
 * off, said once in the console.
 */
function tcfFiles(): TcfFiles | undefined {
  try {
    return {
      tcf: new URL('./cookie-consent-tcf.min.js', import.meta.url).href,
      screens: new URL('./cookie-consent-tcf-ui.min.js', import.meta.url).href,
    };
  } catch {
    return undefined;
  }
}

/**
 * The loader of those files, made when the first element starts: a module has no `<script>` of its
 * own, so the page's CSP nonce is the one its scripts carry (the first `<script nonce>`; browsers
 * keep the value in the property).
 */
let loadSibling: ReturnType<typeof siblingLoader> | undefined;

setControllerSource({
  controllerFor: (element) => {
    const controller = startController(pageConfig(element), {
      host: () => element,
      explain: (problems) => logInvalidConfig(problems, explainProblem),
    });
    if (controller) for (const warning of configWarnings(controller.config)) warn(warning);
    if (controller?.config.tcf) {
      const files = tcfFiles();
      loadSibling ??= siblingLoader({
        src: files?.tcf ?? '',
        nonce: document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '',
      });
      loadTcf(controller, loadSibling, files);
    }
    return controller;
  },
  owned: true,
});
