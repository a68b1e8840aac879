/**
 * Google Consent Mode v2 (docs/contract.md §6; docs/compliance.md R27–R29). Asserts exactly what Google's tags
 * read from `dataLayer`: real `arguments` objects, `[0]` the command, `[1]` its action, `[2]` the state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../storage/clear-cookies.js';
import { validateConfig } from '../../src/core/config.js';
import type { GoogleConsentMode } from '../../src/core/types.js';
import { consentState, pushDefault, pushUpdate } from '../../src/integrations/google-consent-mode.js';

const CATEGORIES = { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} };

function resolve(googleConsentMode: unknown = true, categories: object = CATEGORIES): GoogleConsentMode {
  const { config, errors } = validateConfig({ categories, googleConsentMode });
  expect(errors).to.deep.equal([]);
  return config!.googleConsentMode as GoogleConsentMode;
}

const granting =
  (...categories: string[]) =>
  (category: string) =>
    categories.includes(category);

const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ALL_GRANTED = {
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
  functionality_storage: 'granted',
  personalization_storage: 'granted',
  security_storage: 'granted',
};

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';

/** Every entry as a plain array, after checking it is an `arguments` object as gtag() pushes. */
function commands(dataLayer: unknown[] | undefined): unknown[][] {
  expect(dataLayer, 'dataLayer').to.be.an('array');
  return dataLayer!.map((entry, i) => {
    expect(isArguments(entry), `dataLayer[${i}] is an arguments object`).to.equal(true);
    return Array.from<unknown>(entry as IArguments);
  });
}

const isConsent = (action: 'default' | 'update') => (entry: unknown) =>
  isArguments(entry) && (entry as IArguments)[0] === 'consent' && (entry as IArguments)[1] === action;

