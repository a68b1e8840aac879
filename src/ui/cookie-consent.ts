import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Consent, servicesOf, type ChoiceResult } from '../core/consent.js';
import { validateConfig } from '../core/config.js';
import { localize, pickLanguage } from '../core/language.js';
import type { Category, ConsentRecord, CookieConsentConfig, Selection, Service } from '../core/types.js';
import { Gate } from '../gating/gate.js';
import { deleteCookies } from '../gating/cookie-cleaner.js';
import { cookieStorage } from '../storage/cookie-storage.js';
import { consentProof, sendConsentProof } from '../integrations/consent-record.js';
import { pushDefault, pushUpdate } from '../integrations/google-consent-mode.js';
import { en, type StringKey, type Strings } from '../i18n/en.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { styles } from './styles.js';

const PREFIX = '[cookie-consent]';
/** Language packs fetched so far, shared by every element on the page. */
const PACKS: Record<string, Partial<Strings>> = {};
const TRIGGERS = ['show-preferences', 'show-banner', 'accept-all', 'reject-all'] as const;

declare global {
  interface Window {
    /** The config the script tag reads when the element has none of its own. */
    cookieConsentConfig?: CookieConsentConfig;
  }
}

/** Our events cross the shadow boundary and bubble, so `document` listeners hear them. */
const event = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

/** The element with focus, looking inside shadow roots (focus must return there on close). */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

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
export class CookieConsentElement extends LitElement {
  static override styles = styles;
  static override properties = {
    config: { attribute: false },
    _banner: { state: true },
    _prefs: { state: true },
    _draft: { state: true },
  };

  /** The config; when unset, the JSON child `<script type="application/json">` or `window.cookieConsentConfig`. */
  declare config: CookieConsentConfig | undefined;
  declare private _banner: boolean;
  declare private _prefs: boolean;
  declare private _draft: Selection;

  /**
   * Where the language packs are (`…/i18n/` next to the script); set by the script-tag entry.
   * Without it only English and the config's `translations` are available.
   */
  static languageBase = '';

