/**
 * Outside the drop-in (the ES module build, a page or app that imports the element): every
 * `<cookie-consent>` starts its own controller from its config, gates the page and listens to the
 * `data-cc` triggers itself.
 */
import { startController } from './controller.js';
import { pageConfig } from './host-page.js';
import { setControllerSource } from './ui/cookie-consent.js';

setControllerSource({
  controllerFor: (element) => startController(pageConfig(element), { host: () => element }),
  owned: true,
});
