/**
 * What `<cookie-consent>` draws, for one controller: the banner, the preferences dialog, the reopen
 * button and the texts of the blocked-embed notices, in the reader's language. It keeps only what is
 * drawn (banner or not, dialog or not, the dialog's unsaved switches); every choice goes to the
 * controller, which owns the consent state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { servicesOf } from '../core/consent.js';
import { localize } from '../core/language.js';
import { warn } from '../core/log.js';
import { named } from '../core/record.js';
import { toggled } from '../core/selection.js';
import type { Category, Selection, Service } from '../core/types.js';
import { block, noticeBoard, type NoticeText } from '../gating/embed-notice.js';
import { en, type StringKey, type Strings } from '../i18n/en.js';
import { SHIPPED_LANGUAGES } from '../i18n/languages.js';
import { fetchPack } from '../i18n/fetch-pack.js';
import type { Controller, View } from '../controller.js';
import type { TcfScreens } from '../tcf/ui/screens.js';

/** Language packs fetched so far, shared by every element on the page: each is fetched once (a failed one is tried again). */
const PACKS: Record<string, object | null> = {};

/** The element a view draws into (src/ui/cookie-consent.ts). */
export interface ViewHost extends HTMLElement {
  /** Asks for a render (the element calls the view's render()). */
  requestUpdate(): void;
  /** Resolves once the render asked for is drawn. */
  readonly updateComplete: Promise<boolean>;
}

/** A view, plus what its element calls to render it. */
export interface ElementView extends View {
  render(): TemplateResult;
}

