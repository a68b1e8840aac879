/**
 * Outside the drop-in (the ES module build, a page or app that imports the element): every
 * `<cookie-consent>` starts its own controller from its config, gates the page and listens to the
 * `data-cc` triggers itself.
 */
import { configWarnings, explainProblem } from './core/config.js';
import { warn } from './core/log.js';
import { logInvalidConfig, startController } from './controller.js';
import { pageConfig } from './host-page.js';
import { setControllerSource } from './ui/cookie-consent.js';

setControllerSource({
  controllerFor: (element) => {
    const controller = startController(pageConfig(element), {
      host: () => element,
      explain: (problems) => logInvalidConfig(problems, explainProblem),
    });
    if (controller) for (const warning of configWarnings(controller.config)) warn(warning);
    return controller;
  },
  owned: true,
});
