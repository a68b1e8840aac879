/**
 * `__tcfapi` as a page and its ad tags see it (docs/compliance.md R42): the built files
 * (dist/tcf-stub.min.js, dist/cookie-consent-tcf.min.js; run `npm run build` first) in a fresh
 * frame per test (tests/fixtures/tcf/page.html), started with a stand-in for the core.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../storage/clear-cookies.js';
import { TCString } from '@iabtechlabtcf/core';
import type { CoreEvent, TcfDeps, TcfHandle } from '../../src/tcf/index.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { addAdFrame } from './ad-frame.js';

type Api = (...args: unknown[]) => unknown;
interface PageWindow extends Window {
  __tcfapi: Api;
  __cookieConsentTcf: { startTcf(deps: TcfDeps): TcfHandle | null };
  seen: unknown[][];
  adReplies: { call: string; callId?: string; success: boolean; value?: Record<string, unknown> }[];
}

const TCF = {
  cmpId: 300,
  cmpVersion: 3,
  gvl: '/tests/fixtures/tcf/vendor-list.json',
  vendors: [1, 2, 8, 20, 755],
  publisherCountryCode: 'GB',
  addtlConsent: [89, 2316],
};
const COOKIE = { name: 'cc_consent', path: '/', expiresDays: 182, sameSite: 'Lax' as const, secure: false };
const record = (categories: string[]): ConsentRecord => ({
  v: 2,
  id: '3f0c1234-aaaa-bbbb-cccc-1234567890ab',
  rev: 0,
  ts: Date.now(),
  asked: categories,
  categories,
  services: {},
  gpc: false,
});

const frames: HTMLIFrameElement[] = [];
afterEach(async () => {
  for (const f of frames.splice(0)) f.remove();
  await clearCookies((name) => name === 'euconsent-v2');
});

async function openPage(stub = 'ours'): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.src = `/tests/fixtures/tcf/page.html?stub=${stub}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** A stand-in for the core: a stored choice (or none), the banner shown or not, events on demand. */
function core(
  win: PageWindow,
  stored: ConsentRecord | null,
  visible: boolean,
  extra: Partial<TcfDeps['site']> = {},
  config: unknown = TCF,
) {
  const listeners = new Set<(e: CoreEvent) => void>();
  const state = { stored, visible, askedAgain: 0, logs: [] as unknown[] };
  const deps: TcfDeps = {
    config,
    site: {
      language: 'en',
      cookie: COOKIE,
      googleConsentMode: false,
      categories: ['necessary', 'marketing'],
      ...extra,
    },
    consent: {
      current: () => state.stored,
      uiVisible: () => state.visible,
      subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
      askAgain: () => {
        state.askedAgain++;
        emit({ type: 'ui', visible: true });
      },
    },
    log: (what) => state.logs.push(what),
  };
  const emit = (e: CoreEvent) => {
    if (e.type == 'ui') state.visible = e.visible;
    else state.stored = e.consent;
    listeners.forEach((l) => l(e));
  };
  const handle = win.__cookieConsentTcf.startTcf(deps);
  return { state, emit, handle: handle! };
}

/** Registers a listener and returns the eventStatus sequence it sees (with each TCData). */
function listen(win: PageWindow) {
  const events: { status: string; data: Record<string, unknown> }[] = [];
  win.__tcfapi('addEventListener', 2, (data: Record<string, unknown>, ok: boolean) => {
    if (ok) events.push({ status: data.eventStatus as string, data });
  });
  return events;
}

/** A reader who chose "Accept all" on an earlier page: their euconsent-v2 is stored; returns it. */
async function acceptedOnAnEarlierPage(): Promise<string> {
  const first = await openPage();
  const one = core(first, null, true);
  await one.handle.ready;
  one.emit({ type: 'choice', action: 'accept-all', consent: record(['necessary', 'marketing']) });
  return one.handle.tcString()!;
}

const ping = (win: PageWindow) => new Promise<Record<string, unknown>>((resolve) => win.__tcfapi('ping', 2, resolve));
const consentsOf = (data: Record<string, unknown>) =>
  Object.entries((data.purpose as { consents: Record<string, boolean> }).consents)
    .filter(([, v]) => v)
    .map(([k]) => Number(k));

