import { expect, fixture, html } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import type { CookieConsentConfig } from '../../src/core/types.js';
import { CONFIG, clearCookies, mount, part, storedRecord } from './helpers.js';

/** Captures console.error / console.warn while `fn` runs. */
async function capture(fn: () => unknown) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return { errors, warnings };
}

const setCookie = (value: string) => (document.cookie = `cc_consent=${value}; Path=/`);

describe('<cookie-consent> with bad input', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  const invalid: [string, unknown, string][] = [
    ['an unknown top-level key', { ...CONFIG, colour: 'red' }, 'colour'],
    ['a category name with capitals and spaces', { categories: { 'Bad Name': {} } }, 'categories.Bad Name'],
    ['no categories', { policyUrl: '/x' }, 'categories'],
    ['empty categories', { categories: {} }, 'categories'],
    ['a wrong type', { ...CONFIG, reopenButton: 'yes' }, 'reopenButton'],
    ['a javascript: policy link', { ...CONFIG, policyUrl: 'javascript:alert(1)' }, 'policyUrl'],
    ['a lifetime over 13 months', { ...CONFIG, cookie: { expiresDays: 400 } }, 'cookie.expiresDays'],
    ['not an object at all', 'categories', 'config'],
  ];
  for (const [what, config, key] of invalid) {
    it(`logs one error naming ${key} and stays safe for ${what}`, async () => {
      // A stored grant must not be honoured either: the config that would validate it is broken.
      setCookie(
        encodeURIComponent(
          JSON.stringify({
            v: 1,
            id: 'abcdef12',
            rev: 0,
            ts: Date.now(),
            categories: ['necessary', 'analytics'],
            services: {},
            gpc: false,
          }),
        ),
      );
      let el!: CookieConsentElement;
      const { errors } = await capture(async () => {
        el = await mount(config as CookieConsentConfig);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('[cookie-consent]').and.contain(key);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.hasConsent('analytics')).to.equal(false);
      expect(el.getConsent()).to.equal(null);
      // The API keeps working without throwing, and grants nothing.
      el.acceptAll();
      el.accept(['analytics']);
      el.showBanner();
      el.showPreferences();
      el.reset();
      expect(el.hasConsent('analytics')).to.equal(false);
    });
  }

  it('reads the config from a JSON child, and reports JSON that does not parse', async () => {
    const ok = await fixture<CookieConsentElement>(
      html`<cookie-consent><script type="application/json">{"categories":{"necessary":{"required":true},"analytics":{}}}</script></cookie-consent>`,
    );
    await ok.updateComplete;
    expect(part(ok, 'banner')).not.to.equal(null);
    ok.remove();
    let broken!: CookieConsentElement;
    const { errors } = await capture(async () => {
      broken = await fixture<CookieConsentElement>(
        html`<cookie-consent><script type="application/json">{ categories: nope }</script></cookie-consent>`,
      );
    });
    expect(errors.join()).to.contain('not valid JSON');
    expect(broken.hasConsent('analytics')).to.equal(false);
  });

  it('warns about known tracking cookies listed under a required category (R07)', async () => {
    const { errors, warnings } = await capture(async () => {
      await mount({
        categories: { necessary: { required: true, cookies: ['session', '_ga', '_fbp'] }, analytics: {} },
      });
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('categories.necessary').and.contain('_ga').and.contain('_fbp');
  });

  const corrupt: [string, string][] = [
    ['not JSON', '%7Bnot-json'],
    ['JSON of the wrong shape', encodeURIComponent('[1,2,3]')],
    [
      'an unknown category',
      encodeURIComponent(
        JSON.stringify({
          v: 1,
          id: 'abcdef12',
          rev: 0,
          ts: Date.now(),
          categories: ['necessary', 'spying'],
          services: {},
          gpc: false,
        }),
      ),
    ],
    [
      'an extra field',
      encodeURIComponent(
        JSON.stringify({
          v: 1,
          id: 'abcdef12',
          rev: 0,
          ts: Date.now(),
          categories: ['necessary', 'analytics'],
          services: {},
          gpc: false,
          admin: true,
        }),
      ),
    ],
    [
      'a timestamp in the future',
      encodeURIComponent(
        JSON.stringify({
          v: 1,
          id: 'abcdef12',
          rev: 0,
          ts: Date.now() + 10 * 864e5,
          categories: ['necessary', 'analytics'],
          services: {},
          gpc: false,
        }),
      ),
    ],
    ['broken percent-encoding', '%E0%A4%A'],
  ];
  for (const [what, value] of corrupt) {
    it(`treats a stored cookie with ${what} as no choice: banner shown, nothing granted, no error thrown`, async () => {
      setCookie(value);
      const el = await mount();
      expect(part(el, 'banner')).not.to.equal(null);
      expect(el.hasConsent('analytics')).to.equal(false);
      expect(el.getConsent()).to.equal(null);
      // The next choice replaces it with a valid record.
      el.rejectAll();
      expect(storedRecord()!.categories).to.deep.equal(['necessary']);
    });
  }

  it('keeps a choice for the page when the cookie cannot be written, and says so', async () => {
    // A Domain the page is not on: every browser refuses that cookie. (Not SameSite=None without
    // Secure: Chromium and Firefox refuse it, but WebKit keeps it.)
    const el = await mount({ ...CONFIG, cookie: { name: 'cc_blocked', domain: 'example.com' } });
    const { warnings } = await capture(() => el.acceptAll());
    expect(warnings.join()).to.contain('could not be stored');
    expect(el.hasConsent('analytics')).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'banner')).to.equal(null);
  });

  it('ignores accept() called with something other than an array', async () => {
    const el = await mount();
    const { errors } = await capture(() => el.accept('analytics' as unknown as string[]));
    expect(errors.join()).to.contain('accept()');
    expect(storedRecord()).to.equal(undefined);
  });

  it('ignores unknown category names passed to accept()', async () => {
    const el = await mount();
    el.accept(['analytics', 'nope']);
    expect(storedRecord()!.categories).to.deep.equal(['necessary', 'analytics']);
  });

  it('keeps an onGranted callback that throws from breaking the choice', async () => {
    const el = await mount();
    let later = false;
    const { errors } = await capture(() => {
      el.onGranted('analytics', () => {
        throw new Error('vendor bug');
      });
      el.onGranted('analytics', () => (later = true));
      el.acceptAll();
    });
    expect(errors.join()).to.contain('vendor bug');
    expect(later).to.equal(true);
    expect(el.hasConsent('analytics')).to.equal(true);
  });
});
