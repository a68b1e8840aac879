/**
 * The TCF screens (docs/tcf.md, docs/compliance.md R37, R38), drawn inside `<cookie-consent>`:
 * the first layer in the banner, the second layer in the preferences dialog. They keep only
 * what is drawn (the GVL's texts, our TCF strings, the second layer's unsaved switches, which
 * vendors are open); the choice itself is the controller's, and the TCF file's (src/tcf/index.ts).
 */
import { CONSENT_ONLY_PURPOSES } from '../config.js';
import { localize } from '../../core/language.js';
import { warn } from '../../core/log.js';
import { fetchPack } from '../../i18n/fetch-pack.js';
import { tcfEn, type TcfStrings } from '../../i18n/tcf/en.js';
import type { TcfHandle } from '../index.js';
import type { TcfSignals } from '../tc-string.js';
import type { GvlVendor, VendorList } from '../vendor-list.js';
import { html, nothing } from './html.js';
import { firstLayerItems } from './stacks.js';
import { englishTexts, gvlTexts, type GvlTexts, type Section } from './texts.js';
import { fetchDisclosure, vendorDetails, type DisclosureState } from './vendor.js';
import { tcfStyles } from './styles.js';

/** What the screens need from the view that draws them (src/ui/view.ts). */
export interface ScreensHost {
  handle: Pick<TcfHandle, 'config' | 'vendorList' | 'signals'>;
  /** The language the widget shows ('de'): the screens follow it. */
  language(): string;
  /** Where the language packs are (`…/i18n/`, '' for none): ours for TCF are in `tcf/` there. */
  languageBase: string;
  /** How many of the site's own services (the categories' services, a category without any as one) are partners. */
  otherPartners: number;
  /** Asks for a render. */
  update(): void;
  /** Resolves once the render asked for last is drawn (to move focus to what it drew). */
  drawn(): Promise<unknown>;
  /** Opens the preferences dialog (the second layer). */
  openPreferences(): void;
  /** The shadow root the screens are drawn in (to move focus to the vendor list). */
  root(): ShadowRoot | null;
}

/** What the view draws and calls. */
export interface TcfScreens {
  /** The first layer's disclosures, drawn in the banner above its buttons. */
  firstLayer(): unknown;
  /** The second layer, drawn in the dialog before the site's own categories ("other partners"). */
  secondLayer(): unknown;
  /** The dialog opens: its switches start from the reader's standing choice; the sections are drawn a task later. */
  reset(): void;
  /** The second layer's switches, for a saved selection. */
  signals(): TcfSignals;
  /** Puts the texts of a language in place (the GVL's and ours); resolves when they are. */
  setLanguage(language: string): Promise<void>;
}

/** What the TCF screens file registers (src/tcf/ui/index.ts). */
export type CreateTcfScreens = (host: ScreensHost) => TcfScreens;

/** Our TCF strings fetched so far, by language (each fetched once). */
const PACKS: Record<string, Promise<Partial<TcfStrings> | null>> = {};

/** Our TCF strings in `code` (dist/i18n/tcf/<code>.json), or null for English or when they cannot be had. */
async function fetchStrings(base: string, code: string): Promise<Partial<TcfStrings> | null> {
  if (code == 'en' || !base) return null;
  try {
    return await fetchPack(`${base}tcf/`, code);
  } catch (e) {
    warn(`no '${code}' TCF strings (${String(e)}): English shown for them`);
    return null;
  }
}

/** The steps in which the second layer is drawn after the dialog opened (see `steps`). */
const STEPS = 2;
/** Vendor rows built per task (see `rows`): 40 made tasks of 50–190 ms at 4× CPU throttling. */
const ROWS_PER_TASK = 15;
const ids = (record: Record<string, unknown>) => Object.keys(record).map(Number);
const flip = (list: number[], id: number) => (list.includes(id) ? list.filter((x) => x != id) : [...list, id]);

