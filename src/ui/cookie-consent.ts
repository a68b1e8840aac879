// ReactiveElement and lit-html's render(), not LitElement: the `update` below is all that LitElement
// would add here (its other part serves async directives, which no template here uses). The drop-in
// build resolves 'lit' to those two alone (rollup.config.mjs), so LitElement is not shipped in it.
import { ReactiveElement, render, type PropertyValues } from 'lit';
import type { ConsentRecord, CookieConsentConfig } from '../core/types.js';
import { createApi, dataCcTriggers, type CookieConsentApi } from '../api.js';
import type { Controller } from '../controller.js';
import { whenParsed } from '../host-page.js';
import { nextTask } from '../next-task.js';
import { createView, type ElementView } from './view.js';
import { styles } from './styles.js';

/**
 * Where elements get their controller: each its own, started from its config (the ES module build,
 * src/standalone.ts), or the drop-in core's, shared (its UI file, src/auto-ui.ts). Set before the
 * element is defined. This module does not import the controller's code itself: the drop-in's UI
 * file must not carry a second copy of what its core runs.
 */
export interface ControllerSource {
  /** The controller an element draws from; null without a valid config (nothing optional granted). */
  controllerFor(element: CookieConsentElement): Controller | null;
  /** True: each element starts and stops its controller's gating and listens to the `data-cc` triggers itself. */
  owned: boolean;
}

let source: ControllerSource | undefined;

/** @internal Where elements get their controller (see ControllerSource). */
export const setControllerSource = (given: ControllerSource): void => {
  source = given;
};

/** One stylesheet for every element on the page, built (parsed) a task before the first one renders. */
let sheet: CSSStyleSheet | undefined;
const buildSheet = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet;
};

/**
 * The cookie banner and preferences dialog. Reads its config, shows the banner until the reader
 * chooses, stores the choice in a first-party cookie and activates gated page content.
 *
 * @summary Cookie-consent banner, preferences dialog and consent API.
 *
 * @event consent-ready - Once, after start-up has read the stored choice. `detail: { consent: ConsentRecord | null }`.
 * @event consent-change - After every stored choice. `detail: { consent, first, accepted, rejected, changed }`.
 *
 * @csspart banner - The banner's visible box (bar or box).
 * @csspart title - The banner's heading.
 * @csspart message - The banner's text, with the "Learn more" link.
 * @csspart link - The "Learn more" link.
 * @csspart gpc-notice - The line saying that Global Privacy Control is honoured (banner and dialog).
 * @csspart actions - The banner's and the dialog's group of choice buttons.
 * @csspart button - Every button. The choice buttons' size, font, colours, border, visibility and order cannot be changed per button: theme them with `--cc-button-*`.
 * @csspart accept-all - The "Accept all" buttons (styled exactly like "Reject all").
 * @csspart reject-all - The "Reject all" buttons (styled exactly like "Accept all").
 * @csspart manage - The "Manage preferences" button.
 * @csspart save - The "Save preferences" button.
 * @csspart close - The dialog's close button.
 * @csspart reopen - The floating "Cookie settings" button (`reopenButton: true`).
 * @csspart preferences - The preferences dialog.
 * @csspart preferences-header - The dialog's header: its title and close button.
 * @csspart preferences-title - The dialog's heading.
 * @csspart preferences-body - The dialog's scrolling middle: its text and the categories.
 * @csspart preferences-footer - The dialog's footer with its choice buttons (always in view).
 * @csspart category - One category in the dialog.
 * @csspart description - A category's description.
 * @csspart services - The list of a category's services.
 * @csspart service - One service: its name and switch.
 * @csspart switch - Every on/off switch.
 * @csspart tcf-first-layer - With IAB TCF (`tcf`): the banner's TCF disclosures (purposes or stacks, special features, partners).
 * @csspart tcf-vendors-link - With IAB TCF: the first layer's "See our partners" button.
 * @csspart tcf-second-layer - With IAB TCF: the dialog's purposes, features and vendor list.
 * @csspart tcf-vendors - With IAB TCF: the list of IAB TCF vendors.
 * @csspart tcf-vendor - With IAB TCF: one vendor, its details and switches.
 *
 * @cssprop [--cc-bg=light-dark(#fff, #1e1e1e)] - Background of the banner, the dialog and the floating button.
 * @cssprop [--cc-fg=light-dark(#1b1b1b, #f2f2f2)] - Text colour.
 * @cssprop [--cc-muted=light-dark(#4d4d4d, #c8c8c8)] - Secondary text, and the knob of a switch that is off.
 * @cssprop [--cc-link=inherit] - Link colour (the text colour by default; links are underlined).
 * @cssprop [--cc-border=light-dark(#767676, #9a9a9a)] - Borders, dividers and the outline of a switch that is off (keep it 3:1 against the background).
 * @cssprop [--cc-button-bg=var(--cc-fg)] - Background of every button, and of a switch that is on. Every choice button shares it.
 * @cssprop [--cc-button-fg=var(--cc-bg)] - Text of every button, and the knob of a switch that is on.
 * @cssprop [--cc-button-border=var(--cc-button-bg)] - Border of every choice button.
 * @cssprop [--cc-focus=light-dark(#1a5fb4, #8cb4ff)] - Focus ring.
 * @cssprop [--cc-backdrop=#0008] - What covers the page behind the dialog.
 * @cssprop [--cc-shadow=0 0 0.75em #0004] - Shadow of the banner and the dialog.
 * @cssprop [--cc-font=inherit] - Font family: the page's by default.
 * @cssprop [--cc-font-size=medium] - Base font size (the reader's default size, whatever the page's root size); every length of the widget follows it.
 * @cssprop [--cc-line-height=1.45] - Line height.
 * @cssprop [--cc-radius=0.5em] - Corner radius of the box, the dialog and the buttons.
 * @cssprop [--cc-space=1em] - Base spacing: padding, gaps and the box's distance from the window's edges.
 * @cssprop [--cc-bar-width=72em] - Widest the bar's content gets (the bar itself spans the window).
 * @cssprop [--cc-box-width=24em] - Width of the box.
 * @cssprop [--cc-z-index=2147483000] - Stacking order of the banner and the floating button.
 */
