/**
 * The widget at work, without its UI: the consent state, gating, Google Consent Mode, the proof of
 * consent and the events, for one valid config. No Lit: the drop-in's core (src/auto.ts) runs it
 * alone on every page, and the UI (src/ui/cookie-consent.ts) draws from it and calls into it, in
 * the drop-in (handed over when the UI file is loaded) and in the ES module build alike.
 */
import { Consent } from './core/consent.js';
import { checkConfig, type ConfigProblem } from './core/config-check.js';
import { pickLanguage } from './core/language.js';
import { guard, log, warn } from './core/log.js';
import type { ConsentRecord, ResolvedConfig, Selection } from './core/types.js';
import { Gate, type BlockedFrames } from './gating/gate.js';
import { deleteCookies } from './gating/cookie-cleaner.js';
import { consentProof, sendConsentProof } from './integrations/consent-record.js';
import { pushDefault, pushUpdate } from './integrations/google-consent-mode.js';
import { cookieStorage } from './storage/cookie-storage.js';
import { SHIPPED_LANGUAGES } from './i18n/languages.js';
import type { CookieConsentApi } from './api.js';
import { whenParsed } from './host-page.js';
import type { CoreEvent, TcfHandle } from './tcf/index.js';
import type { TcfAction, TcfSignals } from './tcf/tc-string.js';

/** Our events cross the shadow boundary and bubble, so `document` listeners hear them. */
const event = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

/** What the UI does for the controller: draw. */
export interface View {
  /** Shows the banner (and closes the dialog). */
  drawBanner(): void;
  /** Opens the preferences dialog. */
  drawPreferences(): void;
  /** Hides banner and dialog. */
  drawNothing(): void;
  /** A choice was just stored: the banner and the dialog go. */
  chosen(): void;
  /** Puts the strings of a language in place; resolves when they are. */
  setLanguage(language: string): Promise<void>;
  /** The notices that stand in for blocked iframes (noticeBoard of src/gating/embed-notice.ts). */
  notices: BlockedFrames;
}

export interface ControllerOptions {
  /** Where the events are dispatched: the page's `<cookie-consent>` (they bubble to `document`). */
  host: () => EventTarget;
  /**
   * Called when something must be drawn and no view is attached yet (the drop-in fetches its UI file):
   * `asked` when the page or the reader asked (an API call, a trigger), not when a blocked iframe was found.
   */
  loadView?: (asked: boolean) => void;
  /** Says what is wrong with an invalid config (one console.error: logInvalidConfig); without it, the key paths and rule ids. */
  explain?: (problems: ConfigProblem[]) => void;
}

/**
 * The one console.error for an invalid config: each problem in words when `explain` is at hand
 * (src/core/config.ts), else by key path and rule id ("colour (unknownKey)"), terser but as clear.
 */
export const logInvalidConfig = (problems: ConfigProblem[], explain?: (problem: ConfigProblem) => string): void =>
  log('invalid config: ' + problems.map(explain ?? (([path, rule]) => `${path || 'config'} (${rule})`)).join('; '));

export class Controller implements CookieConsentApi {
  readonly consent: Consent;
  /** The language the reader sees (what the proof of consent reports); the view sets it once its strings are in place. */
  language: string;
  /** The language asked for (`config.language`, or the last `setLanguage()`): a view attached later shows it. */
  wantedLanguage: string;
  private readonly _gate: Gate;
  private _view?: View;
  /** What waits for a view: the drawing asked for before one was attached. */
  private readonly _pending: ((view: View) => void)[] = [];
  /** Called after every stored choice: onGranted / onRevoked callbacks. */
  private readonly _watchers = new Set<() => void>();
  /** Who follows the banner's showing and the choices (the TCF file, src/tcf-loader.ts). */
  private readonly _listeners = new Set<(event: CoreEvent) => void>();
  /** Whether the banner or the preferences dialog is shown (the view says so). */
  uiVisible = false;
  /**
   * IAB TCF (docs/tcf.md): null without a `tcf` key; else settles with the started TCF file's
   * handle, or null when it could not be loaded or its block is invalid (TCF off, the rest works).
   * Set by src/tcf-loader.ts.
   */
  tcf: Promise<TcfHandle | null> | null = null;

