/**
 * Layouts, themes, forced colours, reduced motion, focus, contrast, equal weight and the theming
 * API, measured from computed styles and boxes, in every browser. Screenshots of the same are in
 * tests/visual/ (Chromium).
 *
 * Media emulation (dark scheme, reduced motion, forced colours) goes through the command
 * `cc-emulate-media-features` (scripts/visual-regression.mjs), which Chromium has. Firefox over
 * WebDriver BiDi and WebKit over classic WebDriver have no such emulation: there each test asserts
 * what it can without it (named in the test), never nothing.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { styles } from '../../src/ui/styles.js';
import type { CookieConsentConfig } from '../../src/core/types.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { CONFIG, clearCookies, deepActive, mount, openPreferences, part, parts, switchFor } from './helpers.js';

/** What this test reads of custom-elements.json. */
interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      cssProperties: { name: string; default?: string }[];
      cssParts: { name: string }[];
    }[];
  }[];
}

type Feature = { name: string; value: string };
type Theme = 'light' | 'dark' | 'auto';
type Look = { layout: 'bar' | 'box'; position: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' };

const emulate = (features: Feature[]) =>
  executeServerCommand<boolean, { features: Feature[] }>('cc-emulate-media-features', { features });

const LAYOUTS: Look[] = [
  { layout: 'bar', position: 'bottom' },
  { layout: 'bar', position: 'top' },
  { layout: 'box', position: 'bottom-right' },
  { layout: 'box', position: 'bottom-left' },
];
const THEMES: Theme[] = ['light', 'dark', 'auto'];
const name = (look: Partial<Look>, theme?: string) => [look.layout, look.position, theme].filter(Boolean).join(' ');

// ---------------------------------------------------------------- colours

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
canvas.canvas.width = canvas.canvas.height = 1;

/** [r, g, b, a] (0–255, alpha 0–1) of a computed colour, whatever syntax the browser reports. */
function rgba(color: string): [number, number, number, number] {
  const m = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (m) {
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  }
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const over = (top: number[], below: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + below[i]! * (1 - top[3]!));

function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG 2 contrast ratio of two opaque colours. */
function ratio(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const up = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The opaque colour behind an element: its own background, else its ancestors', blended (white at the end). */
function backdrop(el: Element | null): number[] {
  const layers: number[][] = [];
  for (let e = el; e; e = up(e)) {
    const bg = rgba(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight((below, top) => over(top, below), [255, 255, 255]);
}

const textColour = (el: Element) => over(rgba(getComputedStyle(el).color), backdrop(el));

/** Every element of the widget with text of its own (not only inside children). */
function textElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (e) =>
      e.getClientRects().length > 0 &&
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
}

/** The knob of a switch is its ::after. */
const knob = (s: Element) => over(rgba(getComputedStyle(s, '::after').backgroundColor), backdrop(s));

// ---------------------------------------------------------------- set-up

async function mountLook(look: Partial<Look> & { theme?: Theme }, config: CookieConsentConfig = CONFIG) {
  return mount({ ...config, ...look });
}

/** Whether the browser can emulate media features here (Chromium: yes; Firefox over BiDi, WebKit over WebDriver: no). */
let canEmulate = false;

describe('<cookie-consent> look', () => {
  before(async () => {
    canEmulate = await emulate([]);
  });
  beforeEach(async () => {
    await clearCookies();
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(async () => {
    await clearCookies();
    if (canEmulate) await emulate([]);
  });
  after(() => setViewport({ width: 800, height: 600 }));

  describe('layouts', () => {
    const vw = () => document.documentElement.clientWidth;
    const vh = () => document.documentElement.clientHeight;

    for (const [look, where] of [
      [{ layout: 'bar', position: 'bottom' }, 'bottom'],
      [{ layout: 'bar', position: 'top' }, 'top'],
      [{ layout: 'box', position: 'bottom-right' }, 'bottom-right'],
      [{ layout: 'box', position: 'bottom-left' }, 'bottom-left'],
      // Positions of the other layout: the layout's default.
      [{ layout: 'bar', position: 'bottom-left' }, 'bottom'],
      [{ layout: 'box', position: 'top' }, 'bottom-right'],
    ] as [Look, string][])
      it(`draws ${name(look)} at the ${where}`, async () => {
        const el = await mountLook(look);
        const r = part(el, 'banner')!.getBoundingClientRect();
        expect(getComputedStyle(part(el, 'banner')!).position).to.equal('fixed');
        if (where == 'bottom' || where == 'top') {
          expect([r.left, r.right]).to.deep.equal([0, vw()]);
          expect(Math.round(where == 'top' ? r.top : r.bottom)).to.equal(where == 'top' ? 0 : vh());
        } else {
          // A card 24rem wide, 1rem from the corner.
          expect(r.width).to.be.at.most(384);
          expect(Math.round(vh() - r.bottom)).to.equal(16);
          expect(Math.round(where == 'bottom-left' ? r.left : vw() - r.right)).to.equal(16);
        }
      });

    for (const display of ['flex', 'grid', 'block'])
      it(`moves no page content, even as the first child of a ${display} box with gaps`, async () => {
        for (const look of LAYOUTS) {
          const page = await fixture<HTMLElement>(html`<div style="display: ${display}; gap: 24px; row-gap: 24px">
            <p id="first" style="margin: 0">Headline</p>
          </div>`);
          const first = page.querySelector('#first')!;
          const before = first.getBoundingClientRect().top;
          const el = document.createElement('cookie-consent');
          el.config = { ...CONFIG, ...look };
          page.prepend(el);
          await el.updateComplete;
          expect(part(el, 'banner'), name(look)).not.to.equal(null);
          expect(first.getBoundingClientRect().top, name(look)).to.equal(before);
          expect(el.getBoundingClientRect().height, name(look)).to.equal(0);
          page.remove();
        }
      });

    // The demo article, as a 375 × 667 phone shows it (an iframe of that size is that phone's window).
    for (const look of LAYOUTS)
      it(`leaves the headline of the demo article readable on a 375 × 667 phone: ${name(look)}`, async () => {
        const frame = await fixture<HTMLIFrameElement>(
          html`<iframe title="phone-sized page" style="width: 375px; height: 667px; border: 0"></iframe>`,
        );
        const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
        frame.src = `/demo/index.html?layout=${look.layout}&position=${look.position}`;
        await loaded;
        const doc = frame.contentDocument!;
        const find = () =>
          doc.querySelector('cookie-consent')?.shadowRoot?.querySelector<HTMLElement>('[part~="banner"]');
        await waitUntil(find, 'no banner on the demo page (is dist/ built?)');
        const banner = find()!;
        await aTimeout(50);
        const headline = doc.querySelector('h1')!.getBoundingClientRect();
        const b = banner.getBoundingClientRect();
        expect(headline.bottom, 'headline above the banner').to.be.at.most(b.top);
        expect(b.height, 'banner height').to.be.at.most(667 * 0.5);
        for (const button of banner.querySelectorAll('button')) {
          const r = button.getBoundingClientRect();
          expect(r.top).to.be.at.least(b.top);
          expect(r.bottom).to.be.at.most(667);
        }
      });

    it('keeps the bar modest on a phone: a long message scrolls inside it, the buttons stay in view', async () => {
      const long = 'We use cookies to make this site work. '.repeat(12);
      const el = await mount({ ...CONFIG, translations: { en: { bannerText: long } } });
      await setViewport({ width: 375, height: 667 });
      const banner = part(el, 'banner')!;
      const message = part(el, 'message')!;
      expect(banner.getBoundingClientRect().height).to.be.at.most(667 * 0.5);
      expect(message.scrollHeight, 'the message scrolls').to.be.above(message.clientHeight);
      for (const b of parts(el, 'button')) expect(b.getBoundingClientRect().bottom).to.be.at.most(667);
      // On a wide window nothing scrolls: the message has the room it needs.
      await setViewport({ width: 800, height: 600 });
      expect(message.scrollHeight).to.be.at.most(message.clientHeight + 1);
    });

    it('centres the preferences dialog on a desktop', async () => {
      const el = await mount();
      const dialog = await openPreferences(el);
      const r = dialog.getBoundingClientRect();
      expect(Math.abs(r.left - (vw() - r.right))).to.be.at.most(1);
      expect(Math.abs(r.top - (vh() - r.bottom))).to.be.at.most(1);
      expect(r.width).to.be.at.most(640);
    });

    for (const [width, height] of [
      [375, 667],
      [320, 568],
    ] as const)
      it(`gives the dialog the whole ${width} × ${height} screen: buttons in view, categories scrolling between`, async () => {
        const el = await mount({
          ...CONFIG,
          categories: {
            ...CONFIG.categories,
            functional: {},
            personalisation: { description: 'Remember what you read. '.repeat(6) },
          },
        });
        const dialog = await openPreferences(el);
        await setViewport({ width, height });
        const r = dialog.getBoundingClientRect();
        expect([r.left, r.top, r.width, r.height].map(Math.round)).to.deep.equal([0, 0, width, height]);
        const body = part(el, 'preferences-body')!;
        expect(body.scrollHeight, 'the categories scroll').to.be.above(body.clientHeight);
        const inView = () => {
          for (const b of dialog.querySelectorAll<HTMLElement>('[part~="preferences-footer"] button')) {
            const br = b.getBoundingClientRect();
            expect(br.top).to.be.at.least(0);
            expect(br.bottom).to.be.at.most(height);
          }
        };
        inView();
        body.scrollTop = body.scrollHeight;
        inView();
        const last = [...dialog.querySelectorAll('[role="switch"]')].pop()!.getBoundingClientRect();
        expect(last.bottom, 'the last switch scrolls into view').to.be.at.most(
          part(el, 'preferences-footer')!.getBoundingClientRect().top,
        );
      });
  });

  describe('themes and contrast (WCAG AA)', () => {
    /** Mounts in a theme; for 'auto' with the reader's system set to `scheme` (where it can be emulated). */
    async function themed(theme: Theme, scheme: 'light' | 'dark', config = CONFIG) {
      if (canEmulate) await emulate([{ name: 'prefers-color-scheme', value: scheme }]);
      return mountLook({ theme }, config);
    }

    const cases: [Theme, 'light' | 'dark'][] = [
      ['light', 'dark'],
      ['dark', 'light'],
      ['auto', 'light'],
      ['auto', 'dark'],
    ];
    for (const [theme, scheme] of cases)
      it(`passes AA in theme ${theme} (system ${scheme}): text 4.5:1, switch outlines and focus ring 3:1`, async function () {
        const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
        if (!canEmulate && theme == 'auto' && systemDark() != (scheme == 'dark')) {
          // No emulation here (Firefox, WebKit): 'auto' is checked against what the system really is, and
          // must look exactly like the theme that matches it.
          const auto = await mountLook({ theme: 'auto' });
          const auto1 = getComputedStyle(part(auto, 'banner')!).backgroundColor;
          auto.remove();
          const same = await mountLook({ theme: systemDark() ? 'dark' : 'light' });
          expect(auto1).to.equal(getComputedStyle(part(same, 'banner')!).backgroundColor);
          return;
        }
        const gpc = { ...CONFIG, categories: { ...CONFIG.categories, functional: {} } };
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
        let el: CookieConsentElement;
        try {
          el = await themed(theme, scheme, gpc);
        } finally {
          delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
        }
        const dark = theme == 'dark' || (theme == 'auto' && scheme == 'dark');
        const bannerBg = backdrop(part(el, 'banner'));
        expect(luminance(bannerBg) < 0.2, 'dark background').to.equal(dark);
        const check = (root: ParentNode) => {
          const texts = textElements(root);
          expect(texts.length).to.be.above(3);
          for (const t of texts) {
            const r = ratio(textColour(t), backdrop(t));
            expect(r, `"${t.textContent.trim().slice(0, 30)}" (${t.localName}.${t.className})`).to.be.at.least(4.5);
          }
        };
        check(part(el, 'banner')!);
        expect(part(el, 'gpc-notice'), 'GPC line (muted text) checked too').not.to.equal(null);
        const dialog = await openPreferences(el);
        check(dialog);
        switchFor(el, 'Analytics').click();
        await el.updateComplete;
        for (const s of dialog.querySelectorAll<HTMLButtonElement>('[role="switch"]')) {
          const label = s.getAttribute('aria-labelledby');
          const bg = backdrop(up(s));
          if (s.getAttribute('aria-checked') == 'false') {
            // The outline is what shows an off switch (WCAG 1.4.11): 3:1 against the dialog.
            expect(
              ratio(over(rgba(getComputedStyle(s).borderTopColor), bg), bg),
              `${label} off: outline`,
            ).to.be.at.least(3);
          } else if (!s.disabled) {
            expect(ratio(backdrop(s), bg), `${label} on: track`).to.be.at.least(3);
          }
          expect(ratio(knob(s), backdrop(s)), `${label}: knob`).to.be.at.least(3);
        }
        // The focus ring against what is around it.
        const accept = dialog.querySelector<HTMLElement>('[part~="accept-all"]')!;
        accept.focus();
        await sendKeys({ press: 'Tab' });
        const focused = deepActive() as HTMLElement;
        const ring = over(rgba(getComputedStyle(focused).outlineColor), backdrop(up(focused)));
        expect(ratio(ring, backdrop(up(focused))), 'focus ring').to.be.at.least(3);
      });

    it("'auto' follows the reader's system, 'light' and 'dark' do not", async () => {
      const bg = async (theme: Theme) => {
        const el = await mountLook({ theme });
        const c = getComputedStyle(part(el, 'banner')!).backgroundColor;
        el.remove();
        return c;
      };
      const [light, dark] = [await bg('light'), await bg('dark')];
      expect(light).not.to.equal(dark);
      if (canEmulate) {
        for (const scheme of ['light', 'dark'] as const) {
          await emulate([{ name: 'prefers-color-scheme', value: scheme }]);
          expect(await bg('auto'), `auto, system ${scheme}`).to.equal(scheme == 'dark' ? dark : light);
          expect(await bg('light')).to.equal(light);
          expect(await bg('dark')).to.equal(dark);
        }
      } else {
        // Firefox, WebKit: what the system is now.
        expect(await bg('auto')).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? dark : light);
      }
    });
  });

  describe('equal weight (docs/compliance.md R04/R15)', () => {
    const LOOK_PROPS = [
      'fontFamily',
      'fontSize',
      'fontWeight',
      'fontStyle',
      'lineHeight',
      'letterSpacing',
      'textTransform',
      'textDecorationLine',
      'color',
      'backgroundColor',
      'backgroundImage',
      'borderTopWidth',
      'borderTopStyle',
      'borderTopColor',
      'borderBottomWidth',
      'borderLeftWidth',
      'borderRightWidth',
      'borderTopLeftRadius',
      'paddingTop',
      'paddingLeft',
      'opacity',
      'visibility',
      'filter',
      'transform',
      'scale',
      'rotate',
      'translate',
      'boxShadow',
      'display',
      'order',
    ] as const;
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      return Object.fromEntries(LOOK_PROPS.map((p) => [p, s[p]]));
    };
    /** Accept and reject (and the third button) in a group: same box, same look, both in view and big enough to tap. */
    const expectEqual = (group: Element, what: string) => {
      const [accept, reject, third] = [...group.querySelectorAll<HTMLElement>('button')];
      const box = (b: HTMLElement) => b.getBoundingClientRect();
      for (const other of [reject!, third!]) {
        expect(Math.abs(box(other).width - box(accept!).width), `${what}: width`).to.be.below(0.5);
        expect(Math.abs(box(other).height - box(accept!).height), `${what}: height`).to.be.below(0.5);
        expect(look(other), what).to.deep.equal(look(accept!));
      }
      for (const b of [accept!, reject!]) {
        const r = box(b);
        expect(r.height, `${what}: ${b.textContent} tappable`).to.be.at.least(44);
        expect(
          r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
          `${what}: ${b.textContent} in view`,
        ).to.equal(true);
      }
    };

    for (const viewport of [
      { width: 800, height: 600 },
      { width: 375, height: 667 },
    ])
      for (const layout of LAYOUTS)
        it(`gives "Accept all" and "Reject all" the same size, font and colours: ${name(layout)}, every theme, ${viewport.width} px`, async () => {
          await setViewport(viewport);
          for (const theme of THEMES) {
            const el = await mountLook({ ...layout, theme });
            expectEqual(part(el, 'actions')!, `${name(layout, theme)} banner`);
            const dialog = await openPreferences(el);
            expectEqual(dialog.querySelector('[part~="actions"]')!, `${name(layout, theme)} dialog`);
            el.remove();
          }
        });

    it("cannot be undone by a page's ::part() rules, even important ones", async () => {
      const css = document.createElement('style');
      css.textContent = `
        cookie-consent::part(reject-all) { font-size: 8px !important; font-weight: 100 !important; opacity: 0.3 !important;
          color: #bbb !important; background: #eee !important; border: 0 !important; padding: 0 !important; min-height: 0 !important;
          height: 12px !important; width: 40px !important; display: none !important; visibility: hidden !important;
          order: 9 !important; transform: scale(0.5) !important; filter: blur(2px) !important; margin: 40px !important;
          scale: 0.5 !important; rotate: 45deg !important; translate: 0 300px !important; }
        cookie-consent::part(accept-all) { font-size: 30px !important; font-weight: 900 !important; background: green !important; }
        cookie-consent::part(button) { text-transform: uppercase; }`;
      document.head.append(css);
      try {
        const el = await mount();
        expectEqual(part(el, 'actions')!, 'banner');
        // What a page may style on every button alike still reaches them all.
        expect(getComputedStyle(part(el, 'reject-all')!).textTransform).to.equal('uppercase');
        expect(getComputedStyle(part(el, 'accept-all')!).textTransform).to.equal('uppercase');
        expectEqual((await openPreferences(el)).querySelector('[part~="actions"]')!, 'dialog');
      } finally {
        css.remove();
      }
    });

    it('styles every choice button with the one rule: no selector names a single one', () => {
      const text = styles;
      expect(text).to.contain('[part=actions] * {');
      expect(text).not.to.match(/accept|reject|manage|save/i);
    });
  });

  describe('forced colours, reduced motion, focus', () => {
    /** The style rules inside the widget's `@media (…feature…)` blocks, from its live stylesheets. */
    const mediaRules = (el: CookieConsentElement, feature: string) =>
      [
        ...(el.shadowRoot!.adoptedStyleSheets.length
          ? el.shadowRoot!.adoptedStyleSheets
          : [...el.shadowRoot!.styleSheets]),
      ]
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(feature))
        .flatMap((r) => [...r.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
    /** `value !important` or `value` of a property in the rule for `selector`. */
    const declared = (rules: CSSStyleRule[], selector: string, property: string) => {
      const rule = rules.find((r) => r.selectorText.replace(/'/g, '"') == selector);
      if (!rule) return undefined;
      const priority = rule.style.getPropertyPriority(property);
      return rule.style.getPropertyValue(property).toLowerCase() + (priority ? ` !${priority}` : '');
    };

    it('keeps switches readable and buttons outlined in forced colours (Windows high contrast)', async () => {
      const el = await mount();
      const dialog = await openPreferences(el);
      switchFor(el, 'Analytics').click();
      await el.updateComplete;
      if (!(await emulate([{ name: 'forced-colors', value: 'active' }]))) {
        // Firefox and WebKit here cannot emulate forced colours: the rules that do it are there,
        // and every button has a border of its own (the browser draws it in the system's text colour).
        const forced = mediaRules(el, 'forced-colors: active');
        if (CSS.supports('forced-color-adjust', 'none')) {
          expect(declared(forced, '[part="switch"]', 'forced-color-adjust')).to.equal('none');
        } else {
          // WebKit (WebKitGTK 2.50, as Safari) has no forced-colours mode at all, so nothing to
          // emulate: `forced-colors` is always `none` and it drops `forced-color-adjust`, a property
          // it does not know (its WebDriver has no BiDi and no media emulation either; GTK's
          // HighContrast theme only turns on `prefers-contrast: more`). The rule's system colours below
          // are all that applies there, and only if WebKit ever gets the mode.
          expect(matchMedia('(forced-colors: none)').matches, 'WebKit: forced-colors is none').to.equal(true);
          expect(declared(forced, '[part="switch"]', 'forced-color-adjust'), 'WebKit drops it').to.equal('');
        }
        // What the switch rule declares there, applied to the switches, draws them in system
        // colours: off a ButtonFace track with a ButtonText edge and knob, on Highlight with a
        // HighlightText knob.
        const rule = forced.find((r) => r.selectorText.replace(/'/g, '"') == '[part="switch"]')!;
        const on = switchFor(el, 'Analytics');
        const off = switchFor(el, 'Marketing');
        for (const s of [on, off]) s.style.cssText = rule.style.cssText;
        const probe = dialog.appendChild(document.createElement('i'));
        const system = (colour: string) => ((probe.style.color = colour), getComputedStyle(probe).color);
        const drawn = (s: Element, pseudo?: string) => getComputedStyle(s, pseudo).backgroundColor;
        expect(drawn(off), 'off track').to.equal(system('ButtonFace'));
        expect(getComputedStyle(off).borderTopColor, 'off edge').to.equal(system('ButtonText'));
        expect(drawn(off, '::after'), 'off knob').to.equal(system('ButtonText'));
        expect(drawn(on), 'on track').to.equal(system('Highlight'));
        expect(drawn(on, '::after'), 'on knob').to.equal(system('HighlightText'));
        probe.remove();
        for (const s of [on, off]) s.style.cssText = '';
        for (const b of dialog.querySelectorAll<HTMLElement>('button:not([role="switch"])'))
          expect(parseFloat(getComputedStyle(b).borderTopWidth), b.textContent).to.be.at.least(1);
        for (const b of parts(el, 'button')) expect(parseFloat(getComputedStyle(b).borderTopWidth)).to.be.at.least(1);
        return;
      }
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const on = switchFor(el, 'Analytics');
      const off = switchFor(el, 'Marketing');
      const track = (s: Element) => backdrop(s);
      // On and off differ in fill, and the knob stands out from its track in both.
      expect(ratio(track(on), track(off)), 'on vs off track').to.be.at.least(3);
      expect(ratio(knob(on), track(on)), 'knob on').to.be.at.least(3);
      expect(ratio(knob(off), track(off)), 'knob off').to.be.at.least(3);
      expect(
        ratio(over(rgba(getComputedStyle(off).borderTopColor), track(off)), backdrop(up(off))),
        'off outline',
      ).to.be.at.least(3);
      // Every button, the close button included, has a visible edge.
      for (const b of [
        ...dialog.querySelectorAll<HTMLElement>('button:not([role="switch"])'),
        ...parts(el, 'button'),
      ]) {
        const s = getComputedStyle(b);
        expect(parseFloat(s.borderTopWidth), `${b.textContent} border`).to.be.at.least(1);
        expect(
          ratio(over(rgba(s.borderTopColor), backdrop(up(b))), backdrop(up(b))),
          `${b.textContent} border colour`,
        ).to.be.at.least(3);
      }
    });

    it('turns motion off for a reader who asks, even motion a page adds through ::part()', async () => {
      const css = document.createElement('style');
      css.textContent = `
        @keyframes cc-look-pulse { from { opacity: 0.5 } }
        cookie-consent::part(banner) { animation: cc-look-pulse 1s infinite !important; transition: opacity 1s !important; }`;
      const motion = (e: Element) => {
        const s = getComputedStyle(e);
        return `${s.animationName} ${s.transitionDuration}`;
      };
      const el = await mount();
      // The widget itself has no motion.
      for (const e of [part(el, 'banner')!, ...parts(el, 'button')]) expect(motion(e)).to.equal('none 0s');
      document.head.append(css);
      try {
        expect(motion(part(el, 'banner')!), 'the page may add motion').to.equal('cc-look-pulse 1s');
        if (await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }])) {
          expect(motion(part(el, 'banner')!)).to.equal('none 0s');
        } else {
          // Firefox and WebKit here cannot emulate the preference: the important rule that does it is there.
          const reduce = mediaRules(el, 'prefers-reduced-motion: reduce');
          const all = '*, ::before, ::after, ::backdrop';
          expect(declared(reduce, all, 'animation-name')).to.equal('none !important');
          expect(declared(reduce, all, 'transition-duration')).to.equal('0s !important');
        }
      } finally {
        css.remove();
      }
    });

    for (const theme of ['light', 'dark'] as const)
      it(`shows a focus ring on everything focusable, banner and dialog, theme ${theme}`, async () => {
        const start = document.createElement('button');
        start.textContent = 'before';
        document.body.prepend(start);
        try {
          const el = await mountLook({ theme });
          start.focus();
          const seen = new Set<Element>();
          const expectRing = (what: string) => {
            const f = deepActive() as HTMLElement;
            const s = getComputedStyle(f);
            expect(s.outlineStyle, `${what}: ${f.textContent || f.getAttribute('aria-labelledby')}`).to.equal('solid');
            expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
            expect(ratio(over(rgba(s.outlineColor), backdrop(up(f))), backdrop(up(f))), 'ring contrast').to.be.at.least(
              3,
            );
            seen.add(f);
          };
          for (let i = 0; i < 4; i++) {
            await sendKeys({ press: 'Tab' });
            expectRing('banner');
          }
          expect(seen.size).to.equal(4);
          const dialog = await openPreferences(el);
          const focusable = dialog.querySelectorAll('button:not(:disabled), a[href]').length;
          dialog.querySelector<HTMLElement>('[part~="close"]')!.focus();
          expectRing('dialog');
          for (let i = 1; i < focusable; i++) {
            await sendKeys({ press: 'Tab' });
            expectRing('dialog');
          }
          expect(seen.size).to.equal(4 + focusable);
        } finally {
          start.remove();
        }
      });
  });

  describe('theming API', () => {
    it("inherits the page's font family by default", async () => {
      const page = await fixture<HTMLElement>(html`<div style="font-family: 'Liberation Serif', serif; font-size: 9px">
        <cookie-consent .config=${CONFIG}></cookie-consent>
      </div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'banner')!).fontFamily).to.equal(getComputedStyle(page).fontFamily);
      expect(getComputedStyle(part(el, 'accept-all')!).fontFamily).to.equal(getComputedStyle(page).fontFamily);
      // The size is our own (the reader's default, medium), so a page's small print does not shrink it.
      const medium = await fixture<HTMLElement>(html`<p style="font-size: medium">x</p>`);
      expect(getComputedStyle(part(el, 'message')!).fontSize).to.equal(getComputedStyle(medium).fontSize);
      expect(getComputedStyle(part(el, 'accept-all')!).fontSize).to.equal(getComputedStyle(medium).fontSize);
    });

    it('takes colours, font, radius, spacing and z-index from --cc-* properties', async () => {
      const el = await mount();
      el.style.cssText = `--cc-bg: rgb(250, 240, 230); --cc-fg: rgb(10, 20, 30); --cc-button-bg: rgb(0, 60, 120);
        --cc-button-fg: rgb(255, 255, 255); --cc-font: monospace; --cc-font-size: 20px; --cc-radius: 0px; --cc-space: 8px;
        --cc-z-index: 5; --cc-border: rgb(1, 2, 3); --cc-line-height: 2;`;
      const banner = getComputedStyle(part(el, 'banner')!);
      expect(banner.backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(banner.color).to.equal('rgb(10, 20, 30)');
      expect(banner.zIndex).to.equal('5');
      expect(banner.paddingTop).to.equal('8px');
      expect(banner.borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(banner.fontFamily).to.equal('monospace');
      expect(banner.fontSize).to.equal('20px');
      expect(banner.lineHeight).to.equal('40px');
      for (const b of ['accept-all', 'reject-all', 'manage']) {
        const s = getComputedStyle(part(el, b)!);
        expect(s.backgroundColor, b).to.equal('rgb(0, 60, 120)');
        expect(s.color, b).to.equal('rgb(255, 255, 255)');
        expect(s.borderTopLeftRadius, b).to.equal('0px');
        expect(s.paddingLeft, b).to.equal('8px');
      }
    });

    it('lists every --cc-* property it reads and every part it renders in custom-elements.json', async () => {
      const response = await fetch('/custom-elements.json');
      expect(response.ok, 'custom-elements.json missing: npm run manifest').to.equal(true);
      const manifest = (await response.json()) as Manifest;
      const element = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === 'cookie-consent')!;
      const documented = new Set(element.cssProperties.map((p) => p.name));
      const used = new Set(styles.match(/--cc-[a-z-]+/g));
      expect([...used].sort()).to.deep.equal([...documented].sort());
      for (const p of element.cssProperties) expect(p.default, p.name).to.be.a('string').and.not.equal('');

      // Every part there is: banner with the GPC line, dialog with services, then the reopen button.
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      const rendered = new Set<string>();
      const collect = () =>
        el.shadowRoot!.querySelectorAll('[part]').forEach((e) =>
          e
            .getAttribute('part')!
            .split(/\s+/)
            .forEach((p) => rendered.add(p)),
        );
      let el: CookieConsentElement;
      try {
        el = await mount({ ...CONFIG, reopenButton: true });
        collect();
        await openPreferences(el);
        collect();
        el.rejectAll();
        await el.updateComplete;
        collect();
      } finally {
        delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
      }
      // The tcf-* parts are drawn only with IAB TCF: tests/tcf/screens.test.ts checks those.
      const parts = element.cssParts
        .map((p) => p.name)
        .filter((p) => !p.startsWith('tcf-'))
        .sort();
      expect([...rendered].sort()).to.deep.equal(parts);
    });
  });
});