export class CookieConsentElement extends ReactiveElement implements CookieConsentApi {
  static override properties = { config: { attribute: false } };

  /** The config; when unset, the JSON child `<script type="application/json">` or `window.cookieConsentConfig`. */
  declare config: CookieConsentConfig | undefined;

  /**
   * Where the language packs are (`…/i18n/` next to the script); set by the drop-in's UI file.
   * Without it only English and the config's `translations` are available.
   */
  static languageBase = '';

  /** The controller drawn from: undefined before start-up, null without a valid config (nothing optional granted). */
  private _controller?: Controller | null;
  /** What is drawn. */
  private _view?: ElementView;
  /** Whether this element started its controller (ES module build), or was handed the drop-in core's. */
  private _ownsController = false;
  /** The `config` it started with: another one set later starts it over. */
  private _startedWith?: CookieConsentConfig;
  /** The API, answered by this element's controller (started when first asked). */
  private readonly _api = createApi(() => this._start());
  /** The page's `data-cc` triggers; in the drop-in, the core listens to them instead. */
  private readonly _triggers = dataCcTriggers(this._api);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!source?.owned) return;
    document.addEventListener('click', this._triggers);
    // A parser-inserted element is connected before its JSON child is parsed: wait for it. Otherwise
    // start-up waits for the first render's task (below); the API starts it at once when asked.
    // eslint-disable-next-line wc/no-child-traversal-in-connectedcallback -- whether the child is parsed yet is the question
    if (!this.config && !this.querySelector('script')) whenParsed(() => this._start());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._triggers);
    this._stop();
  }

  // Start-up, building the stylesheet and the first render each get a task of their own: evaluating
  // the script, starting up, parsing the CSS and drawing the banner are four short tasks, not one long
  // one on a slow phone (issue 7: no task over 50 ms with 4x CPU throttling).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated
      ? super.scheduleUpdate()
      : nextTask()
          // Not once removed meanwhile (a page's own element won, say): nothing would stop its gate.
          .then(
            () => this.isConnected && (!source?.owned || this.config || this.querySelector('script')) && this._start(),
          )
          .then(nextTask)
          .then(buildSheet)
          .then(nextTask)
          .then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    // A new config after start-up (e.g. set by a framework) starts over with it.
    if (this._ownsController && this._controller !== undefined && this.config !== this._startedWith) {
      this._stop();
      this._start();
    }
    // The first render adopts the stylesheet (the shadow root is empty until then).
    if (!this.hasUpdated) (this.renderRoot as ShadowRoot).adoptedStyleSheets = [buildSheet()];
    super.update(changed);
    // `host`: event listeners in the templates are called with the element as `this`.
    render(this._view?.render(), this.renderRoot, { host: this });
    // A dialog just drawn opens modal: focus moves into it and the page behind is inert.
    this.renderRoot.querySelector<HTMLDialogElement>('dialog:not([open])')?.showModal();
  }

  private _stop(): void {
    // The drop-in core's controller gates the page whatever becomes of this element.
    if (this._ownsController) this._controller?.stop();
    this._controller = this._view = undefined;
  }

  /**
   * Starts once, not tied to being connected (the API may be asked before <body> exists): reads
   * config and stored choice, activates gated content, shows the banner if needed. Never throws.
   */
  private _start(): Controller | null {
    if (this._controller === undefined) {
      this._startedWith = this.config;
      this._ownsController = !!source?.owned;
      const controller = (this._controller = source ? source.controllerFor(this) : null);
      if (controller) {
        this._view = createView(this, controller, CookieConsentElement.languageBase);
        controller.attachView(this._view);
        if (this._ownsController) controller.start();
      }
    }
    return this._controller;
  }

  /**
   * Shows the widget in another language: a code such as `'cy'` or `'pt-BR'`, or `'auto'` (the
   * page's `lang`, then the browser's languages). A language that is neither shipped nor in the
   * config's `translations` shows English. Resolves once the strings are in place.
   */
  setLanguage(language: string): Promise<void> {
    return this._api.setLanguage(language);
  }

  /** Grants every category (less those GPC refuses) and stores the choice. */
  acceptAll(): void {
    this._api.acceptAll();
  }

  /** Grants only the required categories and stores the choice. */
  rejectAll(): void {
    this._api.rejectAll();
  }

  /** Grants exactly these categories (and, per category, these services), plus required ones. */
  accept(categories: string[], services?: Record<string, string[]>): void {
    this._api.accept(categories, services);
  }

  /** Whether a category (and optionally one of its services) is granted now. */
  hasConsent(category: string, service?: string): boolean {
    return this._api.hasConsent(category, service);
  }

  /** The stored choice in force (a copy), or null. */
  getConsent(): ConsentRecord | null {
    return this._api.getConsent();
  }

  /**
   * Runs `callback` now if the category (or one service of it) is granted, else once when it is.
   * `onGranted('analytics', cb)` or `onGranted('marketing', 'video', cb)`. Returns an unsubscribe function.
   */
  onGranted(category: string, service: string | (() => void), callback?: () => void): () => void {
    return this._api.onGranted(category, service, callback);
  }

  /**
   * Runs `callback` every time the category (or one service of it) goes from granted to refused,
   * so a site can call the vendor's opt-out API. Returns an unsubscribe function.
   */
  onRevoked(category: string, service: string | (() => void), callback?: () => void): () => void {
    return this._api.onRevoked(category, service, callback);
  }

  /** Shows the banner (and closes the dialog). */
  showBanner(): void {
    this._api.showBanner();
  }

  /** Opens the preferences dialog, pre-selected with the current (or earlier) choice. */
  showPreferences(): void {
    this._api.showPreferences();
  }

  /** Hides banner and dialog without choosing: nothing is granted or stored. */
  hide(): void {
    this._controller?.hide();
  }

  /** Forgets the stored choice and shows the banner again. Content already activated stays until reload. */
  reset(): void {
    this._api.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