  constructor(
    readonly config: ResolvedConfig,
    private readonly _options: ControllerOptions,
  ) {
    this.consent = new Consent(config, {
      storage: cookieStorage(config.cookie),
      gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    });
    this.wantedLanguage = config.language;
    this.language = this.pickLanguage(config.language);
    // Consent Mode: the denied default first, then at once the stored choice (it remembers nothing between pages).
    this._pushConsentMode(!!this.consent.current);
    this._gate = new Gate({
      isGranted: (category, service) => this.consent.hasConsent(category, service),
      // A blocked iframe wants its notice, which the view draws.
      onBlockedFrame: () => {
        if (!this._view) this._options.loadView?.(false);
      },
    });
  }

  /** Activates gated content (now, or once the document is parsed) and watches for more. */
  start(): void {
    this._gate.start();
  }

  /** Stops gating (its element was removed); what ran stays. */
  stop(): void {
    this._gate.stop();
  }

  /** The language code a wanted language (`'auto'`, `'cy'`, `'pt-BR'`…) is shown in: shipped or translated, else English. */
  pickLanguage(language: string): string {
    return pickLanguage(language == 'auto' ? [document.documentElement.lang, ...navigator.languages] : [language], [
      'en',
      ...SHIPPED_LANGUAGES,
      ...Object.keys(this.config.translations),
    ]);
  }

  /** The view draws from now on; what was asked of it meanwhile is done now. */
  attachView(view: View): void {
    this._view = view;
    this._gate.setFrames(view.notices);
    for (const draw of this._pending.splice(0)) guard(() => draw(view));
  }

  /** Does `draw` with the view: now, or once one is attached (loading it if the page has none). */
  private _withView(draw: (view: View) => void): void {
    if (this._view) return draw(this._view);
    this._pending.push(draw);
    this._options.loadView?.(true);
  }

  /** Google Consent Mode: the choice as an update (after the denied default), else the default only. */
  private _pushConsentMode(withUpdate: boolean): void {
    const gcm = this.config.googleConsentMode;
    // A page's own `dataLayer` that is not an array throws: Google's tags could not read it either.
    if (gcm) guard(() => (withUpdate ? pushUpdate(gcm, (c) => this.consent.hasConsent(c)) : pushDefault(gcm)));
  }

  /**
   * Calls `listener` with every `{ type: 'ui', visible }` (the banner or dialog shown, closed) and every
   * `{ type: 'choice', action, consent, tcf? }` (a stored choice) from now on. Returns the unsubscribe function.
   */
  subscribe(listener: (event: CoreEvent) => void): () => void {
    this._listeners.add(listener);
    return () => void this._listeners.delete(listener);
  }

  private _emit(event: CoreEvent): void {
    for (const listener of [...this._listeners]) guard(() => listener(event));
  }

  /** The view says whether the banner or the dialog is shown now; listeners hear of each change. */
  setUiVisible(visible: boolean): void {
    if (visible == this.uiVisible) return;
    this.uiVisible = visible;
    this._emit({ type: 'ui', visible });
  }

  /**
   * Stores a selection (none: "Accept all") and acts on what changed. `action` is how it was made
   * ("Accept all", "Reject all", a saved selection); `tcf`, the TCF signals the TCF screens chose.
   */
  choose(selection?: Selection, action: TcfAction = selection ? 'save' : 'accept-all', tcf?: TcfSignals): void {
    const { revoked, revokedCookies, stored, ...detail } = this.consent.choose(
      selection ?? this.consent.allSelection(),
    );
    if (!stored) warn('cookie could not be stored: the choice holds for this page only');
    this._view?.chosen();
    deleteCookies(revokedCookies);
    // Before gated tags run, so they start with the new consent state.
    this._pushConsentMode(true);
    this._gate.refresh();
    // Before the proof: its TC string is the one this choice makes.
    this._emit({ type: 'choice', action, consent: detail.consent, tcf });
    const { recordEndpoint } = this.config;
    if (recordEndpoint) {
      const proof = consentProof(detail.consent, this.language);
      // With TCF on, the proof carries the choice's TC string, once the vendor list is loaded (none when TCF is off).
      void Promise.resolve(this.tcf).then(async (handle) => {
        await handle?.ready;
        sendConsentProof(recordEndpoint, { ...proof, tcString: handle?.tcString() });
      });
    }
    for (const watcher of [...this._watchers]) watcher();
    this._options
      .host()
      .dispatchEvent(event('consent-change', { ...detail, consent: structuredClone(detail.consent) }));
    // Code that already ran cannot be unloaded: a reload is the only complete revocation.
    if (revoked.length && this.config.reloadOnRevoke) location.reload();
  }

  /** Grants every category (less those GPC refuses) and stores the choice. */
  acceptAll(): void {
    this.choose(undefined, 'accept-all');
  }

