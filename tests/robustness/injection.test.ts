/**
 * Injection (issue 6, docs/contract.md §2, §4, §8): every config string is rendered as text; policyUrl and
 * recordEndpoint take only http(s) and relative URLs; gated content never becomes script from text
 * the page did not write as a script.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../storage/clear-cookies.js';
import fc from 'fast-check';
import '../../src/define.js';
import { validateConfig } from '../../src/core/config.js';
import type { CookieConsentConfig } from '../../src/core/types.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { HOSTILE_TEXT, runs, unsafeUrlArb } from './arbitraries.js';
import { closeAll, deleteCookies, open, settle } from './page.js';

const COOKIE = 'cc_rb_inj';
type Win = Window & { pwned?: unknown };
const win = window as Win;

/** Markup, template and replacement patterns, each tagged so a run of it would say which. */
const evil = (tag: string) =>
  `<img src=x onerror="window.pwned='${tag}'"><script>window.pwned='${tag}'</script>{{7*7}} \${7*7} $& $1 $\` {name} </p><b>${tag}</b>`;

const KEYS = [
  'bannerTitle',
  'bannerText',
  'learnMore',
  'acceptAll',
  'rejectAll',
  'manage',
  'preferencesTitle',
  'preferencesText',
  'save',
  'close',
  'alwaysOn',
  'services',
] as const;

const hostileConfig = (): CookieConsentConfig => ({
  policyUrl: '/cookies',
  cookie: { name: COOKIE },
  categories: {
    necessary: { required: true, title: evil('necessary.title'), description: evil('necessary.description') },
    analytics: {
      title: { en: evil('analytics.title.en'), cy: 'x' },
      description: { en: evil('analytics.description.en') },
      services: { ga4: { title: evil('ga4.title'), description: evil('ga4.description') } },
    },
    marketing: {
      title: HOSTILE_TEXT.join(' | '),
      services: { video: { title: "Video $& $` $' $1 {category} <b>x</b>" } },
    },
  },
  translations: {
    en: {
      ...Object.fromEntries(KEYS.map((k) => [k, evil(k)])),
      embedLabel: '{name} <img src=x onerror="window.pwned=1">',
      embedMessage: '{name} needs {category} ${x} {{x}}',
      embedAllow: 'Allow {name} <b>',
    },
  },
});

async function mount(config: CookieConsentConfig): Promise<CookieConsentElement> {
  const el = await fixture<CookieConsentElement>(html`<cookie-consent .config=${config}></cookie-consent>`);
  await el.updateComplete;
  return el;
}

const clearCookie = () => clearCookies((name) => name === COOKIE);

/** Captures console.error while `fn` runs. */
async function consoleErrors(fn: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return errors;
}

/** No element the config's text could have made: the shadow root holds only the widget's own tags. */
function expectOnlyOwnElements(root: ShadowRoot | Element): void {
  const made = [...root.querySelectorAll('img, script, b, svg, iframe, object, embed, style, link, template')];
  expect(
    made.map((e) => e.outerHTML.slice(0, 80)),
    'elements made from config text',
  ).to.deep.equal([]);
  for (const e of root.querySelectorAll('*'))
    for (const a of e.attributes) expect(a.name, `attribute on <${e.localName}>`).to.not.match(/^on/);
}