/** The view of `controller` drawn in `el`; `languageBase` is where the language packs are ('' for none). */
export function createView(el: ViewHost, controller: Controller, languageBase: string): ElementView {
  const { config, consent } = controller;
  const { categories, policyUrl, reopenButton } = config;
  let strings: Strings = en;
  let bannerShown = false;
  let preferencesShown = false;
  let draft: Selection = { categories: [] };
  let returnFocus: HTMLElement | null = null;
  /** The TCF screens (docs/tcf.md), once loaded, for a site with `tcf`. */
  let tcf: TcfScreens | undefined;
  const update = () => el.requestUpdate();

  /** A category's or service's title or description: the site's text, else the default for its name. */
  const text = (item: Category | Service, field: 'Title' | 'Description'): string | undefined =>
    localize(item[field == 'Title' ? 'title' : 'description'], strings.$code) ??
    (strings as unknown as Record<string, string | undefined>)[item.name + field];
  const title = (item: Category | Service) => text(item, 'Title') ?? item.name;

  /** What is drawn: the banner or not, the dialog or not. Closing the dialog returns focus. */
  const show = (banner: boolean, preferences = false) => {
    // After the update: a banner button that is gone by then cannot take focus (focus() does nothing).
    if (preferencesShown && !preferences) requestAnimationFrame(() => returnFocus?.focus());
    bannerShown = banner;
    preferencesShown = preferences;
    controller.setUiVisible(banner || preferences);
    update();
  };

  /** Puts the strings of a language in place: at once when they are at hand, else after one fetch. */
  const setLanguage = async (language: string): Promise<void> => {
    const { translations } = config;
    const code = controller.pickLanguage(language);
    let pack = PACKS[code];
    if (languageBase && SHIPPED_LANGUAGES.includes(code) && !pack)
      try {
        pack = PACKS[code] = await fetchPack(languageBase, code);
      } catch (e) {
        warn(`no '${code}' strings (${String(e)}): English shown`);
      }
    // Without its pack, a language the config only partly translates shows English.
    const shown = pack || translations[code] ? code : 'en';
    strings = { ...en, ...pack, ...translations[shown], $code: shown };
    controller.language = shown;
    el.lang = shown;
    el.dir = strings.$dir;
    notices.relabel();
    update();
  };

  /** A draft change: one category's switch, or one service's. */
  const toggle = (category: Category, service?: Service) => {
    draft = toggled(draft, category, service?.name);
    update();
  };

  /** The texts of the notice for a blocked iframe of this category (and service). */
  const noticeText = (category: string, service: string | undefined): NoticeText => {
    const foundCategory = categories.find((c) => c.name == category);
    const foundService = foundCategory?.services.find((s) => s.name == service);
    const categoryTitle = foundCategory ? title(foundCategory) : category;
    let name: string | undefined;
    // Replacer functions: a `$` in a title is text, not a replacement pattern.
    // One pass: a `{category}` inside a service's title is text, not a placeholder.
    const fill = (key: StringKey) =>
      strings[key].replace(/\{(name|category)\}/g, (_, placeholder: string) =>
        placeholder == 'name' && name ? name : categoryTitle,
      );
    name = foundService ? title(foundService) : (service ?? fill('embedContent'));
    return { label: fill('embedLabel'), message: fill('embedMessage'), button: fill('embedAllow') };
  };

  /**
   * The button of a blocked iframe's notice: grants the iframe's service (else its whole category) on
   * top of the choice in force, as its switch in the preferences would. An unknown category grants nothing.
   */
  const grantEmbed = (category: string, service: string | undefined) => {
    const found = named(categories, category);
    if (!found) return;
    const current = consent.current;
    const selection = { categories: [...(current?.categories ?? [])], services: { ...current?.services } };
    controller.choose(toggled(selection, found, service));
  };

  /** The notices in place of blocked iframes, in the reader's language. */
  const notices = noticeBoard({ text: noticeText, block, grant: grantEmbed });

  /** A label and its switch (`role="switch"`, named by the label). */
  const labelled = (id: string, label: unknown, on: boolean, category: Category, service?: Service) =>
    html`<span id=${id}>${label}</span><button part=switch role=switch aria-checked=${on} aria-labelledby=${id} ?disabled=${category.required} @click=${() => toggle(category, service)}></button>`;

  const openPreferences = () => {
    if (preferencesShown) return;
    // Focus returns there on close: the element with focus, looked up inside shadow roots.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    returnFocus = active as HTMLElement | null;
    draft = consent.draftSelection();
    tcf?.reset();
    show(bannerShown, true);
  };

  // The headings' ids have capitals: a category's switch label is `cc-<name>`, and names are lowercase.
  const render = () => {
    const gpc = consent.gpcApplies ? html`<p class=small part=gpc-notice>${strings.gpcNotice}</p>` : nothing;
    // The group of choice buttons, the third one "Manage preferences" or "Save preferences". One template,
    // not one per button: the first render prepares and clones fewer of them.
    const actions = (part: 'manage' | 'save', onClick: () => void) =>
      html`<div part=actions><button part="button accept-all" @click=${() => controller.acceptAll()}>${strings.acceptAll}</button><button part="button reject-all" @click=${() => controller.rejectAll()}>${strings.rejectAll}</button><button part="button ${part}" @click=${onClick}>${strings[part]}</button></div>`;
    const close = () => show(bannerShown);
    return html`${
      bannerShown
        ? // eslint-disable-next-line lit-a11y/no-redundant-role -- kept: removing it changes the markup (banner.test.ts asserts it)
          html`<section part=banner role=region aria-labelledby=cc-BannerTitle><div>
          <h2 id=cc-BannerTitle part=title>${strings.bannerTitle}</h2>
          <p part=message>${strings.bannerText} ${
            // The link says "Learn more" and its name goes on, unseen, with the heading: "Learn more: This site
            // uses cookies" out of context (screen-reader link lists, search engines), in every language.
            policyUrl
              ? html`<a part=link href=${policyUrl}>${strings.learnMore}<span class=vh>: ${strings.bannerTitle}</span></a>`
              : nothing
          }</p>
          ${tcf?.firstLayer()}${gpc}${actions('manage', openPreferences)}
        </div></section>`
        : nothing
    }${
      preferencesShown
        ? html`<dialog part=preferences aria-labelledby=cc-PreferencesTitle @close=${close}>
          <div part=preferences-header>
            <h2 id=cc-PreferencesTitle part=preferences-title>${strings.preferencesTitle}</h2>
            <button part="button close" aria-label=${strings.close} @click=${close}>×</button>
          </div>
          <div part=preferences-body>
            <p>${strings.preferencesText}</p>
            ${gpc}${tcf?.secondLayer()}
            <ul>${categories.map((c) => {
              const on = c.required || draft.categories.includes(c.name);
              const granted = servicesOf(draft.services, c.name);
              const id = `cc-${c.name}`;
              const description = text(c, 'Description');
              return html`<li part=category>
                <div class=row>${labelled(id, html`${title(c)}${c.required ? html` <span class=small>(${strings.alwaysOn})</span>` : nothing}`, on, c)}</div>
                ${description ? html`<p class=small part=description>${description}</p>` : nothing}
                ${
                  c.services.length
                    ? html`<ul part=services aria-label=${`${title(c)}: ${strings.services}`}>${c.services.map(
                        (s) =>
                          html`<li class=row part=service>${labelled(`${id}-${s.name}`, title(s), c.required || (on && (!granted || granted.includes(s.name))), c, s)}</li>`,
                      )}</ul>`
                    : nothing
                }
              </li>`;
            })}</ul>
          </div>
          <div part=preferences-footer>${actions('save', () => controller.choose(draft, 'save', tcf?.signals()))}</div>
        </dialog>`
        : nothing
    }${
      reopenButton && !bannerShown && !preferencesShown && !consent.needsChoice
        ? html`<button part="button reopen" @click=${openPreferences}>${strings.cookieSettings}</button>`
        : nothing
    }`;
  };

  for (const attribute of ['layout', 'position', 'theme'] as const) el.setAttribute(attribute, config[attribute]);
  // With TCF, the screens too (their disclosures come before any choice): the handle's vendor list
  // loaded, then the screens' file. Without them TCF hears no choice (src/tcf/index.ts).
  const tcfLoaded = controller.tcf
    ?.then(async (handle) => {
      await handle?.ready;
      const file = handle?.vendorList() && (await handle.screens());
      tcf = file?.createTcfScreens({
        handle: handle!,
        language: () => strings.$code,
        languageBase,
        otherPartners: categories.reduce((n, c) => n + (c.required ? 0 : c.services.length || 1), 0),
        update,
        drawn: () => el.updateComplete,
        openPreferences,
        root: () => el.shadowRoot,
      });
    })
    .catch(warn);
  // Strings first (at once unless a pack must be fetched): blocked-embed notices use them.
  // The banner waits for its language pack (English never waits) and the TCF screens; gating and the API do not.
  void setLanguage(controller.wantedLanguage)
    .then(() => tcfLoaded)
    .then(() => tcf?.setLanguage(strings.$code))
    .then(() => {
      if (consent.needsChoice) show(true, preferencesShown);
      else update();
    });

  return {
    render,
    drawBanner: () => show(true),
    drawPreferences: openPreferences,
    drawNothing: () => show(false),
    chosen: () => show(false),
    setLanguage,
    notices,
  };
}
