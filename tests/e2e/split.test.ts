/**
 * End-to-end: the drop-in as two files (issue 17). The core (dist/cookie-consent.min.js) gates and
 * answers the API on its own; the UI file (dist/cookie-consent-ui.min.js) is fetched only when
 * something must be drawn, with the script's nonce and the SRI hash the build wrote into the core.
 * Fixtures: tests/fixtures/split/; the broken UI files come from web-test-runner.config.mjs.
 * Its own cookie (`cc_split`), so nothing here meets the other end-to-end files' choices.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './open-frame.js';
import { clearCookies } from '../storage/clear-cookies.js';

const FIX = '/tests/fixtures/split/';
const UI_FILE = 'cookie-consent-ui.min.js';
const COOKIES = ['cc_split', 'split_ui', 'split_stats'];

interface CcApi {
  accept(categories: string[]): void;
  rejectAll(): void;
  hasConsent(category: string): boolean;
  getConsent(): { id: string; categories: string[] } | null;
  showPreferences(): void;
  hide(): void;
}

type FrameWindow = Window & {
  CookieConsent: CcApi;
  dataLayer?: IArguments[];
  statsRan?: number;
  pageOk?: boolean;
  uiRequestedAtOnce?: boolean;
  uiRequestedBeforeConfigCheck?: boolean;
  steps?: [what: string, task: number | 'script' | null][];
  answer?: { analytics: boolean; consent: { id: string; categories: string[] } | null };
  order?: string[];
  violations?: string[];
  errors: string[];
  uncaught: string[];
  ccEvents: { type: string; detail: { consent: { categories: string[] } | null } }[];
};

let frames: HTMLIFrameElement[] = [];

async function open(path: string): Promise<FrameWindow> {
  const { frame, win } = await openFrame<FrameWindow>(FIX + path);
  frames.push(frame);
  return win;
}

/** Deletes this file's cookies and resolves once the deletion holds (see clearCookies). */
const deleteCookies = () => clearCookies((name) => COOKIES.includes(name));

/** A choice stored earlier: what a returning reader's browser sends. */
function storeChoice(categories: string[]): string {
  const id = '3f0c6c1e-8a5b-4c1d-9e2f-0a1b2c3d4e5f';
  // Asked about every category the fixtures configure (docs/compliance.md R13: a record that was not
  // asked about one of them would show the banner again).
  const asked = ['necessary', 'analytics', 'marketing'];
  const record = { v: 2, id, rev: 0, ts: Date.now() - 60_000, asked, categories, services: {}, gpc: false };
  document.cookie = `cc_split=${encodeURIComponent(JSON.stringify(record))}; Path=/`;
  return id;
}

