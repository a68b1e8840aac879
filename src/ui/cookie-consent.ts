// ReactiveElement and lit-html's render(), not LitElement: the `update` below is all that LitElement
// would add here (its other part serves async directives, which no template here uses). The drop-in
// build resolves 'lit' to those two alone (rollup.config.mjs), so LitElement is not shipped in it.
import { ReactiveElement, html, nothing, render, type PropertyValues } from 'lit';
import { Consent, servicesOf } from '../core/consent.js';
import { validateConfig } from '../core/config.js';
import { localize, pickLanguage } from '../core/language.js';
import { guard, log } from '../core/log.js';
import type {
  Category,
  ConsentRecord,
  CookieConsentConfig,
  ResolvedConfig,
  Selection,
  Service,
} from '../core/types.js';
import { Gate } from '../gating/gate.js';
import { deleteCookies } from '../gating/cookie-cleaner.js';
import { cookieStorage } from '../storage/cookie-storage.js';
import { consentProof, sendConsentProof } from '../integrations/consent-record.js';
import { pushDefault, pushUpdate } from '../integrations/google-consent-mode.js';
import { en, type StringKey, type Strings } from '../i18n/en.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { styles } from './styles.js';

/** Runs `fn` once the document is parsed (at once if it is). */
export const whenParsed = (fn: () => void) =>
  document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn();

declare global {
  interface Window {
    /** The config the script tag reads when the element has none of its own. */
    cookieConsentConfig?: CookieConsentConfig;
  }
}

/** Language packs fetched so far, shared by every element on the page: each is fetched once (a failed one is tried again). */
const PACKS: Record<string, object | null> = {};

/** One stylesheet for every element on the page, built (parsed) a task before the first one renders. */
let sheet: CSSStyleSheet | undefined;
const buildSheet = () => {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  return sheet;
};

/** Our events cross the shadow boundary and bubble, so `document` listeners hear them. */
const event = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

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
export class CookieConsentElement extends ReactiveElement {
  static override properties = { config: { attribute: false } };

  /** The config; when unset, the JSON child `<script type="application/json">` or `window.cookieConsentConfig`. */
  declare config: CookieConsentConfig | undefined;

  /**
   * Where the language packs are (`…/i18n/` next to the script); set by the script-tag entry.
   * Without it only English and the config's `translations` are available.
   */
  static languageBase = '';

