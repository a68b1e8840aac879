/**
 * The drop-in's UI file (dist/cookie-consent-ui.min.js), loaded by the core (src/auto.ts) when
 * something must be drawn. It registers what the core calls with its controller: the element is
 * defined then, drawing from that controller (one consent state on the page, not a second copy; a
 * choice is the controller's, made at once with or without this file). It also says in words what is wrong with a config (the core loads it for that too) and warns
 * about a valid config that may not do what the site expects.
 */
import { configWarnings, explainProblem } from './core/config.js';
import { guard, warn } from './core/log.js';
import type { Controller } from './controller.js';
import { TAG } from './host-page.js';
import { registerSibling } from './load-sibling.js';
import { nextTask } from './next-task.js';
import { CookieConsentElement, setControllerSource } from './ui/cookie-consent.js';

/** What the UI file registers: the core calls it with its controller (again after every load; it acts once). */
export type UiRegistration = (controller: Controller) => void;
/** What the UI file registers for a config the core found invalid: a problem in words. */
export type Diagnostics = typeof explainProblem;

// Language packs sit in i18n/ next to the scripts, wherever the site serves them from.
const src = (document.currentScript as HTMLScriptElement | null)?.src;

/** Whether start-up has begun: the element is defined a task later, and the core may call again meanwhile. */
let started = false;

const start: UiRegistration = (controller) => {
  if (started || customElements.get(TAG)) return;
  started = true;
  guard(() => configWarnings(controller.config).forEach((warning) => warn(warning)));
  if (src) CookieConsentElement.languageBase ||= new URL('i18n/', src).href;
  // Before the element is defined: the page's element is upgraded by define() and must find it.
  setControllerSource({ controllerFor: () => controller, owned: false });
  // In a task of its own, not the one that evaluated this file: upgrading the element (its shadow
  // root, its controller) after evaluating Lit and the styles made one task of over 50 ms at 4x CPU.
  // The name written out, not TAG: the custom elements manifest reads it from this call.
  void nextTask().then(() => customElements.define('cookie-consent', CookieConsentElement));
};

registerSibling('ui', start);
registerSibling('diagnostics', explainProblem);