export const createTcfScreens: CreateTcfScreens = (host) => {
  const { handle } = host;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tcfStyles);
  /** Before each drawing: the screens' look next to the element's (adopted once the element has rendered). */
  const prepare = () => {
    const root = host.root();
    if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (host.language() != shownLanguage) void setLanguage(host.language());
  };
  const list: VendorList = handle.vendorList()!;
  const config = handle.config;
  const vendors = Object.values(list.vendors);
  let texts: GvlTexts = englishTexts(list);
  let strings: TcfStrings = tcfEn;
  let shownLanguage = 'en';
  let draft: TcfSignals = handle.signals();
  /** The vendor list is open: its rows are built only then (hundreds of vendors would slow every opening of the dialog). */
  let vendorsShown = false;
  /**
   * How much of the second layer is drawn: nothing in the task that opens the dialog (`reset`), the
   * purposes a task later, the rest (up to STEPS) a task after that. The element's dialog and the
   * whole second layer in one task were one task of 150–300 ms at 4× CPU throttling, during which
   * the page answers no input.
   */
  let steps = STEPS;
  /**
   * "See our partners" was pressed: the vendor list's heading takes focus once the last step has
   * drawn it. Tied to that render rather than to a count of frames (it was up to 20 frames, a guess
   * that a loaded machine can outrun: a WebKit run once found focus not on the list).
   */
  let focusVendorsWhenDrawn = false;
  /** How many vendor rows are built: they come in slices, a task each, so that no one task builds hundreds. */
  let rows = 0;
  const addRows = () => {
    if (rows >= vendors.length) return;
    rows = Math.min(vendors.length, rows + ROWS_PER_TASK);
    host.update();
    if (rows < vendors.length) setTimeout(addRows);
  };
  /** Vendors whose details are open, and their device-storage disclosures. */
  const open = new Set<number>();
  const disclosures = new Map<number, DisclosureState>();
  /** Legitimate interest a reader can object to, per purpose: some vendor (or the publisher) relies on it. */
  const liPurposes = new Set(
    [...vendors.flatMap((v) => v.legIntPurposes), ...(config.publisherPurposes?.legitimateInterest ?? [])].filter(
      (p) => !CONSENT_ONLY_PURPOSES.includes(p),
    ),
  );

  const setLanguage = async (language: string) => {
    shownLanguage = language;
    PACKS[language] ??= fetchStrings(host.languageBase, language);
    const [gvl, ours] = await Promise.all([gvlTexts(list, config.gvl, language), PACKS[language]]);
    // A later call won meanwhile: its texts stand.
    if (shownLanguage != language) return;
    texts = gvl;
    strings = { ...tcfEn, ...ours, $code: language };
    host.update();
  };

  const name = (section: Section, id: number) => texts[section][id]?.name ?? `${id}`;
  const fill = (text: string, values: Record<string, number>) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? `${values[key]}` : whole));
  const set = (key: keyof TcfSignals, id: number) => {
    draft = { ...draft, [key]: flip(draft[key], id) };
    host.update();
  };

  /** A switch labelled by an element of its own (`label`) and, before it, the item it is for (`of`). */
  const toggle = (of: string, id: string, label: string, on: boolean, change: () => void) =>
    html`<span class=tcf-switch><span id=${id}>${label}</span><button part=switch role=switch aria-checked=${on} aria-labelledby="${of} ${id}" @click=${change}></button></span>`;

  /** An entry with its description behind a disclosure triangle. */
  const entry = (section: Section, id: number, labelId: string) =>
    html`<details><summary id=${labelId}>${name(section, id)}</summary><p class=small>${texts[section][id]?.description}</p></details>`;

  const firstLayer = () => {
    const { stacks, purposes, specialFeatures } = firstLayerItems(list, config.stacks);
    const features = [...new Set([...specialFeatures, ...stacks.flatMap((s) => list.stacks[s]!.specialFeatures)])];
    const iab = vendors.length;
    return html`<div part=tcf-first-layer>
      <p>${fill(strings.tcfIntro, { count: iab + host.otherPartners })}</p>
      <ul class=tcf-list>${[
        ...stacks.map((s) => html`<li>${name('stacks', s)}</li>`),
        ...purposes.map((p) => html`<li>${name('purposes', p)}</li>`),
      ]}</ul>
      ${
        features.length
          ? html`<p>${strings.tcfSpecialFeaturesNote}</p><ul class=tcf-list>${features.map((f) => html`<li>${name('specialFeatures', f)}</li>`)}</ul>`
          : nothing
      }
      <p>${liPurposes.size ? html`${strings.tcfLegitimateInterestNote} ` : nothing}${strings.tcfScope} ${strings.tcfChangeMind}</p>
      <p><button part="button tcf-vendors-link" class=link @click=${openVendors}>${strings.tcfVendorsLink}</button> <span class=small>(${fill(strings.tcfPartnerCount, { iab, other: host.otherPartners })})</span></p>
    </div>`;
  };

  /** "See our partners": the second layer, its vendor list open and focused once drawn (see `steps`). */
  const openVendors = () => {
    vendorsShown = true;
    addRows();
    // Opening the dialog starts its steps (`reset`), which clears this; the last step uses it. The
    // link is in the banner, inert while the dialog is open, so the dialog is always opened here.
    host.openPreferences();
    focusVendorsWhenDrawn = true;
  };

  /** Moves focus to the vendor list's heading, if the reader asked for the list since the dialog opened. */
  const focusVendorList = () => {
    if (!focusVendorsWhenDrawn) return;
    focusVendorsWhenDrawn = false;
    const heading = host.root()?.getElementById('cc-TcfVendors');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  const openVendor = (vendor: GvlVendor, event: Event) => {
    if (!(event.target as HTMLDetailsElement).open || open.has(vendor.id)) return;
    open.add(vendor.id);
    host.update();
    void fetchDisclosure(vendor.deviceStorageDisclosureUrl).then((found) => {
      disclosures.set(vendor.id, found);
      host.update();
    });
  };

  const vendorRow = (vendor: GvlVendor) => {
    const id = `cc-TcfV${vendor.id}`;
    return html`<li part=tcf-vendor>
      <details @toggle=${(e: Event) => openVendor(vendor, e)}><summary id=${id}>${vendor.name}</summary>${
        open.has(vendor.id) ? vendorDetails(vendor, texts, strings, disclosures.get(vendor.id)) : nothing
      }</details>
      <div class=tcf-switches>${
        vendor.purposes.length || vendor.flexiblePurposes.length
          ? toggle(id, `${id}c`, strings.tcfConsent, draft.vendorConsents.includes(vendor.id), () =>
              set('vendorConsents', vendor.id),
            )
          : nothing
      }${
        vendor.legIntPurposes.length
          ? toggle(
              id,
              `${id}l`,
              strings.tcfLegitimateInterest,
              draft.vendorLegitimateInterests.includes(vendor.id),
              () => set('vendorLegitimateInterests', vendor.id),
            )
          : nothing
      }</div>
    </li>`;
  };

  const showVendors = (event: Event) => {
    const shown = (event.target as HTMLDetailsElement).open;
    if (shown == vendorsShown) return;
    vendorsShown = shown;
    if (rows) host.update();
    else addRows();
  };

  /** The publisher's own purposes (`tcf.publisherPurposes.custom`), each with the switch of its legal basis. */
  const customPurposes = () =>
    config.publisherPurposes?.custom.length
      ? html`<ul class=tcf-items>${config.publisherPurposes.custom.map((purpose, i) => {
          const id = `cc-TcfC${i + 1}`;
          const key =
            purpose.legalBasis == 'consent' ? 'publisherCustomConsents' : 'publisherCustomLegitimateInterests';
          const label = purpose.legalBasis == 'consent' ? strings.tcfConsent : strings.tcfLegitimateInterest;
          return html`<li><details><summary id=${id}>${localize(purpose.title, strings.$code)}</summary><p class=small>${localize(purpose.description, strings.$code)}</p></details><div class=tcf-switches>${toggle(id, `${id}s`, label, draft[key].includes(i + 1), () => set(key, i + 1))}</div></li>`;
        })}</ul>`
      : nothing;

  /** One section of the second layer: its heading and an item per ID, or nothing when the list has none. */
  const section = (key: Section, heading: string, body: (id: number) => unknown) => {
    const entries = ids(list[key] as Record<string, unknown>);
    return entries.length
      ? html`<h3>${heading}</h3><ul class=tcf-items>${entries.map((n) => html`<li>${body(n)}</li>`)}</ul>`
      : nothing;
  };

  const secondLayer = () => {
    // Drawn in two steps after the dialog opened (see `steps`): the purposes, then the rest.
    return html`<div part=tcf-second-layer>
      ${
        steps < 1
          ? nothing
          : section('purposes', strings.tcfPurposes, (p) => {
              const id = `cc-TcfP${p}`;
              return html`${entry('purposes', p, id)}<div class=tcf-switches>${toggle(id, `${id}c`, strings.tcfConsent, draft.purposeConsents.includes(p), () => set('purposeConsents', p))}${
                liPurposes.has(p)
                  ? toggle(
                      id,
                      `${id}l`,
                      strings.tcfLegitimateInterest,
                      draft.purposeLegitimateInterests.includes(p),
                      () => set('purposeLegitimateInterests', p),
                    )
                  : nothing
              }</div>`;
            })
      }
      ${steps < 1 ? nothing : customPurposes()}
      ${steps < STEPS ? nothing : restOfSecondLayer()}
    </div>`;
  };

  /** The second layer after the purposes: special features, special purposes, features, the vendor list. */
  const restOfSecondLayer = () =>
    html`${section('specialFeatures', strings.tcfSpecialFeatures, (f) => {
      const id = `cc-TcfF${f}`;
      return html`${entry('specialFeatures', f, id)}<div class=tcf-switches>${toggle(id, `${id}c`, strings.tcfConsent, draft.specialFeatureOptins.includes(f), () => set('specialFeatureOptins', f))}</div>`;
    })}
      ${section('specialPurposes', strings.tcfSpecialPurposes, (s) => entry('specialPurposes', s, `cc-TcfS${s}`))}
      ${section('features', strings.tcfFeatures, (f) => entry('features', f, `cc-TcfX${f}`))}
      <h3 id=cc-TcfVendors tabindex=-1>${strings.tcfVendors} (${vendors.length})</h3>
      <details class=tcf-vendors ?open=${vendorsShown} @toggle=${showVendors}><summary>${strings.tcfVendorsLink}</summary>${
        vendorsShown ? html`<ul part=tcf-vendors>${vendors.slice(0, rows).map(vendorRow)}</ul>` : nothing
      }</details>
      <h3>${strings.tcfOtherPartners}</h3>`;

  /** The draft, with the publisher's own TCF purposes following the reader's switches for the same purposes. */
  const signals = (): TcfSignals => {
    const publisher = config.publisherPurposes;
    if (!publisher) return structuredClone(draft);
    return {
      ...structuredClone(draft),
      publisherConsents: publisher.consent.filter((p) => draft.purposeConsents.includes(p)),
      publisherLegitimateInterests: publisher.legitimateInterest.filter((p) =>
        draft.purposeLegitimateInterests.includes(p),
      ),
    };
  };

  return {
    firstLayer: () => (prepare(), firstLayer()),
    secondLayer: () => (prepare(), secondLayer()),
    reset: () => {
      draft = handle.signals();
      steps = 0;
      focusVendorsWhenDrawn = false;
      const next = () => {
        steps++;
        host.update();
        if (steps < STEPS) setTimeout(next);
        else void host.drawn().then(focusVendorList);
      };
      setTimeout(next);
    },
    signals,
    setLanguage,
  };
};