  /** The running widget: undefined before start-up, null without a valid config (nothing optional granted). */
  private _ui?: Ui | null;
  /** The `config` it started with: another one set later starts it over. */
  private _with?: CookieConsentConfig;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this);
    // A parser-inserted element is connected before its JSON child is parsed: wait for it. Otherwise
    // start-up waits for the first render's task (below); the API starts it at once when asked.
    // eslint-disable-next-line wc/no-child-traversal-in-connectedcallback -- whether the child is parsed yet is the question
    if (!this.config && !this.querySelector('script')) whenParsed(() => this._start());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this);
    this._stop();
  }

  // Start-up, building the stylesheet and the first render each get a task of their own: evaluating
  // the script, starting up, parsing the CSS and drawing the banner are four short tasks, not one long
  // one on a slow phone (issue 7: no task over 50 ms with 4x CPU throttling).
  protected override scheduleUpdate(): void | Promise<unknown> {
    // go(0) in a function of ours, not go itself: a profiler then counts the task as this widget's.
    const task = () => new Promise((go) => setTimeout(() => go(0)));
    return this.hasUpdated
      ? super.scheduleUpdate()
      : task()
          // Not once removed meanwhile (a page's own element won, say): nothing would stop its gate.
          .then(() => this.isConnected && (this.config || this.querySelector('script')) && this._start())
          .then(task)
          .then(buildSheet)
          .then(task)
          .then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    // A new config after start-up (e.g. set by a framework) starts over with it.
    if (this._ui !== undefined && this.config !== this._with) {
      this._stop();
      this._start();
    }
    // The first render adopts the stylesheet (the shadow root is empty until then).
    if (!this.hasUpdated) (this.renderRoot as ShadowRoot).adoptedStyleSheets = [buildSheet()];
    super.update(changed);
    // `host`: event listeners in the templates are called with the element as `this`.
    render(this._ui?._render(), this.renderRoot, { host: this });
    // A dialog just drawn opens modal: focus moves into it and the page behind is inert.
    this.renderRoot.querySelector<HTMLDialogElement>('dialog:not([open])')?.showModal();
  }

  private _stop(): void {
    this._ui?._gate.stop();
    this._ui = undefined;
  }

  /**
   * Starts once, not tied to being connected (the API may be asked before <body> exists): reads
   * config and stored choice, activates gated content, shows the banner if needed. Never throws.
   */
  private _start(): Ui | null {
    if (this._ui === undefined) {
      this._ui = null;
      this._with = this.config;
      try {
        const { config, errors, warnings } = validateConfig(this.config ?? this._json() ?? window.cookieConsentConfig);
        for (const w of warnings) log(w, 1);
        if (config) this._ui = ui(this, config);
        else log('invalid config: ' + errors.join('; '));
      } catch (e) {
        // Whatever went wrong, the page keeps working and nothing optional is granted (`_ui` stays null).
        log(e);
      }
      const detail = { consent: this.getConsent() };
      // Let the page's own scripts, parsed after ours, register their listeners first.
      whenParsed(() => queueMicrotask(() => this.dispatchEvent(event('consent-ready', detail))));
    }
    return this._ui;
  }

  private _json(): unknown {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    try {
      return JSON.parse(json || 'null');
    } catch {
      return log('config: not valid JSON');
    }
  }

  /**
   * Shows the widget in another language: a code such as `'cy'` or `'pt-BR'`, or `'auto'` (the
   * page's `lang`, then the browser's languages). A language that is neither shipped nor in the
   * config's `translations` shows English. Resolves once the strings are in place.
   */
  async setLanguage(language: string): Promise<void> {
    await this._start()?._lang(language);
  }

  /** Grants every category (less those GPC refuses) and stores the choice. */
  acceptAll(): void {
    this._start()?._choose();
  }

  /** Grants only the required categories and stores the choice. */
  rejectAll(): void {
    this._start()?._choose({ categories: [] });
  }

  /** Grants exactly these categories (and, per category, these services), plus required ones. */
  accept(categories: string[], services?: Record<string, string[]>): void {
    // Unknown names, non-strings included, grant nothing; a lone string would match by substring.
    if (Array.isArray(categories)) this._start()?._choose({ categories, services });
    else log('accept(): not an array');
  }

  /** Whether a category (and optionally one of its services) is granted now. */
  hasConsent(category: string, service?: string): boolean {
    return !!this._start()?._consent.hasConsent(category, service);
  }

  /** The stored choice in force (a copy), or null. */
  getConsent(): ConsentRecord | null {
    return structuredClone(this._start()?._consent.current ?? null);
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
    // eslint-disable-next-line no-sparse-arrays -- the hole is the service: none
    const [svc, fn] = typeof service == 'function' ? [, service] : [service, callback];
    let was = false;
    const off = () => this.removeEventListener('consent-change', check);
    const check = () => {
      const is = this.hasConsent(category, svc);
      if (grant ? is : was && !is) {
        if (grant) off();
        guard(fn);
      }
      was = is;
    };
    this.addEventListener('consent-change', check);
    // Now: runs a callback whose category is granted already, and notes the state a revocation starts from.
    check();
    return off;
  }

  /** Shows the banner (and closes the dialog). */
  showBanner(): void {
    this._start()?._show(true);
  }

  /** Opens the preferences dialog, pre-selected with the current (or earlier) choice. */
  showPreferences(): void {
    this._start()?._open();
  }

  /** Hides banner and dialog without choosing: nothing is granted or stored. */
  hide(): void {
    this._ui?._show(false);
  }

  /** Forgets the stored choice and shows the banner again. Content already activated stays until reload. */
  reset(): void {
    this._start()?._reset();
  }

  /**
   * @internal The page's `data-cc` triggers (docs/contract.md §5: `show-preferences`, `show-banner`,
   * `accept-all`, `reject-all`; any other API method without arguments too, e.g. `reset`):
   * this element listens to clicks on `document`.
   */
  handleEvent(e: Event): void {
    const name = (e.target as Element | null)
      ?.closest?.('[data-cc]')
      ?.getAttribute('data-cc')
      ?.replace(/-./, (m) => m[1]!.toUpperCase());
    if (API.includes(name as Method)) {
      e.preventDefault();
      (this[name as Method] as () => void)();
    }
  }
}

