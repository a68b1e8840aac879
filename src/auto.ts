/**
 * The script-tag entry (dist/cookie-consent.min.js), the drop-in's core: no Lit, no UI. It reads the
 * config and the stored choice, gates the page, sets `window.CookieConsent` and listens to the
 * `data-cc` triggers, and puts a `<cookie-consent>` first in `<body>` unless the page has one. The
 * UI (the element's class, its styles and strings) is a second file next to this one, loaded only
 * when something must be drawn: no valid choice stored, a call or a trigger that shows something, a
 * blocked embed on the page, or the reopen button. Until then the element is an undefined custom
 * element that the events are dispatched on.
 */
import Cookies from 'js-cookie';
import { createApi, dataCcTriggers, inertApi, type CookieConsentApi } from './api.js';
import { DEFAULT_COOKIE_NAME } from './core/config-check.js';
import {
  checkPageConfig,
  controllerFor,
  logInvalidConfig,
  type Controller,
  type ControllerOptions,
} from './controller.js';
import type { ResolvedConfig } from './core/types.js';
import { TAG, globalConfig, nameTakenByAnotherScript, pageConfig, whenParsed } from './host-page.js';
import { siblingLoader, type Sibling } from './load-sibling.js';
import { nextTask } from './next-task.js';
import type { Diagnostics, UiRegistration } from './auto-ui.js';
import { loadTcf } from './tcf-loader.js';

declare global {
  interface Window {
    /** The consent API (docs/contract.md §5). */
    CookieConsent?: CookieConsentApi;
  }
}

/** The UI file; rollup.config.mjs writes its SRI hash in place of the placeholder. */
const UI: Sibling = { name: 'ui', file: 'cookie-consent-ui.min.js', integrity: '__UI_INTEGRITY__' };
/** The words for an invalid config's problems: the UI file has them. */
const DIAGNOSTICS: Sibling = { ...UI, name: 'diagnostics' };

/**
 * Whether the page holds no cookie under the name the config gives (or the default one). Read
 * before the config is checked, so nothing in it is trusted: an odd name or a config that throws
 * counts as "a choice may be stored".
 */
function surelyNoStoredChoice(input: unknown): boolean {
  try {
    const name = (input as { cookie?: { name?: unknown } } | null)?.cookie?.name ?? DEFAULT_COOKIE_NAME;
    return typeof name == 'string' && Cookies.get(name) === undefined;
  } catch {
    return false;
  }
}