describe('Google Consent Mode', () => {
  describe('consentState', () => {
    it('denies every ad and analytics type after Reject all (R29), and grants only security_storage', () => {
      expect(consentState(resolve(), granting('necessary'))).to.deep.equal(ALL_DENIED);
    });

    it('grants analytics_storage alone when only analytics is granted', () => {
      expect(consentState(resolve(), granting('necessary', 'analytics'))).to.deep.equal({
        ...ALL_DENIED,
        analytics_storage: 'granted',
      });
    });

    it('maps marketing to the three ad types and functional to functionality and personalization storage', () => {
      const gcm = resolve();
      expect(consentState(gcm, granting('marketing'))).to.deep.equal({
        ...ALL_DENIED,
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
      });
      expect(consentState(gcm, granting('functional'))).to.deep.equal({
        ...ALL_DENIED,
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      });
      expect(consentState(gcm, granting('necessary', 'functional', 'analytics', 'marketing'))).to.deep.equal(
        ALL_GRANTED,
      );
    });

    it('needs every category a custom mapping lists for a type', () => {
      const gcm = resolve(
        { ad_personalization: ['marketing', 'personalised-ads'] },
        { ...CATEGORIES, 'personalised-ads': {} },
      );
      expect(consentState(gcm, granting('marketing')).ad_personalization).to.equal('denied');
      expect(consentState(gcm, granting('personalised-ads')).ad_personalization).to.equal('denied');
      expect(consentState(gcm, granting('marketing', 'personalised-ads')).ad_personalization).to.equal('granted');
      expect(consentState(gcm, granting('marketing')).ad_storage, 'other types keep the default mapping').to.equal(
        'granted',
      );
    });

    it('keeps a type with an empty list denied even when everything is granted', () => {
      const gcm = resolve({ functionality_storage: [], analytics_storage: [] });
      const state = consentState(gcm, () => true);
      expect(state.functionality_storage).to.equal('denied');
      expect(state.analytics_storage).to.equal('denied');
      expect(state.personalization_storage).to.equal('granted');
    });

    it('always grants security_storage, whatever it is mapped to', () => {
      expect(consentState(resolve({ security_storage: ['marketing'] }), () => false).security_storage).to.equal(
        'granted',
      );
    });

    it('asks isGranted about one category name at a time (no index passed as a service)', () => {
      const calls: unknown[][] = [];
      consentState(resolve(), (...args: unknown[]) => (calls.push(args), true));
      expect(calls.length).to.be.greaterThan(0);
      for (const args of calls) expect(args).to.have.length(1);
    });
  });

  describe('pushDefault', () => {
    it('creates dataLayer and pushes consent default as an arguments object: all denied but security_storage, wait_for_update 500', () => {
      const w: { dataLayer?: unknown[] } = {};
      pushDefault(resolve(), w);
      expect(commands(w.dataLayer)).to.deep.equal([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
      expect(w.dataLayer![0]).not.to.be.an('array');
    });

    it('carries the configured wait_for_update and region', () => {
      const w: { dataLayer?: unknown[] } = {};
      pushDefault(resolve({ wait_for_update: 2000, region: ['GB', 'DE', 'US-CA'] }), w);
      expect(commands(w.dataLayer)).to.deep.equal([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 2000, region: ['GB', 'DE', 'US-CA'] }],
      ]);
    });

    it('is the only default with region: no region-less default is added', () => {
      const w: { dataLayer?: unknown[] } = {};
      pushDefault(resolve({ region: ['GB'] }), w);
      expect(w.dataLayer!.filter(isConsent('default'))).to.have.length(1);
    });

    it('adds the ads_data_redaction and url_passthrough set commands after the default, when configured', () => {
      const w: { dataLayer?: unknown[] } = {};
      pushDefault(resolve({ ads_data_redaction: true, url_passthrough: true }), w);
      expect(commands(w.dataLayer)).to.deep.equal([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
      ]);

      const off: { dataLayer?: unknown[] } = {};
      pushDefault(resolve({ ads_data_redaction: false, url_passthrough: false }), off);
      expect(off.dataLayer).to.have.length(1);
    });

    it('pushes once per dataLayer: a second copy of the script or a later start adds nothing', () => {
      const w: { dataLayer?: unknown[] } = {};
      const gcm = resolve({ url_passthrough: true });
      pushDefault(gcm, w);
      pushDefault(gcm, w);
      pushDefault(resolve(), w);
      pushUpdate(gcm, granting('analytics'), w);
      expect(w.dataLayer!.filter(isConsent('default'))).to.have.length(1);
      expect(commands(w.dataLayer).map((c) => c.slice(0, 2))).to.deep.equal([
        ['consent', 'default'],
        ['set', 'url_passthrough'],
        ['consent', 'update'],
      ]);

      const other: { dataLayer?: unknown[] } = {};
      pushDefault(gcm, other);
      expect(other.dataLayer!.filter(isConsent('default')), 'another data layer gets its own').to.have.length(1);
    });

    it("appends to the page's existing dataLayer, keeping the same array and its entries", () => {
      const existing: unknown[] = [{ event: 'page_meta' }];
      const w = { dataLayer: existing };
      pushDefault(resolve(), w);
      expect(w.dataLayer).to.equal(existing);
      expect(existing).to.have.length(2);
      expect(existing[0]).to.deep.equal({ event: 'page_meta' });
      expect(isConsent('default')(existing[1])).to.equal(true);
    });

    it('pushes to dataLayer directly even when the page defines window.gtag', () => {
      const calls: unknown[] = [];
      const w = { dataLayer: [] as unknown[], gtag: (...args: unknown[]) => calls.push(args) };
      pushDefault(resolve(), w);
      pushUpdate(resolve(), () => true, w);
      expect(calls).to.deep.equal([]);
      expect(commands(w.dataLayer).map((c) => c[1])).to.deep.equal(['default', 'update']);
    });

    it('uses the real window.dataLayer when no window is given', () => {
      const had = Object.prototype.hasOwnProperty.call(window, 'dataLayer');
      const saved = (window as { dataLayer?: unknown[] }).dataLayer;
      delete (window as { dataLayer?: unknown[] }).dataLayer;
      try {
        pushDefault(resolve());
        pushUpdate(resolve(), granting('analytics'));
        const dataLayer = (window as { dataLayer?: unknown[] }).dataLayer;
        expect(commands(dataLayer)).to.deep.equal([
          ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
          ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
        ]);
      } finally {
        if (had) (window as { dataLayer?: unknown[] }).dataLayer = saved;
        else delete (window as { dataLayer?: unknown[] }).dataLayer;
      }
    });
  });

  describe('pushUpdate', () => {
    it('pushes consent update with all seven types as an arguments object, after the default', () => {
      const w: { dataLayer?: unknown[] } = {};
      const gcm = resolve();
      pushDefault(gcm, w);
      pushUpdate(gcm, granting('necessary', 'analytics'), w);
      pushUpdate(gcm, () => true, w);
      pushUpdate(gcm, granting('necessary'), w);
      expect(commands(w.dataLayer)).to.deep.equal([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        ['consent', 'update', { ...ALL_DENIED, analytics_storage: 'granted' }],
        ['consent', 'update', ALL_GRANTED],
        ['consent', 'update', ALL_DENIED],
      ]);
    });

    it('never leaves an update without a default before it', () => {
      const w: { dataLayer?: unknown[] } = {};
      pushUpdate(resolve(), () => true, w);
      expect(commands(w.dataLayer)).to.deep.equal([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        ['consent', 'update', ALL_GRANTED],
      ]);
    });
  });

  // End-to-end: the built drop-in script on a page that then runs the standard Google tag snippet.
  describe('on a real page (dist/cookie-consent.min.js + the gtag snippet)', function () {
    this.timeout(8000);

    type FrameWindow = Window & { dataLayer?: unknown[]; CookieConsent?: { acceptAll(): void } };
    let frame: HTMLIFrameElement | undefined;

    async function deleteConsentCookie(): Promise<void> {
      for (const doc of new Set([document, frame?.contentDocument]))
        if (doc) doc.cookie = 'cc_consent=; Max-Age=0; Path=/';
      await clearCookies((name) => name === 'cc_consent');
    }

    async function open(): Promise<FrameWindow> {
      frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      frame.src = '/tests/fixtures/gcm/page.html';
      document.body.append(frame);
      await loaded;
      return frame.contentWindow as FrameWindow;
    }

    beforeEach(deleteConsentCookie);
    afterEach(async () => {
      frame?.remove();
      frame = undefined;
      await deleteConsentCookie();
    });

    it("puts consent default first in dataLayer, before the Google tag snippet's js and config (R27)", async () => {
      const win = await open();
      const list = commands(win.dataLayer);
      expect(list[0], 'first entry').to.deep.equal(['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]);
      expect(list.map((c) => c[0])).to.include.members(['js', 'config']);
      expect(list.filter((c) => c[0] === 'consent' && c[1] === 'default')).to.have.length(1);
      expect(
        list.filter((c) => c[0] === 'consent' && c[1] === 'update'),
        'no update without a choice',
      ).to.have.length(0);
    });

    it('follows the default with an update on load when a choice is stored (R28), and Accept all pushes another', async () => {
      const record = {
        v: 2,
        id: '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f',
        rev: 0,
        ts: Date.now(),
        asked: ['necessary', 'functional', 'analytics', 'marketing'],
        categories: ['necessary', 'analytics'],
        services: {},
        gpc: false,
      };
      document.cookie = `cc_consent=${encodeURIComponent(JSON.stringify(record))}; Path=/; SameSite=Lax`;
      const win = await open();
      await waitUntil(() => win.dataLayer?.some(isConsent('update')), 'no consent update after load', {
        timeout: 3000,
      });

      const list = commands(win.dataLayer);
      expect(list[0]).to.deep.equal(['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]);
      const updates = list.filter((c) => c[0] === 'consent' && c[1] === 'update');
      expect(updates).to.have.length(1);
      expect(updates[0]![2]).to.deep.equal({ ...ALL_DENIED, analytics_storage: 'granted' });
      // The script starts synchronously, so the stored choice is in place before the tag's first command.
      const at = (command: string, action?: string) =>
        list.findIndex((c) => c[0] === command && (!action || c[1] === action));
      expect(at('consent', 'update'), 'update before config').to.be.lessThan(at('config'));

      win.CookieConsent!.acceptAll();
      await waitUntil(() => win.dataLayer!.filter(isConsent('update')).length === 2, 'Accept all pushed no update', {
        timeout: 3000,
      });
      const last = commands(win.dataLayer).filter((c) => c[0] === 'consent' && c[1] === 'update')[1]!;
      expect(last[2]).to.deep.equal(ALL_GRANTED);
      expect(win.dataLayer!.filter(isConsent('default')), 'still one default').to.have.length(1);
    });
  });
});
