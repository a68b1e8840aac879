/**
 * End-to-end: the built drop-in script (dist/cookie-consent.min.js) on real pages, loaded into an
 * iframe exactly the way a site uses it (docs/contract.md §1–§5, §8). Fixtures: tests/fixtures/e2e/.
 *
 * All cases live in this one file on purpose: the tests share the `localhost` cookie jar, and
 * @web/test-runner runs test files in parallel.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../storage/clear-cookies.js';

const FIX = '/tests/fixtures/e2e/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CcApi {
  acceptAll(): void;
  rejectAll(): void;
  accept(categories: string[], services?: Record<string, string[]>): void;
  hasConsent(category: string, service?: string): boolean;
  getConsent(): Record<string, unknown> | null;
  onGranted(category: string, callback: () => void): () => void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  reset(): void;
}

interface CcElement extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

interface CcEvent {
  type: 'consent-ready' | 'consent-change';
  detail: Record<string, unknown> & { consent: Record<string, unknown> | null };
}

/** What the fixture pages put on their window (tests/fixtures/e2e/recorder.js and friends). */
type FrameWindow = Window & FixtureGlobals;
interface FixtureGlobals {
  statsRan?: number;
  marketingRan?: number;
  pageOk?: boolean;
  order?: string[];
  errors: string[];
  uncaught: string[];
  ccEvents: CcEvent[];
}

class Page {
  constructor(readonly iframe: HTMLIFrameElement) {}

  get win(): FrameWindow {
    return this.iframe.contentWindow as unknown as FrameWindow;
  }

  get doc(): Document {
    return this.iframe.contentDocument!;
  }

  get api(): CcApi {
    // Typed here, not through src/: this is the page's view of the shipped script.
    return (this.win as unknown as { CookieConsent: CcApi }).CookieConsent;
  }

  /** Every `<cookie-consent>` in the page. */
  elements(): CcElement[] {
    return [...this.doc.querySelectorAll<CcElement>('cookie-consent')];
  }

  element(): CcElement {
    const all = this.elements();
    expect(all, '<cookie-consent> elements').to.have.length(1);
    return all[0]!;
  }

  /** Parts of that name in every `<cookie-consent>`'s shadow root. */
  parts(name: string): HTMLElement[] {
    return this.elements().flatMap((el) => [
      ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
    ]);
  }

  part(name: string): HTMLElement | undefined {
    return this.parts(name)[0];
  }

  /** The banner parts that are actually drawn. */
  visibleBanners(): HTMLElement[] {
    return this.parts('banner').filter((b) => isVisible(b));
  }

  dialog(): HTMLDialogElement | undefined {
    return this.elements()
      .map((el) => el.shadowRoot?.querySelector('dialog'))
      .find((d): d is HTMLDialogElement => !!d);
  }

  /** The `<img>`, `<iframe>` and scripts the fixture gates. */
  gatedFrame(): HTMLIFrameElement {
    return this.doc.querySelector('article iframe')!;
  }

  gatedImage(): HTMLImageElement {
    return this.doc.querySelector('article img')!;
  }

  events(type: CcEvent['type']): CcEvent[] {
    return this.win.ccEvents.filter((e) => e.type === type);
  }

  /** Resolves once the widget has started (consent-ready fired) and rendered. */
  async ready(): Promise<void> {
    await waitUntil(() => this.events('consent-ready').length > 0, 'consent-ready never fired', { timeout: 3000 });
    await this.rendered();
  }

  /** Resolves once every element has drawn: after the UI file defined the element, when the page asked for it. */
  async rendered(): Promise<void> {
    if (this.doc.querySelector('script[src*="cookie-consent-ui"]'))
      await waitUntil(() => this.win.customElements.get('cookie-consent'), 'the UI file never defined the element', {
        timeout: 3000,
      });
    for (const el of this.elements()) await el.updateComplete;
  }

  async reload(): Promise<void> {
    const loaded = onLoad(this.iframe);
    this.win.location.reload();
    await loaded;
  }
}

const onLoad = (iframe: HTMLIFrameElement) =>
  new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));

let frames: HTMLIFrameElement[] = [];
/** The page the current test opened last. */
let current: Page | undefined;

/** Loads a fixture page into a same-origin iframe and waits for its load event. */
async function open(name: string): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = onLoad(iframe);
  iframe.src = FIX + name;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  current = new Page(iframe);
  return current;
}