describe('__tcfapi (dist/cookie-consent-tcf.min.js)', () => {
  it('a new reader: cmpuishown without consent, then useractioncomplete with the choice (Accept all)', async () => {
    const win = await openPage();
    const { emit, handle } = core(win, null, true);
    const events = listen(win);
    await handle.ready;
    await waitUntil(() => events.length >= 1);
    expect(events.map((e) => e.status)).to.deep.equal(['cmpuishown']);
    const shown = events[0]!.data;
    expect(shown.gdprApplies).to.equal(true);
    expect(consentsOf(shown)).to.deep.equal([]);
    expect(TCString.decode(shown.tcString as string).vendorConsents.size).to.equal(0);
    expect(handle.tcString()).to.equal(undefined);
    expect(win.document.cookie).not.to.include('euconsent-v2');

    emit({ type: 'choice', action: 'accept-all', consent: record(['necessary', 'marketing']) });
    emit({ type: 'ui', visible: false });
    await waitUntil(() => events.length >= 2);
    const done = events[1]!;
    expect(done.status).to.equal('useractioncomplete');
    expect(consentsOf(done.data)).to.have.length(11);
    expect(done.data.tcString).to.equal(handle.tcString());
    expect(decodeURIComponent(win.document.cookie)).to.include(`euconsent-v2=${handle.tcString()}`);
    expect(done.data.addtlConsent).to.equal('2~89.2316~dv.89.2316');
    // Closing the UI after the choice does not send a second event.
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.have.length(2);
  });

  it("euconsent-v2 is written with our cookie's domain, path, SameSite and Secure, and lives askAgainDays", async () => {
    const win = await openPage();
    // The page's cookie jar records what is written (and keeps nothing): the attributes are not readable back.
    const writes: string[] = [];
    Object.defineProperty(win.document, 'cookie', {
      configurable: true,
      get: () => '',
      set: (value: string) => void writes.push(value),
    });
    const cookie = { ...COOKIE, domain: 'news.example', path: '/politics', sameSite: 'Strict' as const, secure: true };
    const { emit, handle } = core(win, null, true, { cookie }, { ...TCF, askAgainDays: 180 });
    await handle.ready;
    emit({ type: 'choice', action: 'accept-all', consent: record(['necessary', 'marketing']) });
    const written = writes.filter((w) => w.startsWith('euconsent-v2='));
    expect(written).to.have.length(1);
    const [value, ...attributes] = written[0]!.split(';').map((part) => part.trim().toLowerCase());
    expect(value).to.equal(`euconsent-v2=${handle.tcString()!.toLowerCase()}`);
    expect(attributes).to.include.members([
      'domain=news.example',
      'path=/politics',
      'samesite=strict',
      'secure',
      `max-age=${180 * 86400}`,
    ]);
  });

  it('a returning reader: tcloaded at once with the stored string; reopening and changing: cmpuishown, useractioncomplete', async () => {
    const stored = await acceptedOnAnEarlierPage();

    const win = await openPage();
    const { emit, handle } = core(win, record(['necessary', 'marketing']), false, { googleConsentMode: true });
    const events = listen(win);
    await handle.ready;
    await waitUntil(() => events.length >= 1);
    expect(events[0]!.status).to.equal('tcloaded');
    expect(events[0]!.data.tcString).to.equal(stored);
    expect(events[0]!.data.enableAdvertiserConsentMode).to.equal(true);

    emit({ type: 'ui', visible: true });
    emit({ type: 'choice', action: 'reject-all', consent: record(['necessary']) });
    await waitUntil(() => events.length >= 3);
    expect(events.map((e) => e.status)).to.deep.equal(['tcloaded', 'cmpuishown', 'useractioncomplete']);
    expect(events[1]!.data.tcString).to.equal(stored);
    expect(consentsOf(events[2]!.data)).to.deep.equal([]);
    expect(events[2]!.data.addtlConsent).to.equal('2~~dv.89.2316');
  });

  it('a returning reader: tcloaded as the TCF file starts, before the vendor list is loaded; the locator frame after it', async () => {
    const stored = await acceptedOnAnEarlierPage();
    const win = await openPage();
    // The stub adds no frame while the page starts (making one costs the page tens of milliseconds).
    expect(win.frames.length).to.equal(0);
    const events = listen(win);
    const { handle } = core(win, record(['necessary', 'marketing']), false);
    expect(events.map((e) => [e.status, e.data.tcString])).to.deep.equal([['tcloaded', stored]]);
    expect(handle.vendorList()).to.equal(undefined);
    await handle.ready;
    await waitUntil(() => win.frames.length == 1, 'no locator frame after the first answer');
    expect(win.document.querySelector('iframe')?.name).to.equal('__tcfapiLocator');
    expect(events).to.have.length(1);
  });

  it('a policy-version rise, seen once the vendor list is loaded, asks the reader again after the early tcloaded', async () => {
    await acceptedOnAnEarlierPage();
    const win = await openPage();
    // The site's vendor list, re-hosted after the IAB raised its policy version.
    const fetchList = win.fetch.bind(win);
    win.fetch = async (...args: Parameters<typeof fetch>) => {
      const list = (await (await fetchList(...args)).json()) as { tcfPolicyVersion: number };
      return new Response(JSON.stringify({ ...list, tcfPolicyVersion: list.tcfPolicyVersion + 1 }));
    };
    const events = listen(win);
    const { state, handle } = core(win, record(['necessary', 'marketing']), false);
    await handle.ready;
    await waitUntil(() => events.length >= 2);
    expect(events.map((e) => e.status)).to.deep.equal(['tcloaded', 'cmpuishown']);
    expect(state.askedAgain).to.equal(1);
    expect(String(state.logs)).to.include('the GVL policy version rose');
    expect(consentsOf(events[1]!.data)).to.deep.equal([]);
    expect(win.document.cookie).not.to.include('euconsent-v2');
  });

  it('Global Privacy Control: an "Accept all" that left tcf.category off signals no consent, no special feature, no Additional Consent', async () => {
    const win = await openPage();
    const { emit, handle } = core(win, null, true);
    const events = listen(win);
    await handle.ready;
    // What the core stores for "Accept all" under GPC when the TCF category has `gpc: true`.
    emit({ type: 'choice', action: 'accept-all', consent: { ...record(['necessary']), gpc: true } });
    await waitUntil(() => events.length >= 2);
    const done = events[1]!.data;
    const model = TCString.decode(done.tcString as string);
    expect([consentsOf(done), model.vendorConsents.size, model.specialFeatureOptins.size]).to.deep.equal([[], 0, 0]);
    // Legitimate-interest transparency is not consent: it stays (GPC only ever removes consent).
    expect(model.purposeLegitimateInterests.size).to.be.greaterThan(0);
    expect(done.addtlConsent).to.equal('2~~dv.89.2316');
  });

  it('a choice made while the vendor list loads makes the string: cmpuishown, useractioncomplete, nobody asked again', async () => {
    const win = await openPage();
    const { state, emit, handle } = core(win, null, false);
    const events = listen(win);
    // The banner shows and the reader answers before the vendor list is there.
    emit({ type: 'ui', visible: true });
    emit({ type: 'choice', action: 'accept-all', consent: record(['necessary', 'marketing']) });
    emit({ type: 'ui', visible: false });
    await handle.ready;
    await waitUntil(() => events.length >= 2);
    expect(events.map((e) => e.status)).to.deep.equal(['cmpuishown', 'useractioncomplete']);
    expect(state.askedAgain).to.equal(0);
    expect(consentsOf(events[1]!.data)).to.have.length(11);
    expect(events[1]!.data.tcString).to.equal(handle.tcString());
  });

  it('a stored string that no longer stands asks the reader again, without tcloaded', async () => {
    document.cookie = 'euconsent-v2=COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA; Path=/';
    const win = await openPage();
    const { state, handle } = core(win, record(['necessary', 'marketing']), false);
    const events = listen(win);
    await handle.ready;
    await waitUntil(() => events.length >= 1);
    expect(state.askedAgain).to.equal(1);
    expect(events.map((e) => e.status)).to.deep.equal(['cmpuishown']);
    expect(String(state.logs)).to.include('asking again');
    expect(win.document.cookie).not.to.include('euconsent-v2');
  });

  for (const stub of ['ours', 'iab', 'none'])
    it(`answers the calls queued before it loaded in order (stub: ${stub})`, async () => {
      const win = await openPage(stub);
      // Before start: the stub answers ping (without one, nothing is defined until the TCF file starts).
      if (stub == 'none') expect(win.__tcfapi).to.equal(undefined);
      else expect((await ping(win)).cmpStatus).to.equal('stub');
      const { emit, handle } = core(win, null, false);
      await handle.ready;
      emit({ type: 'ui', visible: true });
      await waitUntil(() => win.seen.length >= (stub == 'none' ? 0 : 5));
      if (stub != 'none')
        expect(win.seen).to.deep.equal([
          ['ping-in-head', false, 'stub'],
          ['listener-a', 'cmpuishown', true],
          ['vendor-list', 7, true],
          ['tcdata', 'cmpuishown', true],
          ['listener-b', 'cmpuishown', true],
        ]);
      const after = await ping(win);
      expect([after.cmpLoaded, after.cmpStatus, after.cmpId, after.gvlVersion, after.tcfPolicyVersion]).to.deep.equal([
        true,
        'loaded',
        300,
        7,
        5,
      ]);
    });

  it('getVendorList: the narrowed list for the current or LATEST version, null for another', async () => {
    const win = await openPage();
    const { handle } = core(win, null, true);
    await handle.ready;
    const ask = (version?: unknown) =>
      new Promise<[Record<string, unknown> | null, boolean]>((resolve) =>
        win.__tcfapi('getVendorList', 2, (l: Record<string, unknown> | null, ok: boolean) => resolve([l, ok]), version),
      );
    const [list, ok] = await ask('LATEST');
    expect(ok).to.equal(true);
    expect(Object.keys(list!.vendors as object)).to.deep.equal(['1', '2', '8', '20', '755']);
    expect((await ask(7))[1]).to.equal(true);
    expect(await ask(6)).to.deep.equal([null, false]);
  });

  it('removeEventListener stops a listener; an unknown id answers false', async () => {
    const win = await openPage();
    const { emit, handle } = core(win, null, true);
    await handle.ready;
    const seen: string[] = [];
    let id: unknown;
    win.__tcfapi(
      'addEventListener',
      2,
      (d: Record<string, unknown>) => ((id = d.listenerId), seen.push(d.eventStatus as string)),
    );
    const removed = await new Promise((r) => win.__tcfapi('removeEventListener', 2, r, id));
    const unknown = await new Promise((r) => win.__tcfapi('removeEventListener', 2, r, 999));
    emit({ type: 'choice', action: 'accept-all', consent: record(['necessary', 'marketing']) });
    expect([removed, unknown, seen]).to.deep.equal([true, false, ['cmpuishown']]);
  });

  it('answers a frame on another origin through postMessage, with its callId', async () => {
    const win = await openPage();
    const { handle } = core(win, record(['necessary', 'marketing']), false);
    await handle.ready;
    addAdFrame(win);
    await waitUntil(() => win.adReplies.length >= 2, 'no replies from the ad frame', { timeout: 4000 });
    const byCall = Object.fromEntries(win.adReplies.map((r) => [r.call, r]));
    expect(byCall.ping?.callId).to.equal('ad-ping-1');
    expect(byCall.ping?.value?.cmpLoaded).to.equal(true);
    expect(byCall.addEventListener?.callId).to.equal('ad-listen-2');
    // This reader has our choice but no TC string yet: asked again, so the frame's listener sees cmpuishown.
    expect([byCall.addEventListener?.success, byCall.addEventListener?.value?.eventStatus]).to.deep.equal([
      true,
      'cmpuishown',
    ]);
  });

  it('a frame that asks through postMessage before the CMP loads: the stub answers ping, queues the rest', async () => {
    const win = await openPage();
    const ad = addAdFrame(win);
    const loaded = new Promise((resolve) => ad.addEventListener('load', resolve, { once: true }));
    await loaded;
    await waitUntil(() => win.adReplies.length >= 1, 'no ping reply from the stub', { timeout: 4000 });
    expect(win.adReplies.map((r) => [r.call, r.callId, r.value?.cmpStatus])).to.deep.equal([
      ['ping', 'ad-ping-1', 'stub'],
    ]);
    const { emit, handle } = core(win, null, true);
    await handle.ready;
    await waitUntil(() => win.adReplies.length >= 2, 'the queued call was not answered', { timeout: 4000 });
    expect([win.adReplies[1]?.callId, win.adReplies[1]?.value?.eventStatus]).to.deep.equal([
      'ad-listen-2',
      'cmpuishown',
    ]);
    // The listener stays registered: the reader's choice reaches the frame too, with the same callId.
    emit({ type: 'choice', action: 'reject-all', consent: record(['necessary']) });
    await waitUntil(() => win.adReplies.length >= 3, 'no useractioncomplete in the frame', { timeout: 4000 });
    expect([win.adReplies[2]?.callId, win.adReplies[2]?.value?.eventStatus]).to.deep.equal([
      'ad-listen-2',
      'useractioncomplete',
    ]);
  });

  it('an invalid block: one console error naming the key, no __tcfapi, nothing else', async () => {
    const win = await openPage('none');
    const { state, handle } = core(
      win,
      null,
      true,
      {},
      { ...TCF, gvl: 'https://vendor-list.consensu.org/v3/vendor-list.json' },
    );
    expect(handle).to.equal(null);
    expect(state.logs).to.have.length(1);
    expect(String(state.logs[0])).to.include('tcf.gvl');
    expect(win.__tcfapi).to.equal(undefined);
    expect(win.frames.length).to.equal(0);
  });

  it('a vendor list that cannot be loaded: ping says error, no signal is ever served', async () => {
    const win = await openPage();
    const { state, handle } = core(win, null, true, {}, { ...TCF, gvl: '/tests/fixtures/tcf/missing.json' });
    await handle.ready;
    expect((await ping(win)).cmpStatus).to.equal('error');
    const answer = await new Promise((r) =>
      win.__tcfapi('getTCData', 2, (d: unknown, ok: boolean) => r([typeof d, ok])),
    );
    expect(answer).to.deep.equal(['object', false]);
    expect(String(state.logs)).to.include('TCF is off');
  });
});
