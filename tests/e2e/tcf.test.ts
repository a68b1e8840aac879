/**
 * End-to-end: IAB TCF in the drop-in as built (run `npm run build` first). The core
 * (dist/cookie-consent.min.js) loads dist/cookie-consent-tcf.min.js only when the config has a `tcf`
 * key, and `__tcfapi` follows the reader's choices made in the real banner. The page
 * (tests/fixtures/tcf/drop-in.html) has the stub and an ad tag in <head>, and its own cookie
 * (`cc_tcf`), so nothing here meets the other end-to-end files' choices.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TCString } from '@iabtechlabtcf/core';
import { readBySpec } from '../tcf/spec-reader.js';
import { addAdFrame } from '../tcf/ad-frame.js';
import { openFrame } from './open-frame.js';
import { clearCookies } from '../storage/clear-cookies.js';

const PAGE = '/tests/fixtures/tcf/drop-in.html';
/** The same reader on a page that imports the ES module build (dist/cookie-consent.js) instead. */
const MODULE_PAGE = '/tests/fixtures/tcf/module.html';
const COOKIES = ['cc_tcf', 'euconsent-v2'];
const VENDORS = [1, 2, 8, 20, 755];

type Api = (...args: unknown[]) => unknown;
interface Status {
  status: string;
  tcString: string;
  consents: Record<string, boolean>;
  gcm?: boolean;
}
type PageWindow = Window & {
  __tcfapi?: Api;
  CookieConsent: { showPreferences(): void; getConsent(): { categories: string[] } | null };
  seen: unknown[][];
  statuses: Status[];
  adReplies: { call: string; callId?: string; success: boolean; value?: Record<string, unknown> }[];
  errors: string[];
  uncaught: string[];
  ccEvents: { type: string }[];
};

let frames: HTMLIFrameElement[] = [];

async function open(query = '', page = PAGE): Promise<PageWindow> {
  const { frame, win } = await openFrame<PageWindow>(page + query);
  frames.push(frame);
  return win;
}

/** Deletes this file's cookies and resolves once the deletion holds (see clearCookies). */
const deleteCookies = () => clearCookies((name) => COOKIES.includes(name));

/** Clicks one of the widget's buttons (by part) once it is drawn. */
async function click(win: PageWindow, part: string, where = '') {
  const find = () =>
    win.document
      .querySelector('cookie-consent')
      ?.shadowRoot?.querySelector<HTMLButtonElement>(`${where} [part~="${part}"]`);
  await waitUntil(find, `no ${part} button`, { timeout: 4000 });
  find()!.click();
}

const ping = (win: PageWindow) => new Promise<Record<string, unknown>>((resolve) => win.__tcfapi!('ping', 2, resolve));
const consented = (consents: Record<string, boolean>) =>
  Object.entries(consents)
    .filter(([, on]) => on)
    .map(([id]) => Number(id));
const tcfRequests = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /cookie-consent(-ui|-tcf)?\.min\.js$/.test(path));
type Received = { body: Record<string, unknown> }[];
const beacons = async (): Promise<Received> => (await (await fetch('/__consent-log')).json()) as Received;