/** Long enough for a gated script that was (wrongly) let through to have loaded and run. */
const settle = () => aTimeout(120);

function isVisible(el: HTMLElement): boolean {
  const win = el.ownerDocument.defaultView!;
  const style = win.getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return (
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    Number(style.opacity) > 0 &&
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.top < win.innerHeight
  );
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** The accessible name from aria-labelledby (resolved in the element's own tree) or aria-label. */
function accessibleName(el: Element): string | undefined {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => text(root.getElementById(id)))
      .join(' ')
      .trim();
  }
  return el.getAttribute('aria-label') ?? undefined;
}

const TEST_COOKIES = ['cc_consent', '_e2e_stats'];

function deleteCookies(): void {
  for (const doc of new Set([document, current?.doc]))
    for (const name of TEST_COOKIES) if (doc) doc.cookie = `${name}=; Max-Age=0; Path=/`;
}

/**
 * Resolves once a page loaded now no longer gets the deleted cookies. Firefox sends a cookie change
 * to its parent process asynchronously, and a page loaded right after may get its cookies from there
 * first: a choice deleted after one test came back in the next test's page now and then (a fixed
 * 30 ms wait made that rarer, not impossible), and once it stayed for seconds, as if a write of the
 * previous page had reached the parent after the deletion. So a small page is loaded until two in a
 * row, a moment apart, see none of them, and the cookies are deleted again whenever one does.
 */
async function deletionArrived(): Promise<void> {
  for (let i = 0, clean = 0; i < 40; i++) {
    const probe = document.createElement('iframe');
    const loaded = onLoad(probe);
    probe.src = `${FIX}embed.html?probe=${i}`;
    document.body.append(probe);
    await loaded;
    const seen = probe.contentDocument!.cookie.split('; ').map((c) => c.split('=')[0]);
    probe.remove();
    clean = TEST_COOKIES.some((name) => seen.includes(name)) ? 0 : clean + 1;
    if (clean == 2) return;
    if (!clean) deleteCookies();
    await aTimeout(25);
  }
  throw new Error(`deleted cookies (${TEST_COOKIES.join()}) still reach newly loaded pages`);
}

/**
 * A cookie as the page under test sees it. Read through the frame's own document, not this one:
 * Chromium caches `document.cookie` per document, and a write made by another document (the
 * frame) may not be visible here yet, so reading from the test page is racy.
 */
const cookieValue = (name: string) =>
  (current?.doc ?? document).cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);

/** The stored choice, decoded the way docs/contract.md §3 describes it. */
function storedRecord(): Record<string, unknown> | undefined {
  const raw = cookieValue('cc_consent');
  return raw === undefined ? undefined : (JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>);
}

/** Nothing optional ran and nothing gated was loaded. */
function expectNothingGatedRan(page: Page): void {
  expect(page.win.statsRan, 'analytics script ran').to.equal(undefined);
  expect(page.win.marketingRan, 'marketing inline script ran').to.equal(undefined);
  expect(page.gatedFrame().hasAttribute('src'), 'iframe has a src').to.equal(false);
  expect(page.gatedImage().hasAttribute('src'), 'img has a src').to.equal(false);
  expect(cookieValue('_e2e_stats'), '_e2e_stats cookie').to.equal(undefined);
}

/** Everything gated ran exactly once and is loaded. */
async function expectEverythingGatedRan(page: Page): Promise<void> {
  await waitUntil(() => page.win.statsRan === 1 && page.win.marketingRan === 1, 'gated scripts did not run', {
    timeout: 3000,
  });
  expect(page.gatedFrame().getAttribute('src')).to.equal(FIX + 'embed.html');
  expect(page.gatedImage().getAttribute('src')).to.equal(FIX + 'pixel.gif');
  await waitUntil(() => page.gatedImage().complete && page.gatedImage().naturalWidth > 0, 'pixel did not load');
  await waitUntil(() => page.gatedFrame().contentDocument?.title === 'Embedded player', 'embed did not load');
  expect(cookieValue('_e2e_stats')).to.equal('1');
  await settle();
  expect(page.win.statsRan, 'analytics script runs once').to.equal(1);
  expect(page.win.marketingRan, 'marketing script runs once').to.equal(1);
}

function clickPart(page: Page, name: string): void {
  const button = page.visibleBanners()[0]?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? page.part(name);
  expect(button, `[part~="${name}"]`).not.to.equal(undefined);
  button!.click();
}