describe('injection', function () {
  this.timeout(15_000);

  beforeEach(async () => {
    delete win.pwned;
    await clearCookie();
  });
  afterEach(async () => {
    await clearCookie();
    await closeAll();
  });

  describe('every config string is rendered as text', () => {
    it('banner: translations with markup, {{}}, ${} and $& patterns show literally and run nothing', async () => {
      const el = await mount(hostileConfig());
      const root = el.shadowRoot!;
      const banner = root.querySelector('[part~="banner"]')!;
      expect(banner, 'banner').not.to.equal(null);
      expect(root.querySelector('[part~="title"]')!.textContent).to.equal(evil('bannerTitle'));
      expect(root.querySelector('[part~="message"]')!.textContent).to.contain(evil('bannerText'));
      // The link's text, then its visually hidden continuation (the heading).
      expect(root.querySelector('[part~="link"]')!.textContent).to.equal(
        `${evil('learnMore')}: ${evil('bannerTitle')}`,
      );
      expect(root.querySelector('[part~="accept-all"]')!.textContent.trim()).to.equal(evil('acceptAll'));
      expect(root.querySelector('[part~="reject-all"]')!.textContent.trim()).to.equal(evil('rejectAll'));
      expect(root.querySelector('[part~="manage"]')!.textContent.trim()).to.equal(evil('manage'));
      expectOnlyOwnElements(root);
      await aTimeout(100);
      expect(win.pwned, 'window.pwned').to.equal(undefined);
    });

    it('preferences: category and service titles and descriptions (plain and per language) show literally, also in accessible names', async () => {
      const el = await mount(hostileConfig());
      el.showPreferences();
      await el.updateComplete;
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'dialog did not open');
      const all = dialog.textContent;
      for (const tag of [
        'necessary.title',
        'necessary.description',
        'analytics.title.en',
        'analytics.description.en',
        'ga4.title',
        'preferencesTitle',
        'preferencesText',
        'save',
        'alwaysOn',
      ])
        expect(all, tag).to.contain(evil(tag));
      expect(all).to.contain(HOSTILE_TEXT.join(' | '));
      expect(all).to.contain("Video $& $` $' $1 {category} <b>x</b>");
      expect(root.querySelector('[part~="close"]')!.getAttribute('aria-label'), 'close button name').to.equal(
        evil('close'),
      );
      const services = root.querySelector('ul[aria-label]');
      if (services) expect(services.getAttribute('aria-label')).to.contain(evil('analytics.title.en'));
      expectOnlyOwnElements(root);
      await aTimeout(100);
      expect(win.pwned, 'window.pwned').to.equal(undefined);
    });

    it('the notice in place of a blocked iframe: a service title fills {name} literally, its own {category} or $& included', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div><iframe data-category="marketing" data-service="video" data-src="/tests/fixtures/robustness/embed.html" width="300" height="150" title="video"></iframe></div>`,
      );
      const config = hostileConfig();
      delete config.translations;
      await mount(config);
      await waitUntil(() => holder.querySelector('cc-embed-notice'), 'no notice in place of the blocked iframe');
      const notice = holder.querySelector('cc-embed-notice')!;
      const name = "Video $& $` $' $1 {category} <b>x</b>";
      const category = HOSTILE_TEXT.join(' | ');
      // The English strings: '{name} (blocked)', '{name} is blocked because you have not allowed {category} cookies.', 'Allow {name}'.
      expect(notice.getAttribute('aria-label'), 'accessible name').to.equal(`${name} (blocked)`);
      const shown = notice.shadowRoot!.textContent;
      expect(shown, 'message').to.contain(`${name} is blocked because you have not allowed ${category} cookies.`);
      expect(shown, 'button').to.contain(`Allow ${name}`);
      expectOnlyOwnElements(notice.shadowRoot!);
      await aTimeout(100);
      expect(win.pwned, 'window.pwned').to.equal(undefined);
    });

    it("the notice in place of a blocked iframe uses the site's translations, as text (script with defer)", async () => {
      const page = await open('notice-translations.html');
      await page.ready();
      // Notices go in once a frame has been rendered.
      await waitUntil(() => page.doc.querySelector('cc-embed-notice'), 'no notice in place of the blocked iframe');
      const notice = page.doc.querySelector('cc-embed-notice')!;
      expect(notice.getAttribute('aria-label'), 'accessible name').to.equal('Blocked: Video $&');
      const shown = notice.shadowRoot!.textContent;
      expect(shown, 'message').to.contain('Video $& needs Ads <b>cookies</b>');
      expect(shown, 'button').to.contain('Allow Video $& now');
      expectOnlyOwnElements(notice.shadowRoot!);
    });

    it('the notice in place of a blocked iframe speaks the page\'s language once its pack has loaded (<html lang="cy">)', async () => {
      const page = await open('notice-welsh.html');
      await page.ready();
      await waitUntil(() => page.element().lang === 'cy', 'the widget never switched to Welsh', { timeout: 5000 });
      await page.rendered();
      expect(page.part('accept-all')!.textContent.trim(), 'the banner is in Welsh').to.not.equal('Accept all');
      await waitUntil(() => page.doc.querySelector('cc-embed-notice'), 'no notice in place of the blocked iframe');
      const notice = page.doc.querySelector('cc-embed-notice')!;
      expect(notice.getAttribute('aria-label'), 'accessible name').to.equal('Cynnwys wedi’i rwystro: Fideo');
      expect(notice.shadowRoot!.textContent, 'button').to.contain('Caniatáu Fideo');
    });

    it('random hostile strings anywhere in titles, descriptions and translations render as exactly that text', async () => {
      // Each run mounts an element, so fewer runs than the pure properties.
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            title: fc.oneof(
              fc.constantFrom(...HOSTILE_TEXT),
              fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
            ),
            description: fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ minLength: 1, maxLength: 30 })),
            bannerTitle: fc.oneof(
              fc.constantFrom(...HOSTILE_TEXT),
              fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
            ),
          }),
          async ({ title, description, bannerTitle }) => {
            const el = await mount({
              cookie: { name: COOKIE },
              categories: { necessary: { required: true }, analytics: { title, description } },
              translations: { en: { bannerTitle } },
            });
            const root = el.shadowRoot!;
            expect(root.querySelector('[part~="title"]')!.textContent).to.equal(bannerTitle);
            el.showPreferences();
            await el.updateComplete;
            const cat = root.querySelectorAll('[part~="category"]')[1]!;
            expect(cat.querySelector('[id="cc-analytics"]')!.textContent).to.equal(title);
            expect(cat.textContent).to.contain(description);
            expectOnlyOwnElements(root);
            el.remove();
          },
        ),
        { numRuns: runs(60) },
      );
      await aTimeout(50);
      expect(win.pwned).to.equal(undefined);
    });
  });

  describe('policyUrl and recordEndpoint: http(s) and relative URLs only', () => {
    const REFUSED = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\x00javascript:alert(1)',
      'javascript\n:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/1',
    ];
    for (const key of ['policyUrl', 'recordEndpoint'] as const)
      for (const url of REFUSED)
        it(`${key} ${JSON.stringify(url)} is refused with a config error naming ${key}`, async () => {
          const config = {
            categories: { necessary: { required: true }, analytics: {} },
            cookie: { name: COOKIE },
            [key]: url,
          };
          const { config: resolved, errors } = validateConfig(config);
          expect(resolved).to.equal(null);
          expect(
            errors.some((e) => e.startsWith(key)),
            JSON.stringify(errors),
          ).to.equal(true);
          let el!: CookieConsentElement;
          const logged = await consoleErrors(async () => (el = await mount(config)));
          expect(logged, 'console.error calls').to.have.length(1);
          expect(logged[0]).to.contain(key);
          expect(el.shadowRoot!.querySelector('a, [part~="banner"]'), 'a banner or link').to.equal(null);
          expect(el.hasConsent('analytics')).to.equal(false);
        });

    it('whatever string policyUrl is, if the config is accepted the "Learn more" link is an http(s) link', () => {
      const chars = fc.constantFrom(
        ...'javscriptJAVSCRIPTdtbo:/\\#?&;%3a'.split(''),
        '\t',
        '\n',
        '\r',
        '\x00',
        '\x01',
        ' ',
        '\u00a0',
        '\u2028',
        '\ufeff',
        '&#58;',
        '&colon;',
        '%0a',
      );
      const a = document.createElement('a');
      fc.assert(
        fc.property(
          fc.oneof(
            unsafeUrlArb,
            fc.array(chars, { maxLength: 16 }).map((c) => c.join('')),
            fc
              .tuple(
                fc.array(chars, { maxLength: 3 }),
                fc.constantFrom('javascript', 'data', 'vbscript', 'http', 'https', 'mailto', 'tel'),
                fc.array(chars, { maxLength: 3 }),
              )
              .map(([a, s, b]) => a.join('') + s + b.join('') + ':x'),
          ),
          (url) => {
            const { config } = validateConfig({ categories: { a: {} }, policyUrl: url });
            if (!config) return;
            a.href = url;
            // An href that does not parse (a.protocol is ':') is not a link anywhere: also safe.
            expect(['http:', 'https:', ':'], `${JSON.stringify(url)} → ${a.href}`).to.include(a.protocol);
          },
        ),
        { numRuns: runs(3000) },
      );
    });
  });

  describe('gated content becomes script only from script the page wrote (dist/cookie-consent.min.js)', () => {
    beforeEach(deleteCookies);

    it("img data-src/data-srcset javascript:, a <div>'s text, a <template>, a script's data-src, an iframe's data-srcdoc and Object.prototype names run nothing; gated script text runs once, unchanged", async () => {
      const page = await open('injection-gated.html');
      await page.ready();
      const original = page.doc.getElementById('script-text')!.textContent;
      page.api.acceptAll();
      await waitUntil(
        () => (page.win.gatedText as string[] | undefined)?.length === 1,
        'the gated inline script did not run',
      );
      await settle(300);
      expect(page.win.gatedText, 'the text that ran').to.deep.equal([original]);
      for (const flag of [
        'pwnedImg',
        'pwnedSrcset',
        'pwnedDiv',
        'pwnedTemplate',
        'pwnedDataSrc',
        'pwnedSrcdoc',
        'pwnedConstructor',
        'pwnedProto',
        'pwnedToString',
        'pwnedService',
      ])
        expect(page.win[flag], flag).to.equal(undefined);
      // Only http(s) and relative URLs are copied from data-src: a javascript: one is refused, and a script never gets a src from data-src.
      expect(page.doc.getElementById('img-js')!.getAttribute('src')).to.equal(null);
      const dataSrcScript = page.doc.querySelector('script[data-src]')!;
      expect(dataSrcScript.hasAttribute('src'), 'a gated script got a src from data-src').to.equal(false);
      expect(page.doc.getElementById('iframe-srcdoc')!.hasAttribute('srcdoc'), 'srcdoc set from data-srcdoc').to.equal(
        false,
      );
      page.expectUnharmed();
    });

    it("an iframe whose data-src is a javascript: URL is not run on grant (the page's own src rules would have refused it)", async () => {
      const page = await open('injection-iframe-js.html');
      await page.ready();
      await settle();
      expect(page.win.pwnedIframe, 'before consent').to.equal(undefined);
      page.api.acceptAll();
      await settle(400);
      expect(page.win.pwnedIframe, 'data-src="javascript:parent.pwnedIframe=1" ran in the page\'s origin').to.equal(
        undefined,
      );
      expect(page.win.pwnedIframe2, 'data-src=" JaVaScRiPt:…" ran in the page\'s origin').to.equal(undefined);
      expect(page.win.pwnedEmbed, '<embed data-src="javascript:…"> ran').to.equal(undefined);
      page.expectUnharmed();
    });
  });
});