/** The files of the widget this page fetched (resource timing: requests that completed, failed ones included). */
const widgetRequests = (win: FrameWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /cookie-consent|\/i18n\//.test(path));

const shadow = (win: FrameWindow) => win.document.querySelector('cookie-consent')?.shadowRoot;
const dialogOpen = (win: FrameWindow) => !!shadow(win)?.querySelector('dialog')?.open;
const bannerShown = (win: FrameWindow) => !!shadow(win)?.querySelector('[part~="banner"]');

/** The Consent Mode commands in the page's data layer, as [command, type]. */
const consentCommands = (win: FrameWindow) =>
  (win.dataLayer ?? []).map((args): unknown[] => [args[0], args[1]]).filter(([command]) => command == 'consent');

describe('drop-in split in two files: the core, and the UI when something is drawn', function () {
  this.timeout(10000);

  beforeEach(deleteCookies);
  afterEach(async () => {
    for (const f of frames) f.remove();
    frames = [];
    await deleteCookies();
  });

  it('a returning reader loads the core only: one request, gating, Consent Mode and the API work without the UI', async () => {
    const id = storeChoice(['necessary', 'analytics']);
    const win = await open('returning.html');
    await waitUntil(() => win.statsRan === 1, 'the granted analytics script never ran');
    await aTimeout(300);

    expect(win.uiRequestedAtOnce, 'UI requested during parsing').to.equal(false);
    // The choice is under the config's own cookie name (cc_split): the core's first look finds it there.
    expect(win.uiRequestedBeforeConfigCheck, 'UI requested before the config check').to.equal(false);
    expect(widgetRequests(win), "the widget's requests").to.deep.equal(['/dist/cookie-consent.min.js']);
    expect(win.document.querySelector(`script[src*="${UI_FILE}"]`), 'UI script element').to.equal(null);
    expect(win.customElements.get('cookie-consent'), 'element class (UI) defined').to.equal(undefined);
    // The element is there (first in <body>) and carries the events, undefined until a UI draws in it.
    expect(win.document.body.firstElementChild?.localName).to.equal('cookie-consent');
    expect(win.ccEvents[0]!.detail.consent!.categories).to.deep.equal(['necessary', 'analytics']);
    expect(consentCommands(win)).to.deep.equal([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(win.statsRan).to.equal(1);

    // The API, synchronously, with the core alone: a choice too (docs/contract.md §5). When
    // rejectAll() returns, the new choice answers, is in the cookie, the analytics cookie it revokes
    // is gone, Consent Mode has its update and consent-change was dispatched.
    const api = win.CookieConsent;
    expect(api.hasConsent('analytics')).to.equal(true);
    expect(api.hasConsent('marketing')).to.equal(false);
    expect(api.getConsent()!.id).to.equal(id);
    api.hide();
    win.document.cookie = 'split_stats=1; Path=/';
    api.rejectAll();
    expect(api.hasConsent('analytics')).to.equal(false);
    expect(api.getConsent()!.categories).to.deep.equal(['necessary']);
    const stored = /(?:^|; )cc_split=([^;]*)/.exec(win.document.cookie)?.[1];
    expect((JSON.parse(decodeURIComponent(stored!)) as { id: string; categories: string[] }).categories).to.deep.equal([
      'necessary',
    ]);
    expect(win.document.cookie, "the revoked category's cookie").not.to.contain('split_stats=');
    const last = win.ccEvents.at(-1)!;
    expect(last.type).to.equal('consent-change');
    expect(last.detail.consent!.categories).to.deep.equal(['necessary']);
    expect(consentCommands(win)).to.have.length(3);
    api.accept(['analytics']);
    expect(api.hasConsent('analytics'), 'accept() at once').to.equal(true);
    expect(api.getConsent()!.id, 'the same reader').to.equal(id);
    expect(win.ccEvents.at(-1)!.detail.consent!.categories).to.deep.equal(['necessary', 'analytics']);
    await aTimeout(200);
    // Neither hide() nor a choice draws anything: still no UI.
    expect(widgetRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js']);
    expect(win.errors, 'console.error calls').to.deep.equal([]);
    expect(win.uncaught).to.deep.equal([]);
    expect(win.pageOk).to.equal(true);
  });

  it('showPreferences() on a returning page loads the UI and opens the dialog with the stored choice', async () => {
    storeChoice(['necessary', 'analytics']);
    const win = await open('returning.html');
    await waitUntil(() => win.statsRan === 1);
    expect(widgetRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js']);

    win.CookieConsent.showPreferences();
    await waitUntil(() => dialogOpen(win), 'the dialog never opened', { timeout: 4000 });
    expect(widgetRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js', `/dist/${UI_FILE}`]);
    const switches = [...shadow(win)!.querySelectorAll('[role="switch"]')].map((s) => s.getAttribute('aria-checked'));
    expect(switches, 'necessary, analytics, marketing').to.deep.equal(['true', 'true', 'false']);
    expect(bannerShown(win), 'banner').to.equal(false);
    expect(win.errors).to.deep.equal([]);
  });

  it('a first visit asks for the UI while the page is parsed, and draws the banner', async () => {
    const win = await open('returning.html');
    expect(win.uiRequestedAtOnce, 'UI requested right after the core ran').to.equal(true);
    // No consent cookie: the UI downloads while the core checks the config, not after.
    expect(win.uiRequestedBeforeConfigCheck, 'UI requested before the config was checked').to.equal(true);
    await waitUntil(() => bannerShown(win), 'the banner never showed', { timeout: 4000 });
    expect(widgetRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js', `/dist/${UI_FILE}`]);
    expect(win.statsRan).to.equal(undefined);
    expect(win.errors).to.deep.equal([]);
  });

  describe("start-up in short tasks after the core's own (Consent Mode off; issue 17)", () => {
    /** The core's steps as the fixture saw them, and the task of each: 'script' (the core's own), or a timer's number. */
    const steps = (win: FrameWindow) => win.steps!.map(([what]) => what);
    const tasks = (win: FrameWindow) => win.steps!.map(([, where]) => where);

    it('a first visit: the UI asked for in a task after the script, the config checked in the next, the stored choice read in the next; nothing granted', async () => {
      const win = await open('phases.html');
      await waitUntil(() => bannerShown(win), 'the banner never showed', { timeout: 4000 });
      expect(steps(win).slice(0, 4)).to.deep.equal(['cookie read', 'UI requested', 'config checked', 'cookie read']);
      const [look, request, check, read] = tasks(win);
      // Nothing of it in the parser's task that ran the script: each in a timer's task.
      expect(tasks(win).slice(0, 4), 'tasks').to.not.include('script');
      expect(request, 'the first cookie read and the UI request: one task').to.equal(look);
      expect(new Set([request, check, read]).size, 'three tasks').to.equal(3);
      expect(win.CookieConsent.hasConsent('analytics')).to.equal(false);
      expect(win.order, 'gated scripts run').to.equal(undefined);
      expect(win.ccEvents.map((e) => e.type)).to.deep.equal(['consent-ready']);

      win.CookieConsent.accept(['analytics']);
      await waitUntil(() => win.order?.length == 2, 'the gated scripts did not run');
      expect(win.order, 'in document order').to.deep.equal(['first', 'second']);
      expect(win.errors).to.deep.equal([]);
      expect(win.uncaught).to.deep.equal([]);
    });

    it('asked between the config check and reading the stored choice, the API answers from it at once; the rest runs once', async () => {
      const id = storeChoice(['necessary', 'analytics']);
      const win = await open('phases.html#ask');
      await waitUntil(() => win.order?.length == 2, 'the granted scripts never ran');
      await aTimeout(100);
      // A choice is stored: no UI asked for. The API call reads the stored choice then and there, with
      // the config checked once; the core's last task finds it done.
      expect(steps(win)).to.deep.equal(['cookie read', 'config checked', 'asked', 'cookie read']);
      const [look, check, asked, read] = tasks(win);
      expect(tasks(win), 'tasks').to.not.include('script');
      expect(new Set([look, check, asked]).size, 'three tasks').to.equal(3);
      expect(read, 'the stored choice read when asked').to.equal(asked);
      expect(win.answer?.analytics, 'hasConsent(analytics)').to.equal(true);
      expect(win.answer?.consent?.id, 'getConsent()').to.equal(id);
      expect(win.order, 'granted scripts, in document order, once each').to.deep.equal(['first', 'second']);
      expect(win.ccEvents.map((e) => e.type)).to.deep.equal(['consent-ready']);
      expect(win.ccEvents[0]?.detail.consent?.categories).to.include('analytics');
      expect(widgetRequests(win), "the widget's requests").to.deep.equal(['/dist/cookie-consent.min.js']);
      expect(win.errors).to.deep.equal([]);
      expect(win.uncaught).to.deep.equal([]);
      expect(win.pageOk).to.equal(true);
    });
  });

  for (const [what, variant] of [
    ['missing (404)', 'missing'],
    ['changed on its way (SRI mismatch)', 'tampered'],
  ] as const) {
    it(`a UI file ${what}: one console.error naming it, nothing granted, the API works, a later trigger tries again`, async () => {
      const win = await open(`broken-ui.html?${variant}`);
      await waitUntil(() => win.errors.length > 0, 'no console.error');
      await aTimeout(300);
      expect(win.errors, 'console.error calls').to.have.length(1);
      expect(win.errors[0]).to.include(UI_FILE);
      expect(win.customElements.get('cookie-consent'), 'the element class').to.equal(undefined);
      expect(win.statsRan, 'analytics ran').to.equal(undefined);
      expect(win.document.querySelector('iframe')!.hasAttribute('src'), 'iframe src').to.equal(false);
      expect(win.CookieConsent.hasConsent('analytics')).to.equal(false);
      expect(win.CookieConsent.getConsent()).to.equal(null);
      expect(document.cookie).to.not.contain('cc_split=');
      expect(win.uncaught).to.deep.equal([]);
      expect(win.pageOk).to.equal(true);

      // A later trigger fetches it again (and fails again, once).
      win.document.querySelector<HTMLElement>('#settings-link')!.click();
      await waitUntil(() => win.errors.length == 2, 'the trigger did not try again');
      expect(win.errors[1]).to.include(UI_FILE);

      // The rest of the API works without it.
      win.CookieConsent.accept(['analytics']);
      await waitUntil(() => win.statsRan === 1, 'accept() did not run the analytics script');
      expect(win.CookieConsent.hasConsent('marketing')).to.equal(false);
      await aTimeout(100);
      expect(win.errors).to.have.length(2);
    });
  }

  it('an invalid config with the UI file missing: the words cannot come, one console.error still names the key and its rule', async () => {
    const win = await open('broken-ui.html?missing#invalid');
    await waitUntil(() => win.errors.length == 2, 'not two console.error calls (the file, the config)');
    expect(win.errors[0], 'the file').to.include(UI_FILE);
    expect(win.errors[1], 'the config').to.include('invalid config').and.include('colour (unknownKey)');
    await aTimeout(200);
    expect(win.errors).to.have.length(2);
    expect(win.CookieConsent.hasConsent('analytics')).to.equal(false);
    expect(win.statsRan, 'analytics ran').to.equal(undefined);
    expect(win.uncaught).to.deep.equal([]);
    expect(win.pageOk).to.equal(true);
  });

  it('a UI file that failed once loads on a later trigger and opens the dialog', async () => {
    const win = await open('broken-ui.html?until-cookie');
    await waitUntil(() => win.errors.length > 0, 'no console.error');
    expect(win.errors[0]).to.include(UI_FILE);
    document.cookie = 'split_ui=ok; Path=/';
    win.document.querySelector<HTMLElement>('#settings-link')!.click();
    await waitUntil(() => dialogOpen(win), 'the dialog never opened', { timeout: 4000 });
    expect(win.errors, 'console.error calls').to.have.length(1);
    expect(win.location.hash, 'the trigger link did not navigate').to.equal('');
  });

  it('loads the UI file with the nonce of its own script under a nonce-only CSP', async () => {
    const win = await open('csp-nonce.html');
    await waitUntil(() => bannerShown(win), 'the banner never showed', { timeout: 4000 });
    const ui = win.document.querySelector<HTMLScriptElement>(`script[src*="${UI_FILE}"]`)!;
    expect(ui.nonce).to.equal('split123');
    expect(ui.integrity, 'SRI hash').to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    // The test server's own script (its web socket) has no nonce: only the widget's files count here.
    expect(
      win.violations!.filter((v) => v.includes('cookie-consent')),
      'CSP violations',
    ).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