  /** Grants only the required categories and stores the choice. */
  rejectAll(): void {
    this.choose({ categories: [] }, 'reject-all');
  }

  /** Grants exactly these categories (and, per category, these services), plus required ones. */
  accept(categories: string[], services?: Record<string, string[]>): void {
    // Unknown names, non-strings included, grant nothing; a lone string would match by substring.
    if (Array.isArray(categories)) this.choose({ categories, services });
    else log('accept(): not an array');
  }

  /** Whether a category (and optionally one of its services) is granted now. */
  hasConsent(category: string, service?: string): boolean {
    return this.consent.hasConsent(category, service);
  }

  /** The stored choice in force (a copy), or null. */
  getConsent(): ConsentRecord | null {
    return structuredClone(this.consent.current);
  }

  /**
   * Runs `callback` now if the category (or one service of it) is granted, else once when it is.
   * `onGranted('analytics', cb)` or `onGranted('marketing', 'video', cb)`. Returns an unsubscribe function.
   */
  onGranted(category: string, service: string | (() => void), callback?: () => void): () => void {
    return this._watch(true, category, service, callback);
  }

  /**
   * Runs `callback` every time the category (or one service of it) goes from granted to refused,
   * so a site can call the vendor's opt-out API. Returns an unsubscribe function.
   */
  onRevoked(category: string, service: string | (() => void), callback?: () => void): () => void {
    return this._watch(false, category, service, callback);
  }

  private _watch(grant: boolean, category: string, service: string | (() => void), callback?: () => void): () => void {
    const [serviceName, fn] = typeof service == 'function' ? [undefined, service] : [service, callback];
    let was = false;
    const off = () => void this._watchers.delete(check);
    const check = () => {
      const is = this.hasConsent(category, serviceName);
      if (grant ? is : was && !is) {
        if (grant) off();
        guard(fn);
      }
      was = is;
    };
    this._watchers.add(check);
    // Now: runs a callback whose category is granted already, and notes the state a revocation starts from.
    check();
    return off;
  }

  /** Shows the banner (and closes the dialog). */
  showBanner(): void {
    this._withView((view) => view.drawBanner());
  }

  /** Opens the preferences dialog, pre-selected with the current (or earlier) choice. */
  showPreferences(): void {
    this._withView((view) => view.drawPreferences());
  }

  /** Hides banner and dialog without choosing: nothing is granted or stored. Never loads the UI. */
  hide(): void {
    this._view?.drawNothing();
  }

  /** Forgets the stored choice and shows the banner again. Content already activated stays until reload. */
  reset(): void {
    this.consent.reset();
    this._pushConsentMode(true);
    this.showBanner();
  }

  /** Shows the widget in another language; resolves once the strings are in place (at once while nothing is drawn). */
  async setLanguage(language: string): Promise<void> {
    this.wantedLanguage = language;
    if (this._view) await this._view.setLanguage(language);
    else this.language = this.pickLanguage(language);
  }
}

/**
 * Start-up's first step: the config as a site wrote it, checked and resolved; null (nothing optional
 * granted) when it is not valid (said once in the console, by `explain`) or reading it throws. Never throws.
 */
export function checkPageConfig(input: unknown, options: ControllerOptions): ResolvedConfig | null {
  try {
    const { config, problems } = checkConfig(input);
    if (!config) (options.explain ?? logInvalidConfig)(problems);
    return config;
  } catch (e) {
    // Whatever went wrong, the page keeps working and nothing optional is granted.
    log(e);
    return null;
  }
}

/**
 * Start-up's second step: a controller for a checked config (call its start() to gate); null (nothing
 * optional granted) without one or when anything goes wrong. Either way `consent-ready` follows once
 * the document is parsed. Never throws.
 */
export function controllerFor(config: ResolvedConfig | null, options: ControllerOptions): Controller | null {
  let controller: Controller | null = null;
  try {
    if (config) controller = new Controller(config, options);
  } catch (e) {
    log(e);
  }
  const detail = { consent: controller?.getConsent() ?? null };
  // Let the page's own scripts, parsed after ours, register their listeners first.
  whenParsed(() => queueMicrotask(() => options.host().dispatchEvent(event('consent-ready', detail))));
  return controller;
}

/** Both steps at once: a controller for a config as a site wrote it, or null (see controllerFor). Never throws. */
export const startController = (input: unknown, options: ControllerOptions): Controller | null =>
  controllerFor(checkPageConfig(input, options), options);