  private _consent: Consent | null = null;
  private _started = false;
  private _startedWith?: CookieConsentConfig;
  private _strings: Strings = en;
  private _gate?: Gate;
  private _returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this._banner = false;
    this._prefs = false;
    this._draft = { categories: [] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this._onTrigger);
    // A parser-inserted element is connected before its JSON child is parsed: wait for it.
    if (!this.config && !this.querySelector('script') && document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => this._start(), { once: true });
    else this._start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._onTrigger);
    this._gate?.stop();
    this._gate = undefined;
    this._started = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new config after start-up (e.g. set by a framework) starts over with it.
    if (changed.has('config') && this._started && this.config !== this._startedWith) {
      this._gate?.stop();
      this._started = false;
      this._start();
    }
  }

  /** Reads config and stored choice, activates gated content, shows the banner if needed. Never throws. */
  private _start(): void {
    // Not tied to being connected: the API may be asked before <body> exists.
    if (this._started) return;
    this._started = true;
    this._startedWith = this.config;
    try {
      const { config, errors, warnings } = validateConfig(this.config ?? this._childConfig() ?? window.cookieConsentConfig);
      for (const w of warnings) console.warn(`${PREFIX} ${w}`);
      if (!config) {
        console.error(`${PREFIX} Invalid config — ${errors.join('; ')}. Nothing optional is granted until it is fixed.`);
        this._consent = null;
      } else {
        this._consent = new Consent(config, {
          storage: cookieStorage(config.cookie),
          gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
        });
        this.setAttribute('layout', config.layout);
        this.setAttribute('position', config.position);
        this.setAttribute('theme', config.theme);
        // Consent Mode: the denied default first, then at once the stored choice (it remembers nothing between pages).
        if (this._consent.current) this._pushConsentMode();
        else if (config.googleConsentMode) pushDefault(config.googleConsentMode);
        // Strings first (at once unless a pack must be fetched): blocked-embed notices use them.
        // The banner waits for its language pack (English never waits); gating and the API do not.
        const show = () => (this._banner ||= !!this._consent?.needsChoice);
        const loading = this._loadLanguage(config.language);
        if (loading) loading.then(show);
        else show();
        this._gate = new Gate({
          isGranted: (c, s) => this.hasConsent(c, s),
          notice: { text: (c, s) => this._embedText(c, s), grant: (c, s) => this._grantEmbed(c, s) },
        });
        this._gate.start();
      }
    } catch (e) {
      // Whatever went wrong, the page keeps working and nothing optional is granted.
      console.error(`${PREFIX} could not start:`, e);
      this._consent = null;
    }
    const detail = { consent: this.getConsent() };
    const ready = () => this.dispatchEvent(event('consent-ready', detail));
    // Let the page's own scripts, parsed after ours, register their listeners first.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
    else queueMicrotask(ready);
  }

  private _childConfig(): unknown {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return undefined;
    try {
      return JSON.parse(json);
    } catch {
      console.error(`${PREFIX} the JSON config inside <cookie-consent> is not valid JSON.`);
      return null;
    }
  }


  /** Texts of the notice standing in for a blocked iframe (contract §4). */
  private _embedText(category: string, service: string | undefined) {
    const cat = this._consent?.config.categories.find((c) => c.name === category);
    const svc = cat?.services.find((s) => s.name === service);
    const catTitle = cat ? this._title(cat) : category;
    const name = svc ? this._title(svc) : (service ?? this._t('embedContent').replace('{category}', () => catTitle));
    // Replacer functions: a `$` in a title is text, not a replacement pattern.
    // One pass: a `{category}` inside a service's title is text, not a placeholder.
    const fill = (key: StringKey) => this._t(key).replace(/\{(name|category)\}/g, (_, p: string) => (p == 'name' ? name : catTitle));
    return { label: fill('embedLabel'), message: fill('embedMessage'), button: fill('embedAllow') };
  }

  /** A blocked iframe's button: grants its service (else its category) on top of the choice in force. */
  private _grantEmbed(category: string, service: string | undefined): void {
    const r = this._consent?.current;
    const list = service ? [...((r?.categories.includes(category) && servicesOf(r.services, category)) || []), service] : undefined;
    // Computed key: an own property even for a category named "__proto__". No list = all its services.
    this.accept([...(r?.categories ?? []), category], { ...r?.services, [category]: list! });
  }

  /**
   * Shows the widget in another language: a code such as `'cy'` or `'pt-BR'`, or `'auto'` (the
   * page's `lang`, then the browser's languages). A language that is neither shipped nor in the
   * config's `translations` shows English. Resolves once the strings are in place.
   */
  async setLanguage(language: string): Promise<void> {
    await this._loadLanguage(language);
  }

  /** Puts the strings of a language in place: at once when they are at hand, else after one fetch. */
  private _loadLanguage(language: string): Promise<void> | void {
    const translations = this._ensureStarted()?.config.translations;
    if (!translations) return;
    const wanted = language == 'auto' ? [document.documentElement.lang, ...navigator.languages] : [language];
    const lang = pickLanguage(wanted, ['en', ...SHIPPED_LANGUAGES, ...Object.keys(translations)]);
    const use = () => {
      const pack = lang == 'en' ? {} : PACKS[lang];
      // Without its pack, a language the config only partly translates shows English.
      const shown = pack || translations[lang] ? lang : 'en';
      this._strings = { ...en, ...pack, ...translations[shown], $code: shown };
      this.lang = shown;
      this.dir = this._strings.$dir == 'rtl' ? 'rtl' : 'ltr';
      this._gate?.relabel();
      this.requestUpdate();
    };
    const base = CookieConsentElement.languageBase;
    if (lang == 'en' || PACKS[lang] || !base || !SHIPPED_LANGUAGES.includes(lang)) return use();
    return fetch(`${base}${lang}.json`, { signal: AbortSignal.timeout(4000) })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then(
        // Strings only: a pack is data, whatever the file holds.
        (pack: object) => void (PACKS[lang] = Object.fromEntries(Object.entries(pack).filter(([, v]) => typeof v == 'string'))),
        (e) => console.warn(`${PREFIX} could not load the '${lang}' strings (${e}); showing English.`),
      )
      .then(use);
  }

  private _ensureStarted(): Consent | null {
    this._start();
    return this._consent;
  }

  /** Grants every category (less those GPC refuses) and stores the choice. */
  acceptAll(): void {
    const c = this._ensureStarted();
    if (c) this._apply(c.choose(c.allSelection()));
  }

  /** Grants only the required categories and stores the choice. */
  rejectAll(): void {
    const c = this._ensureStarted();
    if (c) this._apply(c.choose({ categories: [] }));
  }

  /** Grants exactly these categories (and, per category, these services), plus required ones. */
  accept(categories: string[], services?: Record<string, string[]>): void {
    const c = this._ensureStarted();
    if (!c) return;
    if (!Array.isArray(categories)) {
      console.error(`${PREFIX} accept() takes an array of category names.`);
      return;
    }
    this._apply(c.choose({ categories: categories.filter((x) => typeof x === 'string'), services }));
  }

  /** Whether a category (and optionally one of its services) is granted now. */
  hasConsent(category: string, service?: string): boolean {
    return this._ensureStarted()?.hasConsent(category, service) ?? false;
  }

  /** The stored choice in force (a copy), or null. */
  getConsent(): ConsentRecord | null {
    const r = this._ensureStarted()?.current;
    return r ? structuredClone(r) : null;
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
    const fn = typeof service == 'function' ? service : callback;
    const svc = typeof service == 'string' ? service : undefined;
    const run = () => {
      try {
        fn?.();
      } catch (e) {
        console.error(`${PREFIX} callback for "${category}" threw:`, e);
      }
    };
    let was = this.hasConsent(category, svc);
    if (grant && was) {
      run();
      return () => {};
    }
    const off = () => this.removeEventListener('consent-change', check);
    const check = () => {
      const is = this.hasConsent(category, svc);
      if (grant ? is : was && !is) {
        if (grant) off();
        run();
      }
      was = is;
    };
    this.addEventListener('consent-change', check);
    return off;
  }

  /** Shows the banner (and closes the dialog). */
  showBanner(): void {
    if (!this._ensureStarted()) return;
    this._closePrefs();
    this._banner = true;
  }

  /** Opens the preferences dialog, pre-selected with the current (or earlier) choice. */
  showPreferences(): void {
    const c = this._ensureStarted();
    if (!c || this._prefs) return;
    this._returnFocus = deepActiveElement();
    this._draft = c.draftSelection();
    this._prefs = true;
  }

  /** Hides banner and dialog without choosing: nothing is granted or stored. */
  hide(): void {
    this._closePrefs();
    this._banner = false;
  }

  /** Forgets the stored choice and shows the banner again. Content already activated stays until reload. */
  reset(): void {
    const c = this._ensureStarted();
    if (!c) return;
    c.reset();
    this._pushConsentMode();
    this._closePrefs();
    this._banner = true;
  }

  private _apply(result: ChoiceResult): void {
    if (!result.stored)
      console.warn(`${PREFIX} the choice could not be stored as a cookie (cookies blocked?); it holds for this page only.`);
    this._closePrefs();
    this._banner = false;
    if (result.revokedCookies.length) deleteCookies(result.revokedCookies);
    // Before gated tags run, so they start with the new consent state.
    this._pushConsentMode();
    this._gate?.refresh();
    const { consent, first, accepted, rejected, changed } = result;
    const endpoint = this._consent?.config.recordEndpoint;
    if (endpoint) sendConsentProof(endpoint, consentProof(consent, this._strings.$code));
    this.dispatchEvent(event('consent-change', { consent: structuredClone(consent), first, accepted, rejected, changed }));
    // Code that already ran cannot be unloaded: a reload is the only complete revocation.
    if (result.revoked.length && this._consent?.config.reloadOnRevoke) location.reload();
  }

  private _pushConsentMode(): void {
    const gcm = this._consent?.config.googleConsentMode;
    try {
      if (gcm) pushUpdate(gcm, (c) => this.hasConsent(c));
    } catch (e) {
      // A page's own `dataLayer` that is not an array: Google's tags could not read it either.
      console.error(`${PREFIX} could not update Google Consent Mode:`, e);
    }
  }

  private _closePrefs(): void {
    if (!this._prefs) return;
    this._prefs = false;
    this.renderRoot.querySelector('dialog')?.close();
    const target = this._returnFocus;
    this._returnFocus = null;
    // Focus goes back where it was, unless that was a banner button that is now gone.
    requestAnimationFrame(() => target?.isConnected && target.getClientRects().length && target.focus());
  }

  private readonly _onTrigger = (event: Event): void => {
    const trigger = (event.target as Element | null)?.closest?.('[data-cc]');
    const action = trigger?.getAttribute('data-cc') as (typeof TRIGGERS)[number] | undefined;
    if (!action || !TRIGGERS.includes(action)) return;
    event.preventDefault();
    if (action === 'show-preferences') this.showPreferences();
    else if (action === 'show-banner') this.showBanner();
    else if (action === 'accept-all') this.acceptAll();
    else this.rejectAll();
  };

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this._prefs && !dialog.open) dialog.showModal();
  }

  private _t(key: StringKey): string {
    return this._strings[key];
  }

  /** A category's or service's title or description: the site's text, else the default for its name. */
  private _text(item: Category | Service, field: 'title' | 'description'): string | undefined {
    const fallback = (this._strings as unknown as Record<string, string | undefined>)[item.name + (field == 'title' ? 'Title' : 'Description')];
    return localize(item[field], this._strings.$code) ?? fallback;
  }

  private _title(item: Category | Service): string {
    return this._text(item, 'title') ?? item.name;
  }

  private _buttons(withManage: boolean) {
    return html`<div class="actions" part="actions">
      <button class="btn" part="button accept-all" @click=${this.acceptAll}>${this._t('acceptAll')}</button>
      <button class="btn" part="button reject-all" @click=${this.rejectAll}>${this._t('rejectAll')}</button>
      ${withManage
        ? html`<button class="btn" part="button manage" @click=${this.showPreferences}>${this._t('manage')}</button>`
        : html`<button class="btn" part="button save" @click=${this._save}>${this._t('save')}</button>`}
    </div>`;
  }

  private _gpcLine() {
    return this._consent?.gpcApplies ? html`<p class="small" part="gpc-notice">${this._t('gpcNotice')}</p>` : nothing;
  }

  private readonly _save = (): void => {
    if (this._consent) this._apply(this._consent.choose(this._draft));
  };

  private _toggle(category: Category, service?: Service): void {
    const { categories, services = {} } = this._draft;
    const all = category.services.map((s) => s.name);
    let on = categories.includes(category.name);
    let list = servicesOf(services, category.name) ?? (on ? all : []);
    if (service) {
      list = list.includes(service.name) ? list.filter((s) => s !== service.name) : [...list, service.name];
      on = list.length > 0;
    } else {
      on = !on;
      list = on ? all : [];
    }
    this._draft = {
      categories: on ? [...categories.filter((c) => c !== category.name), category.name] : categories.filter((c) => c !== category.name),
      services: { ...services, [category.name]: list },
    };
  }

  private _switch(id: string, checked: boolean, disabled: boolean, onClick: () => void) {
    return html`<button
      class="switch"
      part="switch"
      role="switch"
      aria-checked=${checked ? 'true' : 'false'}
      aria-labelledby=${id}
      ?disabled=${disabled}
      @click=${onClick}
    ></button>`;
  }

  private _category(c: Category) {
    const on = c.required || this._draft.categories.includes(c.name);
    const granted = servicesOf(this._draft.services, c.name);
    const id = `cc-${c.name}`;
    const description = this._text(c, 'description');
    return html`<li class="cat" part="category">
      <div class="row">
        <span id=${id}>${this._title(c)}${c.required ? html` <span class="small">(${this._t('alwaysOn')})</span>` : nothing}</span>
        ${this._switch(id, on, c.required, () => this._toggle(c))}
      </div>
      ${description ? html`<p class="small" part="description" id="${id}-d">${description}</p>` : nothing}
      ${c.services.length
        ? html`<ul class="services" part="services" aria-label=${`${this._title(c)}: ${this._t('services')}`}>
            ${c.services.map((s) => {
              const sid = `${id}-${s.name}`;
              const sOn = c.required || (on && (!granted || granted.includes(s.name)));
              return html`<li class="row" part="service">
                <span id=${sid}>${this._title(s)}</span>${this._switch(sid, sOn, c.required, () => this._toggle(c, s))}
              </li>`;
            })}
          </ul>`
        : nothing}
    </li>`;
  }

  private _renderPrefs() {
    const config = this._consent!.config;
    return html`<dialog part="preferences" aria-labelledby="cc-prefs-title" @close=${this._closePrefs}>
      <div class="head" part="preferences-header">
        <h2 id="cc-prefs-title" part="preferences-title">${this._t('preferencesTitle')}</h2>
        <button class="x" part="button close" aria-label=${this._t('close')} @click=${this._closePrefs}>×</button>
      </div>
      <div class="body" part="preferences-body">
        <p>${this._t('preferencesText')}</p>
        ${this._gpcLine()}
        <ul>
          ${config.categories.map((c) => this._category(c))}
        </ul>
      </div>
      <div class="foot" part="preferences-footer">${this._buttons(false)}</div>
    </dialog>`;
  }

  protected override render() {
    const consent = this._consent;
    if (!consent) return nothing;
    const { policyUrl, reopenButton } = consent.config;
    return html`${this._banner
      ? html`<section class="banner" part="banner" role="region" aria-labelledby="cc-title">
          <div class="inner">
            <h2 id="cc-title" part="title">${this._t('bannerTitle')}</h2>
            <p class="msg" part="message">
              ${this._t('bannerText')}
              ${policyUrl ? html`<a part="link" href=${policyUrl}>${this._t('learnMore')}</a>` : nothing}
            </p>
            ${this._gpcLine()} ${this._buttons(true)}
          </div>
        </section>`
      : nothing}
    ${this._prefs ? this._renderPrefs() : nothing}
    ${reopenButton && !this._banner && !this._prefs && !consent.needsChoice
      ? html`<button class="reopen" part="button reopen" @click=${this.showPreferences}>${this._t('cookieSettings')}</button>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