/** The consent API (docs/contract.md §5): the methods every element, and `window.CookieConsent`, offer. */
export type Method =
  | 'acceptAll'
  | 'rejectAll'
  | 'accept'
  | 'hasConsent'
  | 'getConsent'
  | 'onGranted'
  | 'onRevoked'
  | 'showBanner'
  | 'showPreferences'
  | 'hide'
  | 'reset'
  | 'setLanguage';

/** Their names, in one string: a list the class cannot grow by accident (a Lit hook is not API). */
export const API =
  'acceptAll rejectAll accept hasConsent getConsent onGranted onRevoked showBanner showPreferences hide reset setLanguage'.split(
    ' ',
  ) as Method[];

type Ui = ReturnType<typeof ui>;

/** The widget at work for one element and a valid config: consent state, strings, gating and what is drawn. */
function ui(el: CookieConsentElement, config: ResolvedConfig) {
  const consent = new Consent(config, {
    storage: cookieStorage(config.cookie),
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
  });
  const { categories, googleConsentMode, recordEndpoint, reloadOnRevoke, policyUrl, reopenButton } = config;
  let t: Strings = en;
  let gate: Gate | undefined;
  let banner: boolean | undefined;
  let prefs: boolean | undefined;
  let draft: Selection;
  let returnFocus: HTMLElement | null;
  const update = () => el.requestUpdate();

  /** A category's or service's title or description: the site's text, else the default for its name. */
  const text = (item: Category | Service, field: 'Title' | 'Description'): string | undefined =>
    localize(item[field.toLowerCase() as 'title'], t.$code) ??
    (t as unknown as Record<string, string | undefined>)[item.name + field];
  const title = (item: Category | Service) => text(item, 'Title') ?? item.name;

  /** Google Consent Mode: the choice as an update (after the denied default), else the default only. */
  const gcm = (withUpdate: unknown) => {
    // A page's own `dataLayer` that is not an array throws: Google's tags could not read it either.
    if (googleConsentMode)
      guard(() =>
        withUpdate ? pushUpdate(googleConsentMode, (c) => consent.hasConsent(c)) : pushDefault(googleConsentMode),
      );
  };

  /** What is drawn: the banner or not, the dialog or not. Closing the dialog returns focus. */
  const show = (showBanner: boolean | undefined, showPrefs?: boolean) => {
    // After the update: a banner button that is gone by then cannot take focus (focus() does nothing).
    if (prefs && !showPrefs) requestAnimationFrame(() => returnFocus?.focus());
    banner = showBanner;
    prefs = showPrefs;
    update();
  };

  /** Stores a selection (none: "Accept all") and acts on what changed. */
  const choose = (selection?: Selection) => {
    const { revoked, revokedCookies, stored, ...detail } = consent.choose(selection ?? consent.allSelection());
    if (!stored) log('cookie could not be stored: the choice holds for this page only', 1);
    show(false);
    deleteCookies(revokedCookies);
    // Before gated tags run, so they start with the new consent state.
    gcm(1);
    gate?.refresh();
    if (recordEndpoint) sendConsentProof(recordEndpoint, consentProof(detail.consent, t.$code));
    el.dispatchEvent(event('consent-change', { ...detail, consent: structuredClone(detail.consent) }));
    // Code that already ran cannot be unloaded: a reload is the only complete revocation.
    if (revoked.length && reloadOnRevoke) location.reload();
  };

  /** Puts the strings of a language in place: at once when they are at hand, else after one fetch. Then `done`. */
  const lang = (language: string, done?: () => void): Promise<void> | void => {
    const { translations } = config;
    const code = pickLanguage(
      language == 'auto' ? [document.documentElement.lang, ...navigator.languages] : [language],
      ['en', ...SHIPPED_LANGUAGES, ...Object.keys(translations)],
    );
    const use = (pack?: object | null | void) => {
      // Without its pack, a language the config only partly translates shows English.
      const shown = pack || translations[code] ? code : 'en';
      t = { ...en, ...pack, ...translations[shown], $code: shown };
      el.lang = shown;
      el.dir = t.$dir;
      gate?.relabel();
      update();
      done?.();
    };
    const base = CookieConsentElement.languageBase;
    return base && SHIPPED_LANGUAGES.includes(code) && !PACKS[code]
      ? fetch(`${base}${code}.json`, { signal: AbortSignal.timeout(4000) })
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the status is the whole message, logged below
          .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
          // Strings only: a pack is data, whatever the file holds.
          .then(
            (json) =>
              (PACKS[code] = JSON.parse(json, (key, v: unknown) => (key && typeof v != 'string' ? undefined : v)) as
                object | null),
          )
          .catch((e) => log(`no '${code}' strings (${e}): English shown`, 1))
          .then(use)
      : use(PACKS[code]);
  };

  /** A draft change: one category's switch, or one service's (a category is on while any of its services is). */
  const toggle = (category: Category, service?: Service) => {
    const n = category.name;
    const was = draft.categories.includes(n);
    const before = servicesOf(draft.services, n) ?? (was ? category.services.map((s) => s.name) : []);
    // A category's own switch leaves no list: on, that is all its services.
    const list =
      service && (before.includes(service.name) ? before.filter((s) => s != service.name) : [...before, service.name]);
    const next = draft.categories.filter((c) => c != n);
    if (service ? list!.length : !was) next.push(n);
    draft = { categories: next, services: { ...draft.services, [n]: list! } };
    update();
  };

  /** A label and its switch (`role="switch"`, named by the label). */
  const labelled = (id: string, label: unknown, on: boolean, category: Category, service?: Service) =>
    html`<span id=${id}>${label}</span><button part=switch role=switch aria-checked=${on} aria-labelledby=${id} ?disabled=${category.required} @click=${() => toggle(category, service)}></button>`;

  const render = () => {
    const gpc = consent.gpcApplies ? html`<p class=small part=gpc-notice>${t.gpcNotice}</p>` : nothing;
    // The group of choice buttons, the third one "Manage preferences" or "Save preferences". One template,
    // not one per button: the first render prepares and clones fewer of them.
    const actions = (part: 'manage' | 'save', onClick: () => void) =>
      // eslint-disable-next-line @typescript-eslint/unbound-method -- lit calls listeners with this = host (el), render()'s { host: this }
      html`<div part=actions><button part="button accept-all" @click=${el.acceptAll}>${t.acceptAll}</button><button part="button reject-all" @click=${el.rejectAll}>${t.rejectAll}</button><button part="button ${part}" @click=${onClick}>${t[part]}</button></div>`;
    const close = () => show(banner);
    return html`${
      banner
        ? // eslint-disable-next-line lit-a11y/no-redundant-role -- kept: removing it changes the markup (banner.test.ts asserts it)
          html`<section part=banner role=region aria-labelledby=cc-T><div>
          <h2 id=cc-T part=title>${t.bannerTitle}</h2>
          <p part=message>${t.bannerText} ${
            // The link says "Learn more" and its name goes on, unseen, with the heading: "Learn more: This site
            // uses cookies" out of context (screen-reader link lists, search engines), in every language.
            policyUrl
              ? html`<a part=link href=${policyUrl}>${t.learnMore}<span class=vh>: ${t.bannerTitle}</span></a>`
              : nothing
          }</p>
          ${gpc}${actions('manage', el.showPreferences /* eslint-disable-line @typescript-eslint/unbound-method -- bound by lit to el */)}
        </div></section>`
        : nothing
    }${
      prefs
        ? html`<dialog part=preferences aria-labelledby=cc-P @close=${close}>
          <div part=preferences-header>
            <h2 id=cc-P part=preferences-title>${t.preferencesTitle}</h2>
            <button part="button close" aria-label=${t.close} @click=${close}>×</button>
          </div>
          <div part=preferences-body>
            <p>${t.preferencesText}</p>
            ${gpc}
            <ul>${categories.map((c) => {
              const on = c.required || draft.categories.includes(c.name);
              const granted = servicesOf(draft.services, c.name);
              const id = `cc-${c.name}`;
              const description = text(c, 'Description');
              return html`<li part=category>
                <div class=row>${labelled(id, html`${title(c)}${c.required ? html` <span class=small>(${t.alwaysOn})</span>` : nothing}`, on, c)}</div>
                ${description ? html`<p class=small part=description>${description}</p>` : nothing}
                ${
                  c.services.length
                    ? html`<ul part=services aria-label=${`${title(c)}: ${t.services}`}>${c.services.map(
                        (s) =>
                          html`<li class=row part=service>${labelled(`${id}-${s.name}`, title(s), c.required || (on && (!granted || granted.includes(s.name))), c, s)}</li>`,
                      )}</ul>`
                    : nothing
                }
              </li>`;
            })}</ul>
          </div>
          <div part=preferences-footer>${actions('save', () => choose(draft))}</div>
        </dialog>`
        : nothing
    }${
      reopenButton && !banner && !prefs && !consent.needsChoice
        ? // eslint-disable-next-line @typescript-eslint/unbound-method -- lit calls listeners with this = host (el)
          html`<button part="button reopen" @click=${el.showPreferences}>${t.cookieSettings}</button>`
        : nothing
    }`;
  };

  for (const a of ['layout', 'position', 'theme'] as const) el.setAttribute(a, config[a]);
  // Consent Mode: the denied default first, then at once the stored choice (it remembers nothing between pages).
  gcm(consent.current);
  // Strings first (at once unless a pack must be fetched): blocked-embed notices use them.
  // The banner waits for its language pack (English never waits); gating and the API do not.
  void lang(config.language, () => (banner ||= consent.needsChoice));
  gate = new Gate({
    isGranted: (category, service) => consent.hasConsent(category, service),
    notice: {
      text: (category, service) => {
        const cat = categories.find((c) => c.name == category);
        const svc = cat?.services.find((s) => s.name == service);
        const catTitle = cat ? title(cat) : category;
        let name: string | undefined;
        // Replacer functions: a `$` in a title is text, not a replacement pattern.
        // One pass: a `{category}` inside a service's title is text, not a placeholder.
        const fill = (key: StringKey) =>
          t[key].replace(/\{(name|category)\}/g, (_, p: string) => (p == 'name' && name) || catTitle);
        name = svc ? title(svc) : (service ?? fill('embedContent'));
        return { label: fill('embedLabel'), message: fill('embedMessage'), button: fill('embedAllow') };
      },
      // Its button grants the iframe's service (else its whole category) on top of the choice in
      // force, as its switch in the preferences would. An unknown category grants nothing.
      grant: (category, service) => {
        const r = consent.current;
        const cat = categories.find((c) => c.name == category);
        draft = { categories: [...(r?.categories ?? [])], services: { ...r?.services } };
        if (cat) {
          toggle(cat, (service && { name: service }) as Service | undefined);
          choose(draft);
        }
      },
    },
  });
  gate.start();

  return {
    _consent: consent,
    _gate: gate,
    _render: render,
    _choose: choose,
    _show: show,
    _lang: lang,
    _open() {
      if (prefs) return;
      // Focus returns there on close: the element with focus, looked up inside shadow roots.
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      returnFocus = a as HTMLElement | null;
      draft = consent.draftSelection();
      show(banner, true);
    },
    _reset() {
      consent.reset();
      gcm(1);
      show(true);
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
