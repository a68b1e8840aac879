import { expect, waitUntil } from '@open-wc/testing';
import { consentProof, sendConsentProof } from '../../src/integrations/consent-record.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { CONFIG, clearCookies, mount } from '../ui/helpers.js';

const RECORD: ConsentRecord = {
  v: 2,
  id: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f',
  rev: 2,
  ts: 1764130000000,
  asked: ['necessary', 'analytics', 'marketing'],
  categories: ['necessary', 'analytics'],
  services: {},
  gpc: false,
};

type Received = { contentType: string; body: Record<string, unknown> }[];
const log = async (): Promise<Received> => (await (await fetch('/__consent-log')).json()) as Received;

/** Replaces a navigator/window member for one test. */
function stub<T extends object>(target: T, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]);
}

describe('proof of consent (recordEndpoint)', () => {
  beforeEach(async () => {
    await clearCookies();
    await fetch('/__consent-log', { method: 'DELETE' });
  });
  afterEach(clearCookies);

  it('holds exactly v, id, rev, ts, asked, categories, services, gpc, language and the URL without query or hash', () => {
    const where = { origin: 'https://news.example', pathname: '/story/1' } as Location;
    const proof = consentProof(RECORD, 'cy', where);
    expect(proof).to.deep.equal({
      v: 2,
      id: RECORD.id,
      rev: 2,
      ts: RECORD.ts,
      asked: ['necessary', 'analytics', 'marketing'],
      categories: ['necessary', 'analytics'],
      services: {},
      gpc: false,
      language: 'cy',
      url: 'https://news.example/story/1',
    });
  });

  it('delivers every choice to the endpoint with a real beacon', async () => {
    history.replaceState(null, '', `${location.pathname}?reader=secret#frag`);
    try {
      const el = await mount({ ...CONFIG, recordEndpoint: '/__consent-log' });
      el.acceptAll();
      el.rejectAll();
      await waitUntil(async () => (await log()).length === 2, 'beacons did not arrive', { timeout: 3000 });
      const received = await log();
      // Two beacons are two requests, which may arrive in either order (in WebKit "Reject all"
      // arrived first in one run of four).
      expect(received.map((r) => r.body.categories)).to.have.deep.members([
        ['necessary', 'analytics', 'marketing'],
        ['necessary'],
      ]);
      const [first, second] = received;
      expect(Object.keys(first!.body).sort()).to.deep.equal([
        'asked',
        'categories',
        'gpc',
        'id',
        'language',
        'rev',
        'services',
        'ts',
        'url',
        'v',
      ]);
      expect(first!.body.id).to.equal(second!.body.id);
      expect(first!.body.language).to.equal('en');
      expect(first!.body.url).to.equal(location.origin + location.pathname);
      expect(JSON.stringify(first!.body)).not.to.contain('secret');
      // text/plain: no CORS preflight when the endpoint is on another origin.
      expect(first!.contentType).to.match(/^text\/plain/);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('sends nothing without a recordEndpoint', async () => {
    const el = await mount();
    el.acceptAll();
    await new Promise((r) => setTimeout(r, 200));
    expect(await log()).to.deep.equal([]);
  });

  it('falls back to fetch with keepalive when sendBeacon refuses', async () => {
    const calls: [string, RequestInit][] = [];
    const restoreBeacon = stub(navigator, 'sendBeacon', () => false);
    const realFetch = fetch;
    const restoreFetch = stub(window, 'fetch', (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return realFetch(url, init);
    });
    try {
      sendConsentProof('/__consent-log', consentProof(RECORD, 'en'));
    } finally {
      restoreBeacon();
      restoreFetch();
    }
    expect(calls).to.have.length(1);
    expect(calls[0]![1]).to.include({ method: 'POST', keepalive: true, credentials: 'include' });
    await waitUntil(async () => (await log()).length === 1);
    expect((await log())[0]!.body.id).to.equal(RECORD.id);
  });

  it('never throws or blocks the reader when both sendBeacon and fetch fail', async () => {
    const restoreBeacon = stub(navigator, 'sendBeacon', () => {
      throw new TypeError('blocked');
    });
    const restoreFetch = stub(window, 'fetch', () => Promise.reject(new TypeError('offline')));
    let unhandled = false;
    const onUnhandled = () => (unhandled = true);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = await mount({ ...CONFIG, recordEndpoint: '/__consent-log' });
      expect(() => el.acceptAll()).not.to.throw();
      expect(el.hasConsent('analytics')).to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.equal(false);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
      restoreBeacon();
      restoreFetch();
    }
  });

  // What `cookie-consent serve` relies on to set the consent cookie from the server (Safari keeps
  // such a cookie its full Max-Age): the browser applies the Set-Cookie of the proof's answer, on
  // the beacon path and on the fetch fallback alike.
  const fromServer = (name: string) => document.cookie.split('; ').includes(`${name}=from-server`);
  it('applies the cookie a same-site endpoint sets in its answer, sent by sendBeacon or by fetch', async () => {
    const names = [`beacon_${Date.now()}`, `fetch_${Date.now()}`];
    sendConsentProof(`/__set-cookie?name=${names[0]}`, consentProof(RECORD, 'en'));
    const restore = stub(navigator, 'sendBeacon', () => false);
    try {
      sendConsentProof(`/__set-cookie?name=${names[1]}`, consentProof(RECORD, 'en'));
    } finally {
      restore();
    }
    try {
      await waitUntil(() => names.every(fromServer), `cookies set: ${document.cookie}`, { timeout: 3000 });
    } finally {
      for (const name of names) document.cookie = `${name}=; Path=/; Max-Age=0`;
    }
  });

  it('works in a browser without sendBeacon', async () => {
    const restore = stub(navigator, 'sendBeacon', undefined);
    try {
      sendConsentProof('/__consent-log', consentProof(RECORD, 'en'));
    } finally {
      restore();
    }
    await waitUntil(async () => (await log()).length === 1);
  });
});