/** The page was not broken: no uncaught error, its own later script ran. */
function expectPageUnharmed(page: Page): void {
  expect(page.win.uncaught, 'uncaught errors in the page').to.deep.equal([]);
  expect(page.win.pageOk, "the page's own script after the widget ran").to.equal(true);
}

describe('drop-in script (dist/cookie-consent.min.js) on a real page', function () {
  this.timeout(8000);

  beforeEach(async () => {
    deleteCookies();
    frames = [];
    current = undefined;
    await deletionArrived();
  });

  afterEach(async () => {
    deleteCookies();
    for (const f of frames) f.remove();
    current = undefined;
    await clearCookies((name) => TEST_COOKIES.includes(name));
  });

  describe('before any choice', () => {
    it('shows the banner with its heading and three buttons, runs nothing gated and mounts first in <body>', async () => {
      const page = await open('head-sync.html');
      await page.ready();

      const banners = page.visibleBanners();
      expect(banners, 'visible banners').to.have.length(1);
      const banner = banners[0]!;
      expect(text(banner.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'))).to.equal('This site uses cookies');
      expect(text(banner.querySelector('[part~="accept-all"]'))).to.equal('Accept all');
      expect(text(banner.querySelector('[part~="reject-all"]'))).to.equal('Reject all');
      expect(text(banner.querySelector('[part~="manage"]'))).to.equal('Manage preferences');
      for (const b of banner.querySelectorAll('[part~="accept-all"], [part~="reject-all"], [part~="manage"]'))
        expect(b.getAttribute('part')!.split(/\s+/)).to.include('button');
      expect(banner.querySelector<HTMLAnchorElement>('a')?.getAttribute('href')).to.equal('/cookies');

      await settle();
      expectNothingGatedRan(page);
      expect(cookieValue('cc_consent'), 'no choice stored').to.equal(undefined);
      expect(page.doc.body.firstChild, 'first child of <body>').to.equal(page.element());
      expect(page.events('consent-ready')[0]!.detail.consent).to.equal(null);
      expectPageUnharmed(page);
      expect(page.win.errors).to.deep.equal([]);
    });
  });

  describe('accepting', () => {
    it('"Accept all" runs the gated content once, stores the choice and announces it with first: true', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      const changes: CustomEvent[] = [];
      page.doc.addEventListener('consent-change', (e) => changes.push(e as CustomEvent));

      clickPart(page, 'accept-all');
      await expectEverythingGatedRan(page);

      const record = storedRecord()!;
      expect(record.v).to.equal(2);
      expect(record.asked).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(record.id).to.match(UUID);
      expect(record.rev).to.equal(0);
      expect(record.ts)
        .to.be.a('number')
        .within(Date.now() - 60_000, Date.now() + 1000);
      expect(record.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(record.gpc).to.equal(false);

      expect(changes, 'consent-change events').to.have.length(1);
      const detail = JSON.parse(JSON.stringify(changes[0]!.detail)) as {
        first: boolean;
        consent: unknown;
        accepted: string[];
        rejected: string[];
      };
      expect(detail.first).to.equal(true);
      expect(detail.consent).to.deep.equal(record);
      expect(detail.accepted).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(detail.rejected).to.deep.equal([]);

      await page.elements()[0]!.updateComplete;
      expect(page.visibleBanners(), 'banner after choosing').to.have.length(0);
      expect(page.win.errors).to.deep.equal([]);
    });

    it('remembers "Accept all" on the next page load: no banner, gated content runs at load, consent-ready carries the choice', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      clickPart(page, 'accept-all');
      await waitUntil(() => page.win.statsRan === 1);
      const record = storedRecord()!;

      await page.reload();
      await page.ready();
      expect(page.visibleBanners(), 'banner after reload').to.have.length(0);
      expect(page.parts('banner')).to.have.length(0);
      await expectEverythingGatedRan(page);

      const ready = page.events('consent-ready');
      expect(ready, 'consent-ready events').to.have.length(1);
      expect(ready[0]!.detail.consent).to.deep.equal(record);
      expect(page.events('consent-change'), 'no new choice was stored at load').to.have.length(0);
      expect(storedRecord()).to.deep.equal(record);
      expect(page.win.errors).to.deep.equal([]);
    });
  });

  describe('refusing', () => {
    it('"Reject all" runs nothing optional and stores only the required category', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      clickPart(page, 'reject-all');
      await waitUntil(() => cookieValue('cc_consent') !== undefined, 'no choice stored');

      const record = storedRecord()!;
      expect(record.categories).to.deep.equal(['necessary']);
      expect(record.id).to.match(UUID);
      const change = page.events('consent-change');
      expect(change).to.have.length(1);
      expect(change[0]!.detail.first).to.equal(true);
      expect(change[0]!.detail.rejected).to.deep.equal(['analytics', 'marketing']);

      await settle();
      expectNothingGatedRan(page);
      await page.elements()[0]!.updateComplete;
      expect(page.visibleBanners()).to.have.length(0);
    });

    it('remembers the refusal on the next page load: no banner, still nothing runs', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      clickPart(page, 'reject-all');
      await waitUntil(() => cookieValue('cc_consent') !== undefined, 'no choice stored');

      await page.reload();
      await page.ready();
      expect(page.visibleBanners(), 'banner after reload').to.have.length(0);
      expect(page.events('consent-ready')[0]!.detail.consent).to.deep.include({ categories: ['necessary'] });
      await settle();
      expectNothingGatedRan(page);
      expect(page.api.hasConsent('analytics')).to.equal(false);
      expectPageUnharmed(page);
    });
  });

  describe('revoking', () => {
    it('CookieConsent.rejectAll() after "Accept all" deletes the cookies listed for analytics', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      clickPart(page, 'accept-all');
      await waitUntil(() => cookieValue('_e2e_stats') === '1', 'stats cookie never set');

      page.api.rejectAll();
      expect(cookieValue('_e2e_stats'), '_e2e_stats after revoking').to.equal(undefined);
      expect(storedRecord()!.categories).to.deep.equal(['necessary']);
      const last = page.events('consent-change').slice(-1)[0]!;
      expect(last.detail.first).to.equal(false);
      expect(last.detail.changed).to.have.members(['analytics', 'marketing']);
      expect(page.api.hasConsent('analytics')).to.equal(false);
    });
  });

  describe('window.CookieConsent', () => {
    it('answers hasConsent/getConsent, grants exactly accept([…]) and calls onGranted callbacks on grant', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      const api = page.api;
      expect(api).not.to.equal(undefined);
      expect(api.hasConsent('necessary')).to.equal(true);
      expect(api.hasConsent('analytics')).to.equal(false);
      expect(api.hasConsent('marketing')).to.equal(false);
      expect(api.getConsent()).to.equal(null);

      let marketingCalls = 0;
      api.onGranted('marketing', () => marketingCalls++);
      let analyticsCalls = 0;
      const unsubscribe = api.onGranted('analytics', () => analyticsCalls++);
      expect(unsubscribe).to.be.a('function');

      api.accept(['analytics']);
      expect(api.hasConsent('analytics')).to.equal(true);
      expect(api.hasConsent('marketing')).to.equal(false);
      const consent = JSON.parse(JSON.stringify(api.getConsent())) as { categories: string[] };
      expect(consent).to.deep.equal(storedRecord());
      expect(consent.categories).to.deep.equal(['necessary', 'analytics']);
      expect(analyticsCalls).to.equal(1);
      expect(marketingCalls).to.equal(0);

      await waitUntil(() => page.win.statsRan === 1, 'analytics script did not run');
      await settle();
      expect(page.win.marketingRan).to.equal(undefined);
      expect(page.gatedFrame().hasAttribute('src')).to.equal(false);

      // Already granted: runs at once.
      let immediate = 0;
      api.onGranted('analytics', () => immediate++);
      expect(immediate).to.equal(1);

      api.acceptAll();
      expect(marketingCalls).to.equal(1);
      expect(analyticsCalls, 'onGranted fires once').to.equal(1);
      await waitUntil(() => page.win.marketingRan === 1);
      expect(page.win.statsRan).to.equal(1);
    });

    it('showPreferences() opens a modal <dialog> named "Cookie preferences"', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      page.api.showPreferences();
      await page.elements()[0]!.updateComplete;
      await waitUntil(() => page.dialog()?.open, 'dialog did not open');
      const dialog = page.dialog()!;
      expect(dialog.getAttribute('part')!.split(/\s+/)).to.include('preferences');
      expect(accessibleName(dialog)).to.equal('Cookie preferences');
      expect(dialog.matches(':modal'), 'modal').to.equal(true);
      const switches = [...dialog.querySelectorAll('[role="switch"]')];
      expect(switches).to.have.length(3);
      expect(accessibleName(switches[0]!)).to.match(/^Strictly necessary/);
      expect(switches.slice(1).map((s) => accessibleName(s))).to.deep.equal(['Analytics', 'Marketing']);
      expect(switches[0]!.getAttribute('aria-checked')).to.equal('true');
      expect(
        (switches[0] as HTMLButtonElement).disabled || switches[0]!.getAttribute('aria-disabled') === 'true',
      ).to.equal(true);
      expect(switches.slice(1).map((s) => s.getAttribute('aria-checked'))).to.deep.equal(['false', 'false']);
      expect(text(dialog.querySelector('[part~="save"]'))).to.equal('Save preferences');
      expect(accessibleName(dialog.querySelector('[part~="close"]')!)).to.equal('Close');
      // Opening the preferences is not a choice.
      expect(cookieValue('cc_consent')).to.equal(undefined);
    });

    it('reset() forgets the choice and shows the banner again', async () => {
      const page = await open('head-sync.html');
      await page.ready();
      page.api.acceptAll();
      await page.elements()[0]!.updateComplete;
      expect(page.visibleBanners()).to.have.length(0);
      const before = storedRecord();
      expect(before).to.not.equal(undefined);

      page.api.reset();
      await page.elements()[0]!.updateComplete;
      expect(page.visibleBanners(), 'banner after reset()').to.have.length(1);
      expect(page.api.getConsent()).to.equal(null);
      expect(page.api.hasConsent('analytics')).to.equal(false);
      expect(storedRecord(), `cookie after reset() (the choice before it: ${JSON.stringify(before)})`).to.equal(
        undefined,
      );
    });
  });

  describe('where the site puts the script tag', () => {
    const placements: [string, string][] = [
      ['in <head>, synchronous', 'head-sync.html'],
      ['in <head> with defer', 'head-defer.html'],
      ['in <head> with async', 'head-async.html'],
      ['at the end of <body>', 'body-end.html'],
    ];
    for (const [where, file] of placements) {
      it(`${where}: one banner, first in <body>, nothing runs before consent, everything after "Accept all"`, async () => {
        const page = await open(file);
        await page.ready();
        expect(page.elements(), '<cookie-consent> elements').to.have.length(1);
        expect(page.visibleBanners(), 'visible banners').to.have.length(1);
        expect(page.doc.body.firstChild, 'first child of <body>').to.equal(page.element());
        expect(page.events('consent-ready'), 'consent-ready fires once').to.have.length(1);
        await settle();
        expectNothingGatedRan(page);

        clickPart(page, 'accept-all');
        await expectEverythingGatedRan(page);
        expectPageUnharmed(page);
        expect(page.win.errors).to.deep.equal([]);
      });
    }
  });

  describe('loaded twice', () => {
    it('registers the element once, shows one banner, logs no error, and "Accept all" runs each gated script once', async () => {
      const page = await open('twice.html');
      await page.ready();
      expect(page.win.customElements.get('cookie-consent')).to.be.a('function');
      expect(page.elements(), '<cookie-consent> elements').to.have.length(1);
      expect(page.visibleBanners(), 'visible banners').to.have.length(1);
      expect(page.events('consent-ready'), 'consent-ready fires once').to.have.length(1);
      await settle();
      expectNothingGatedRan(page);

      clickPart(page, 'accept-all');
      await expectEverythingGatedRan(page);
      expect(page.events('consent-change'), 'consent-change events').to.have.length(1);
      expect(page.win.errors, 'console.error calls').to.deep.equal([]);
      expectPageUnharmed(page);
    });
  });

  describe('a page that writes its own <cookie-consent>', () => {
    for (const [where, file] of [
      ['script after the element', 'own-element-after.html'],
      ['script in <head>, before the element', 'own-element.html'],
    ] as const) {
      it(`uses that element and its JSON config, only one element exists (${where}), no errors`, async () => {
        const page = await open(file);
        await page.ready();
        const el = page.element();
        expect(el.querySelector('script[type="application/json"]'), "the page's own element").not.to.equal(null);
        expect(page.visibleBanners(), 'visible banners').to.have.length(1);
        await settle();
        expectNothingGatedRan(page);

        clickPart(page, 'accept-all');
        await expectEverythingGatedRan(page);
        expect(page.elements()).to.have.length(1);
        expectPageUnharmed(page);
        // A valid config must not be reported as invalid (docs/contract.md §2: console.error only for an invalid config).
        expect(page.win.errors, 'console.error calls').to.deep.equal([]);
      });
    }
  });

  describe('bad input from the site', () => {
    for (const [what, file, problem] of [
      ['a category name that is not [a-z0-9_-]+', 'invalid-name.html', 'categories.Bad Name: name must be [a-z0-9_-]+'],
      ['an unknown top-level key', 'invalid-key.html', 'colour: unknown key'],
    ] as const) {
      it(`an invalid config (${what}) logs one console.error naming the key and the problem in words, shows no banner, grants nothing and never breaks the page`, async () => {
        const page = await open(file);
        // The words come with the UI file, which the core loads for them.
        await waitUntil(() => page.win.errors.length > 0, 'no console.error');
        await settle();
        for (const el of page.elements()) await el.updateComplete;
        expect(page.win.errors, 'console.error calls').to.have.length(1);
        expect(page.win.errors[0]).to.include(problem);
        expect(page.visibleBanners()).to.have.length(0);
        expectNothingGatedRan(page);
        expectPageUnharmed(page);

        // The site's own calls do not throw and still grant nothing.
        expect(() => page.api.acceptAll()).to.not.throw();
        expect(page.api.hasConsent('analytics')).to.equal(false);
        expect(page.api.getConsent()).to.equal(null);
        await settle();
        expectNothingGatedRan(page);
        expect(cookieValue('cc_consent')).to.equal(undefined);
      });
    }

    for (const [what, value] of [
      ['not JSON', '%7Bnot-json'],
      [
        'a well-formed record granting a category it was never asked about',
        encodeURIComponent(
          JSON.stringify({
            v: 2,
            id: '3f0c6c1e-8a5b-4c1d-9e2f-0a1b2c3d4e5f',
            rev: 0,
            ts: Date.now() - 1000,
            asked: ['necessary', 'analytics', 'marketing'],
            categories: ['necessary', 'analytics', 'marketing', 'tracking'],
            services: {},
            gpc: false,
          }),
        ),
      ],
      [
        'a well-formed record with an unknown field',
        encodeURIComponent(
          JSON.stringify({
            v: 1,
            id: '3f0c6c1e-8a5b-4c1d-9e2f-0a1b2c3d4e5f',
            rev: 0,
            ts: Date.now() - 1000,
            categories: ['necessary', 'analytics', 'marketing'],
            services: {},
            gpc: false,
            admin: true,
          }),
        ),
      ],
    ] as const) {
      it(`a corrupt cc_consent cookie (${what}) counts as no choice: banner shown, nothing granted, nothing thrown`, async () => {
        document.cookie = `cc_consent=${value}; Path=/`;
        const page = await open('head-sync.html');
        await page.ready();
        expect(cookieValue('cc_consent'), 'the page sees the corrupt cookie').to.equal(value);
        expect(page.visibleBanners(), 'visible banners').to.have.length(1);
        expect(page.events('consent-ready')[0]!.detail.consent).to.equal(null);
        expect(page.api.getConsent()).to.equal(null);
        expect(page.api.hasConsent('analytics')).to.equal(false);
        expect(page.api.hasConsent('marketing')).to.equal(false);
        await settle();
        expectNothingGatedRan(page);
        expectPageUnharmed(page);
      });
    }
  });

  describe('data-cc triggers in the host page', () => {
    it('a footer link with data-cc="show-preferences" opens the preferences dialog (and does not navigate)', async () => {
      const page = await open('triggers.html');
      await page.ready();
      page.doc.querySelector<HTMLAnchorElement>('#settings-link')!.click();
      await waitUntil(() => page.dialog()?.open, 'dialog did not open');
      expect(accessibleName(page.dialog()!)).to.equal('Cookie preferences');
      expect(page.win.location.hash).to.equal('');
      expect(cookieValue('cc_consent')).to.equal(undefined);
    });

    it('a button with data-cc="accept-all" (clicked on its inner text) accepts everything', async () => {
      const page = await open('triggers.html');
      await page.ready();
      page.doc.querySelector<HTMLElement>('#accept-button span')!.click();
      await expectEverythingGatedRan(page);
      expect(storedRecord()!.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      await page.elements()[0]!.updateComplete;
      expect(page.visibleBanners()).to.have.length(0);
    });

    it('a data-cc value that is no API method (toString, constructor) does nothing: the link works, nothing is chosen or thrown', async () => {
      const page = await open('triggers.html');
      await page.ready();
      // The link is followed (its default action kept): Firefox moves to the fragment after the click's task.
      page.doc.querySelector<HTMLAnchorElement>('#not-a-method')!.click();
      await waitUntil(() => page.win.location.hash == '#not-a-method', 'the link to-string was not followed');
      page.doc.querySelector<HTMLAnchorElement>('#prototype-key')!.click();
      await waitUntil(() => page.win.location.hash == '#prototype', 'the link constructor was not followed');
      expect(cookieValue('cc_consent')).to.equal(undefined);
      expect(page.api.getConsent()).to.equal(null);
      expectPageUnharmed(page);
    });
  });

  describe('start-up cost (issue 7)', () => {
    it('reads no layout while it starts and draws the banner, and draws no dialog until asked', async () => {
      const page = await open('layout-reads.html');
      await page.ready();
      const win = page.win as FrameWindow & { layoutDone?: boolean; layoutReads: string[] };
      await waitUntil(() => win.layoutDone, 'the banner was never drawn');
      // Read before this test measures anything itself (its own helpers call getComputedStyle).
      expect(win.layoutReads, 'layout reads during start-up and first render').to.deep.equal([]);
      expect(page.parts('banner'), 'banner').to.have.length(1);
      // First render does only what the banner needs: no dialog, no per-category markup.
      expect(page.dialog(), 'dialog before it is opened').to.equal(undefined);
      expect(page.parts('category'), 'category markup before the dialog is opened').to.have.length(0);
      expectPageUnharmed(page);
    });

    it('keeps defining the element, start-up, the stylesheet and the first render out of the tasks that evaluate the scripts, each in its own (Consent Mode off)', async () => {
      const page = await open('split-tasks.html');
      await page.ready();
      const win = page.win as FrameWindow & {
        duringEval: { api: string; started: boolean };
        tasks: { defined: boolean; started: boolean; drawn: boolean }[];
        sheetBuiltAfter: number;
      };
      // WebKit stretches a chain of timers in a frame (past the fifth, it aligns them, up to a second
      // each off-screen): 21 took 0.1 to 1 s in this 800×600 frame, and 10.7 s off-screen, against
      // under 0.1 s in Chromium. The test counts tasks, not time.
      await waitUntil(() => win.tasks.length > 20, 'the page never finished its task count', { timeout: 5000 });
      expect(win.duringEval, 'right after the script').to.deep.equal({ api: 'function', started: false });
      const defined = win.tasks.findIndex((t) => t.defined);
      const started = win.tasks.findIndex((t) => t.started);
      const drawn = win.tasks.findIndex((t) => t.drawn);
      // tasks[0] is the UI file's own task, tasks[1] the next one queued after it: the element is defined after both.
      expect(defined, 'tasks from the UI file until the element is defined').to.be.greaterThan(1);
      expect(started, 'tasks before start-up').to.be.greaterThan(defined);
      // Drawn in a later task than the one that started it: never both at once.
      expect(drawn, 'tasks before the banner is drawn').to.be.greaterThan(started);
      // The CSS is parsed in a task between the two (after `started` tasks ran, start-up had run; after `drawn`, the banner).
      expect(win.sheetBuiltAfter, 'tasks before the stylesheet is built').to.be.greaterThan(started);
      expect(win.sheetBuiltAfter, 'tasks before the stylesheet is built').to.be.lessThan(drawn);
      expect(page.parts('banner'), 'banner').to.have.length(1);
      // Nothing granted by any of it: no choice was made.
      expect(page.api.hasConsent('analytics'), 'analytics granted').to.equal(false);
    });
  });

  describe('gated scripts', () => {
    it('run in document order on grant, a src script finishing before the next one starts', async () => {
      const page = await open('order.html');
      await page.ready();
      await settle();
      expect(page.win.order, 'before consent').to.equal(undefined);

      page.api.acceptAll();
      await waitUntil(() => page.win.order?.length === 4, 'not every gated script ran', { timeout: 3000 });
      expect(page.win.order).to.deep.equal(['a', 'inline', 'b', 'marketing']);
      await settle();
      expect(page.win.order, 'each runs once').to.have.length(4);
    });
  });
});