describe('TCF in the drop-in (dist/cookie-consent.min.js + dist/cookie-consent-tcf.min.js)', function () {
  this.timeout(15000);

  beforeEach(async () => {
    await deleteCookies();
    await fetch('/__consent-log', { method: 'DELETE' });
  });
  afterEach(async () => {
    for (const f of frames) f.remove();
    frames = [];
    await deleteCookies();
  });

  it("a new reader: the stub's queue answered in order, cmpuishown, then useractioncomplete from the banner's Accept all; the string stored and in the proof", async () => {
    const win = await open();
    await waitUntil(() => win.statuses.length >= 1, 'no cmpuishown', { timeout: 5000 });
    expect(win.seen).to.deep.equal([
      ['ping-in-head', false, 'stub'],
      ['listener', 'cmpuishown', true],
      ['vendor-list', 7, true],
      ['tcdata', 'cmpuishown', true],
    ]);
    // Before the act: no consent bit at all, nothing stored.
    const shown = win.statuses[0]!;
    expect(consented(shown.consents)).to.deep.equal([]);
    expect(TCString.decode(shown.tcString).vendorConsents.size).to.equal(0);
    expect(win.document.cookie).not.to.include('euconsent-v2');

    await click(win, 'accept-all');
    await waitUntil(() => win.statuses.length >= 2, 'no useractioncomplete', { timeout: 4000 });
    expect(win.statuses.map((s) => s.status)).to.deep.equal(['cmpuishown', 'useractioncomplete']);
    const { tcString, consents, gcm } = win.statuses[1]!;
    expect(consented(consents)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(gcm, 'enableAdvertiserConsentMode with Google Consent Mode on').to.equal(true);

    // The IAB's decoder and our own spec reader agree on what the stored string says.
    const model = TCString.decode(tcString);
    const spec = readBySpec(tcString);
    expect([model.cmpId, model.cmpVersion, model.policyVersion, model.isServiceSpecific]).to.deep.equal([
      300,
      2,
      5,
      true,
    ]);
    expect([spec.core.version, spec.core.cmpId, spec.core.tcfPolicyVersion, spec.core.isServiceSpecific]).to.deep.equal(
      [2, 300, 5, true],
    );
    expect(spec.core.vendorConsents).to.deep.equal(VENDORS);
    expect(spec.disclosedVendors).to.deep.equal(VENDORS);
    expect(spec.core.purposesConsent).to.deep.equal(consented(consents));
    expect(decodeURIComponent(win.document.cookie)).to.include(`euconsent-v2=${tcString}`);
    await waitUntil(async () => (await beacons()).length == 1, 'no proof of consent', { timeout: 4000 });
    expect((await beacons())[0]!.body.tcString).to.equal(tcString);
    expect(win.errors).to.deep.equal([]);
    expect(win.uncaught).to.deep.equal([]);
  });

  it('a returning reader: ping before and after load, tcloaded with the stored string, no UI file; reopening and changing: cmpuishown, useractioncomplete', async () => {
    const first = await open();
    await click(first, 'accept-all');
    await waitUntil(() => first.statuses.length >= 2, 'no useractioncomplete', { timeout: 4000 });
    const stored = first.statuses[1]!.tcString;

    const win = await open();
    expect(win.seen[0], 'ping in <head>, before the CMP').to.deep.equal(['ping-in-head', false, 'stub']);
    await waitUntil(() => win.statuses.length >= 1, 'no tcloaded', { timeout: 5000 });
    expect(win.statuses.map((s) => s.status)).to.deep.equal(['tcloaded']);
    expect(win.statuses[0]!.tcString).to.equal(stored);
    const after = await ping(win);
    // 'disabled': the stored string is current, the CMP's UI will not show (CMP API v2, PingReturn).
    expect([after.cmpLoaded, after.cmpStatus, after.cmpId, after.displayStatus]).to.deep.equal([
      true,
      'loaded',
      300,
      'disabled',
    ]);
    // A returning reader's page downloads the core and the TCF file, not the UI.
    expect(tcfRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js', '/dist/cookie-consent-tcf.min.js']);

    win.CookieConsent.showPreferences();
    await waitUntil(() => win.statuses.length >= 2, 'no cmpuishown on reopening', { timeout: 5000 });
    expect(win.statuses[1]!.status).to.equal('cmpuishown');
    // Reopened, the reader's choice still stands until they change it.
    expect(win.statuses[1]!.tcString).to.equal(stored);
    await click(win, 'reject-all', 'dialog');
    await waitUntil(() => win.statuses.length >= 3, 'no useractioncomplete', { timeout: 4000 });
    expect(win.statuses.map((s) => s.status)).to.deep.equal(['tcloaded', 'cmpuishown', 'useractioncomplete']);
    const rejected = readBySpec(win.statuses[2]!.tcString);
    expect([rejected.core.purposesConsent, rejected.core.vendorConsents, rejected.disclosedVendors]).to.deep.equal([
      [],
      [],
      VENDORS,
    ]);
    expect(win.CookieConsent.getConsent()!.categories).to.deep.equal(['necessary']);
  });

  it('an ad frame on another origin asks through postMessage and gets answers with its callId', async () => {
    const win = await open();
    await click(win, 'accept-all');
    await waitUntil(() => win.statuses.length >= 2, 'no useractioncomplete', { timeout: 4000 });
    addAdFrame(win);
    await waitUntil(() => win.adReplies.length >= 2, 'no replies from the ad frame', { timeout: 4000 });
    const byCall = Object.fromEntries(win.adReplies.map((r) => [r.call, r]));
    expect([byCall.ping?.callId, byCall.ping?.value?.cmpStatus]).to.deep.equal(['ad-ping-1', 'loaded']);
    expect([
      byCall.addEventListener?.callId,
      byCall.addEventListener?.value?.eventStatus,
      byCall.addEventListener?.value?.tcString,
    ]).to.deep.equal(['ad-listen-2', 'useractioncomplete', win.statuses[1]!.tcString]);
  });

  it('without a tcf key: no TCF file, no __tcfapi, no euconsent-v2', async () => {
    const win = await open('?tcf=off&stub=0');
    await click(win, 'accept-all');
    await waitUntil(() => win.CookieConsent.getConsent() !== null, 'no choice stored');
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__tcfapi).to.equal(undefined);
    expect(win.frames.length, 'no __tcfapiLocator frame').to.equal(0);
    expect(tcfRequests(win)).to.deep.equal(['/dist/cookie-consent.min.js', '/dist/cookie-consent-ui.min.js']);
    expect(win.document.cookie).not.to.include('euconsent-v2');
    await waitUntil(async () => (await beacons()).length == 1, 'no proof of consent', { timeout: 4000 });
    expect((await beacons())[0]!.body).not.to.have.property('tcString');
  });

  for (const [query, problem] of [
    ['?core=no-tcf&stub=0', 'cookie-consent-tcf.min.js could not be loaded'],
    ['?tcf=invalid&stub=0', 'tcf.cmpId'],
  ] as const)
    it(`TCF that cannot start (${query}): one console.error, no __tcfapi, the banner and the choice work`, async () => {
      const win = await open(query);
      await click(win, 'accept-all');
      await waitUntil(() => win.CookieConsent.getConsent() !== null, 'no choice stored');
      await new Promise((r) => setTimeout(r, 300));
      expect(win.errors).to.have.length(1);
      expect(win.errors[0]).to.include(problem);
      expect(win.__tcfapi).to.equal(undefined);
      expect(win.document.cookie).not.to.include('euconsent-v2');
      expect(win.uncaught).to.deep.equal([]);
    });

  it('the ES module build (dist/cookie-consent.js, imported): loads the TCF file next to itself; cmpuishown, useractioncomplete, then tcloaded on the next page', async () => {
    const first = await open('', MODULE_PAGE);
    await waitUntil(() => first.statuses.length >= 1, 'no cmpuishown', { timeout: 5000 });
    expect(first.statuses[0]!.status).to.equal('cmpuishown');
    await click(first, 'accept-all');
    await waitUntil(() => first.statuses.length >= 2, 'no useractioncomplete', { timeout: 4000 });
    const { status, tcString, consents } = first.statuses[1]!;
    expect([status, consented(consents)]).to.deep.equal(['useractioncomplete', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]);
    expect(readBySpec(tcString).disclosedVendors).to.deep.equal(VENDORS);

    const win = await open('', MODULE_PAGE);
    await waitUntil(() => win.statuses.length >= 1, 'no tcloaded', { timeout: 5000 });
    expect(win.statuses.map((s) => [s.status, s.tcString])).to.deep.equal([['tcloaded', tcString]]);
    expect(tcfRequests(win)).to.deep.equal(['/dist/cookie-consent-tcf.min.js']);
    expect([...first.errors, ...win.errors, ...first.uncaught, ...win.uncaught]).to.deep.equal([]);
  });
});