function startCore(script: HTMLScriptElement | null): void {
  const ours = document.createElement(TAG);
  /** The page's element (its own, or ours once mounted): the events are dispatched on it. */
  const element = () => document.querySelector(TAG) ?? ours;
  const loadSibling = siblingLoader(script);
  let controller: Controller | null | undefined;
  /** Start-up's tasks (below), while they are queued and have not all run. */
  let startupTasks: Promise<void> | undefined;

  /** Whether the UI was fetched without being asked (a first visit, a blocked iframe, the reopen button). */
  let fetchedUnasked = false;
  /**
   * Fetches the UI and hands it the controller. After a failure, what the page or reader asks for
   * (an API call, a `data-cc` click) tries again; what nobody asked for is not retried on every scan.
   */
  const loadUi = (asked: boolean) => {
    if (!asked && fetchedUnasked) return;
    fetchedUnasked ||= !asked;
    void loadSibling(UI).then(async (registration) => {
      // A first visit's UI file may come before start-up's last task: it waits for it, not to make one
      // long task of them all. (Started by an API call meanwhile, it is handed over at once.)
      if (!controller) await startupTasks;
      const started = controller ?? start();
      if (registration && started) (registration as UiRegistration)(started);
    });
  };

  const options: ControllerOptions = {
    host: element,
    loadView: loadUi,
    // Said in words once the UI file is here; without it (it could not be loaded), by key path and rule id.
    explain: (problems) =>
      void loadSibling(DIAGNOSTICS).then((explain) => logInvalidConfig(problems, explain as Diagnostics | undefined)),
  };

  /** The config as start-up's first step read and checked it (null: not valid); undefined before that step. */
  let config: ResolvedConfig | null | undefined;
  /** Start-up's first step: reads and checks the config, once it is found. */
  const checkConfigOnce = (): ResolvedConfig | null | undefined => {
    if (config === undefined) {
      const input = pageConfig(document.querySelector(TAG));
      // The page's own element may come further down: ask again once it is parsed.
      if (input === undefined && document.readyState == 'loading') return undefined;
      config = checkPageConfig(input, options);
    }
    return config;
  };

  /**
   * Starts once a config is found (the global one, or the page's element's): the first step if it has
   * not run, then the second, building the controller (the stored choice read) and gating. Until
   * then the API answers as one that grants nothing.
   */
  const start = (): Controller | null | undefined => {
    if (controller === undefined) {
      const checked = checkConfigOnce();
      if (checked === undefined) return undefined;
      controller = controllerFor(checked, options);
      // IAB TCF, only with a `tcf` key: its file is fetched first, a returning reader's ad tags wait for it.
      if (controller) loadTcf(controller, loadSibling);
      // A first visit (or an outdated choice) draws the banner: fetch the UI now, while the page is parsed.
      if (controller?.consent.needsChoice || controller?.config.reopenButton) loadUi(false);
      controller?.start();
    }
    return controller;
  };

  const api = createApi(start);
  window.CookieConsent = api;
  document.addEventListener('click', dataCcTriggers(api));

  const mount = () => {
    if (!document.querySelector(TAG)) document.body?.prepend(ours);
  };
  if (globalConfig()) {
    // In <head>: insert as soon as <body> exists, before the article is parsed, so keyboard and
    // screen-reader users meet the banner first and it shows without waiting for the whole page.
    mount();
    if (!document.body)
      new MutationObserver((_, watcher) => {
        if (!document.body) return;
        watcher.disconnect();
        mount();
      }).observe(document.documentElement, { childList: true });
  }
  // Without a global config the page most likely writes its own element further down: wait for it.
  whenParsed(() => {
    mount();
    // A page that writes its own element further down wins over ours: one banner only.
    if (document.querySelectorAll(TAG)[1]) ours.remove();
    // Unless start-up's tasks are still to come: they start it (a config found only now included),
    // and this task, the page's, already long with the style of the whole page, does not take them on.
    if (!startupTasks) start();
  });
  /**
   * No consent cookie at all: start-up will draw whatever it finds (the banner, or an invalid
   * config's problems in words), so the UI file is asked for before it, and downloads while the core
   * checks the config and gates the page, not after. (A config the page's own element brings further
   * down is not there yet: start-up asks for the UI once it has it.)
   */
  const fetchUiOnFirstVisit = () => {
    const input = pageConfig(document.querySelector(TAG));
    if (input !== undefined && surelyNoStoredChoice(input)) loadUi(false);
  };
  // Start-up, not once the page is parsed: the stored choice gates the page while it is parsed. With
  // Google Consent Mode or IAB TCF, now: Consent Mode's default (and a stored choice's update) must be
  // in the data layer before any Google tag reads it, and TCF's ad tags wait for its file. Without
  // them, in three short tasks after this one, which may be the parser's, already running the page's
  // other scripts: in one task, start-up made a long one on a slow phone (issue 17; docs/performance.md,
  // "Shorter tasks on a first visit"). The first visit's UI request (the first reading of the cookie,
  // and starting a download, are each 10-20 ms at 4x CPU throttling) | checking the config | reading
  // the stored choice, building the controller and gating. An API call or a `data-cc` click before or
  // between them starts the rest at once.
  if (mustStartNow(ours)) {
    fetchUiOnFirstVisit();
    start();
  } else {
    startupTasks = nextTask()
      .then(fetchUiOnFirstVisit)
      .then(nextTask)
      .then(checkConfigOnce)
      .then(nextTask)
      .then(() => {
        startupTasks = undefined;
        start();
      });
  }
}

/**
 * Whether start-up must run while the script is evaluated: the global config turns on Google
 * Consent Mode or IAB TCF, or the config is one this does not read here (the page's own element's,
 * one whose keys throw), which start-up reads now as it always did.
 */
function mustStartNow(ours: Element): boolean {
  const element = document.querySelector(TAG);
  if (element && element != ours) return true;
  try {
    const config = globalConfig() as { googleConsentMode?: unknown; tcf?: unknown } | null | undefined;
    return !!(config?.googleConsentMode || config?.tcf);
  } catch {
    return true;
  }
}

// A second copy of the script (tag manager + inline) finds the first one's API and stops here.
if (!window.CookieConsent) {
  // Another script owns the element's name: an API that grants nothing, and nothing else.
  if (nameTakenByAnotherScript()) window.CookieConsent = inertApi();
  else startCore(document.currentScript as HTMLScriptElement | null);
}
