import { expect } from '@open-wc/testing';
import { MAX_EXPIRY_DAYS, validateConfig } from '../../src/core/config.js';
import { isSafeUrl } from '../../src/core/url.js';
import type { ConfigResult } from '../../src/core/config.js';
import type { GoogleConsentMode } from '../../src/core/types.js';

/** The smallest config a news site writes (contract §1). */
const base = () => ({ categories: { necessary: { required: true }, analytics: {}, marketing: {} } });

/** The base config with some keys replaced. */
const withKeys = (extra: Record<string, unknown>) => ({ ...base(), ...extra });

/** A value as it reads in a test name. */
const fmt = (v: unknown) =>
  typeof v == 'number' && !Number.isFinite(v) ? String(v) : (JSON.stringify(v) ?? String(v));

/** Validates `input`, asserting it never throws. */
function run(input: unknown): ConfigResult {
  let result: ConfigResult | undefined;
  expect(() => (result = validateConfig(input))).not.to.throw();
  return result!;
}

/** Asserts the config is refused and that some error names `key`. */
function expectRefused(input: unknown, key: string): ConfigResult {
  const result = run(input);
  expect(result.config, `config for ${key}`).to.equal(null);
  expect(result.errors, `errors for ${key}`).not.to.deep.equal([]);
  expect(result.errors.join('\n'), `errors for ${key}`).to.include(key);
  return result;
}

/** Asserts the config is accepted without errors, and returns the resolved config. */
function expectAccepted(input: unknown) {
  const result = run(input);
  expect(result.errors).to.deep.equal([]);
  expect(result.config).not.to.equal(null);
  return result.config!;
}

describe('validateConfig', () => {
  describe('input that is not a config', () => {
    const notObjects: [string, unknown][] = [
      ['undefined (no config at all)', undefined],
      ['null', null],
      ['a number', 42],
      ['NaN', NaN],
      ['a string', '{"categories":{"analytics":{}}}'],
      ['a boolean', true],
      ['an array', [{ categories: { analytics: {} } }]],
      ['a function', () => ({ categories: { analytics: {} } })],
      ['a RegExp', /categories/],
      ['a symbol', Symbol('config')],
      ['a bigint', BigInt(1)],
    ];
    for (const [what, input] of notObjects)
      it(`refuses ${what} with one error naming config`, () => {
        const result = expectRefused(input, 'config');
        expect(result.errors).to.have.length(1);
        expect(result.warnings).to.deep.equal([]);
      });
  });

  describe('top-level keys', () => {
    it('refuses an unknown top-level key with an error naming it', () => {
      expectRefused(withKeys({ colour: 'blue' }), 'colour');
    });

    it('refuses a misspelt key (categorys) with an error naming it', () => {
      expectRefused({ categorys: { analytics: {} }, categories: { analytics: {} } }, 'categorys');
    });

    it('refuses a config without categories with an error naming categories', () => {
      expectRefused({ policyUrl: '/cookies' }, 'categories');
      expectRefused({}, 'categories');
    });

    it('refuses empty categories with an error naming categories', () => {
      expectRefused({ categories: {} }, 'categories');
    });

    it('reports every bad key, not just the first', () => {
      const result = expectRefused(withKeys({ theme: 'pink', layout: 'modal', colour: 1 }), 'theme');
      const all = result.errors.join('\n');
      expect(all).to.include('layout');
      expect(all).to.include('colour');
    });

    const wrongTypes: [string, unknown][] = [
      ['revision', '1'],
      ['revision', -1],
      ['revision', 1.5],
      ['revision', NaN],
      ['revision', Infinity],
      ['policyUrl', 42],
      ['policyUrl', { href: '/cookies' }],
      ['categories', []],
      ['categories', 'analytics'],
      ['categories', ['necessary', 'analytics']],
      ['categories', null],
      ['cookie', 'cc_consent'],
      ['cookie', ['cc_consent']],
      ['cookie', null],
      ['language', 5],
      ['language', 'english please'],
      ['language', ''],
      ['translations', 'en'],
      ['translations', { en: 'Accept' }],
      ['translations', { en: { acceptAll: 1 } }],
      ['translations', [{ acceptAll: 'OK' }]],
      ['googleConsentMode', 'yes'],
      ['googleConsentMode', 1],
      ['googleConsentMode', ['analytics_storage']],
      ['respectGpc', 'true'],
      ['respectGpc', 1],
      ['respectGpc', null],
      ['recordEndpoint', 42],
      ['reloadOnRevoke', 'yes'],
      ['reloadOnRevoke', 0],
      ['reopenButton', 1],
      ['reopenButton', 'true'],
      ['layout', 'modal'],
      ['layout', true],
      ['position', 'left'],
      ['position', 'Bottom'],
      ['theme', 'pink'],
      ['theme', 'Dark'],
    ];
    for (const [key, value] of wrongTypes)
      it(`refuses ${key}: ${fmt(value)} with an error naming ${key}`, () => {
        const input = key == 'categories' ? { [key]: value } : withKeys({ [key]: value });
        expectRefused(input, key);
      });

    it('accepts every documented top-level key at once', () => {
      const config = expectAccepted({
        revision: 3,
        policyUrl: '/cookies',
        categories: { necessary: { required: true }, analytics: {}, marketing: {} },
        cookie: { name: 'cc_consent', domain: undefined, path: '/', expiresDays: 182, sameSite: 'Lax', secure: 'auto' },
        language: 'cy',
        translations: { en: { acceptAll: 'Accept everything' }, cy: { acceptAll: 'Derbyn y cyfan' } },
        googleConsentMode: { analytics_storage: ['analytics'] },
        respectGpc: false,
        recordEndpoint: 'https://consent.example.com/record',
        reloadOnRevoke: true,
        reopenButton: true,
        layout: 'box',
        position: 'bottom-left',
        theme: 'dark',
      });
      expect(config.revision).to.equal(3);
      expect(config.policyUrl).to.equal('/cookies');
      expect(config.language).to.equal('cy');
      expect(config.translations).to.deep.equal({
        en: { acceptAll: 'Accept everything' },
        cy: { acceptAll: 'Derbyn y cyfan' },
      });
      expect(config.googleConsentMode && config.googleConsentMode.analytics_storage).to.deep.equal(['analytics']);
      expect(config.respectGpc).to.equal(false);
      expect(config.recordEndpoint).to.equal('https://consent.example.com/record');
      expect(config.reloadOnRevoke).to.equal(true);
      expect(config.reopenButton).to.equal(true);
      expect(config.layout).to.equal('box');
      expect(config.position).to.equal('bottom-left');
      expect(config.theme).to.equal('dark');
    });

    it("accepts language 'auto' and codes with a region (en-GB, pt-BR)", () => {
      expect(expectAccepted(withKeys({ language: 'auto' })).language).to.equal('auto');
      expect(expectAccepted(withKeys({ language: 'en-GB' })).language).to.equal('en-GB');
      expect(expectAccepted(withKeys({ language: 'pt-BR' })).language).to.equal('pt-BR');
    });
  });

  describe('categories', () => {
    const badNames = ['Analytics', 'ad tracking', 'ana.lytics', 'ads!', 'statistik-ä', ''];
    for (const name of badNames)
      it(`refuses the category name ${JSON.stringify(name)} with an error naming categories.${name}`, () => {
        expectRefused({ categories: { necessary: { required: true }, [name]: {} } }, `categories.${name}`);
      });

    it('accepts category names made of a-z, 0-9, _ and -', () => {
      const config = expectAccepted({ categories: { 'ad_tracking-2': {}, '0': {}, x: {} } });
      expect(config.categories.map((c) => c.name)).to.have.members(['ad_tracking-2', '0', 'x']);
    });

    const notCategories: [string, unknown][] = [
      ['true', true],
      ['a string', 'Analytics'],
      ['an array', []],
      ['null', null],
      ['a number', 1],
    ];
    for (const [what, value] of notCategories)
      it(`refuses a category that is ${what} with an error naming it`, () => {
        expectRefused({ categories: { necessary: { required: true }, analytics: value } }, 'categories.analytics');
      });

    it('refuses an unknown key inside a category with an error naming it', () => {
      expectRefused({ categories: { analytics: { requried: true } } }, 'categories.analytics.requried');
    });

    const wrongCategoryTypes: [string, unknown][] = [
      ['required', 'yes'],
      ['required', 1],
      ['title', 5],
      ['title', { en: 5 }],
      ['title', ['Analytics']],
      ['description', []],
      ['description', { en: 'Counts visits', de: null }],
      ['cookies', '_ga'],
      ['cookies', [5]],
      ['cookies', ['']],
      ['cookies', [null]],
      ['cookies', { _ga: true }],
      ['services', []],
      ['services', 'ga4'],
      ['services', null],
      ['gpc', 'yes'],
      ['gpc', 1],
    ];
    for (const [key, value] of wrongCategoryTypes)
      it(`refuses categories.analytics.${key}: ${fmt(value)} with an error naming categories.analytics.${key}`, () => {
        expectRefused({ categories: { analytics: { [key]: value } } }, `categories.analytics.${key}`);
      });

    for (const name of ['GA4', 'google analytics', 'ga.4', ''])
      it(`refuses the service name ${JSON.stringify(name)} with an error naming the service`, () => {
        expectRefused(
          { categories: { analytics: { services: { [name]: {} } } } },
          `categories.analytics.services.${name}`,
        );
      });

    it('refuses a service that is not an object with an error naming it', () => {
      expectRefused({ categories: { analytics: { services: { ga4: true } } } }, 'categories.analytics.services.ga4');
      expectRefused(
        { categories: { analytics: { services: { ga4: 'Google' } } } },
        'categories.analytics.services.ga4',
      );
    });

    it('refuses an unknown key inside a service with an error naming it', () => {
      expectRefused(
        { categories: { analytics: { services: { ga4: { required: true } } } } },
        'categories.analytics.services.ga4.required',
      );
    });

    it('refuses bad service cookies and titles with an error naming the service key', () => {
      expectRefused(
        { categories: { analytics: { services: { ga4: { cookies: '_ga' } } } } },
        'categories.analytics.services.ga4.cookies',
      );
      expectRefused(
        { categories: { analytics: { services: { ga4: { cookies: [1] } } } } },
        'categories.analytics.services.ga4.cookies',
      );
      expectRefused(
        { categories: { analytics: { services: { ga4: { title: 4 } } } } },
        'categories.analytics.services.ga4.title',
      );
    });
  });

  describe('cookie options', () => {
    const badCookie: [string, unknown][] = [
      ['expiresDays', 0],
      ['expiresDays', -1],
      ['expiresDays', 400],
      ['expiresDays', MAX_EXPIRY_DAYS + 1],
      ['expiresDays', '182'],
      ['expiresDays', NaN],
      ['expiresDays', Infinity],
      ['sameSite', 'bogus'],
      ['sameSite', 'Lax '],
      ['sameSite', true],
      ['path', 'cookies'],
      ['path', ''],
      ['path', '/a;b'],
      ['path', '/a b'],
      ['name', 'cc consent'],
      ['name', 'cc;consent'],
      ['name', 'cc=consent'],
      ['name', ''],
      ['name', 5],
      ['domain', 'exa mple.com'],
      ['domain', 'example.com;secure'],
      ['domain', 5],
      ['secure', 'yes'],
      ['secure', 1],
      ['maxAge', 100],
    ];
    for (const [key, value] of badCookie)
      it(`refuses cookie.${key}: ${fmt(value)} with an error naming cookie.${key}`, () => {
        expectRefused(withKeys({ cookie: { [key]: value } }), `cookie.${key}`);
      });

    it(`accepts expiresDays from 1 to ${MAX_EXPIRY_DAYS} (13 months at most, COMPLIANCE R17)`, () => {
      expect(MAX_EXPIRY_DAYS).to.equal(395);
      expect(expectAccepted(withKeys({ cookie: { expiresDays: 1 } })).cookie.expiresDays).to.equal(1);
      expect(expectAccepted(withKeys({ cookie: { expiresDays: 395 } })).cookie.expiresDays).to.equal(395);
    });

    it("normalises sameSite 'lax' to 'Lax', 'STRICT' to 'Strict' and 'none' to 'None'", () => {
      expect(expectAccepted(withKeys({ cookie: { sameSite: 'lax' } })).cookie.sameSite).to.equal('Lax');
      expect(expectAccepted(withKeys({ cookie: { sameSite: 'STRICT' } })).cookie.sameSite).to.equal('Strict');
      expect(expectAccepted(withKeys({ cookie: { sameSite: 'none', secure: true } })).cookie.sameSite).to.equal('None');
    });

    it('keeps a configured name, domain, path and secure flag', () => {
      const config = expectAccepted(
        withKeys({
          cookie: { name: 'site_consent', domain: '.example.co.uk', path: '/news', expiresDays: 30, secure: true },
        }),
      );
      expect(config.cookie).to.deep.equal({
        name: 'site_consent',
        domain: '.example.co.uk',
        path: '/news',
        expiresDays: 30,
        sameSite: 'Lax',
        secure: true,
      });
    });

    it('warns that sameSite None with secure false will be refused by browsers', () => {
      const result = run(withKeys({ cookie: { sameSite: 'None', secure: false } }));
      expect(result.config).not.to.equal(null);
      expect(result.warnings.join('\n')).to.include('cookie.sameSite');
    });
  });

  describe('googleConsentMode', () => {
    it('refuses an unknown consent type with an error naming it', () => {
      expectRefused(withKeys({ googleConsentMode: { ad_storag: ['marketing'] } }), 'googleConsentMode.ad_storag');
    });

    it('refuses a consent type not mapped to an array of category names', () => {
      expectRefused(withKeys({ googleConsentMode: { ad_storage: 'marketing' } }), 'googleConsentMode.ad_storage');
      expectRefused(withKeys({ googleConsentMode: { ad_storage: [1] } }), 'googleConsentMode.ad_storage');
      expectRefused(withKeys({ googleConsentMode: { ad_storage: null } }), 'googleConsentMode.ad_storage');
    });

    it('accepts a mapping of all seven consent types and keeps it', () => {
      const mapping = {
        ad_storage: ['marketing'],
        ad_user_data: ['marketing'],
        ad_personalization: ['marketing'],
        analytics_storage: ['analytics'],
        functionality_storage: ['necessary'],
        personalization_storage: [],
        security_storage: ['necessary'],
      };
      const { wait_for_update, ...types } = expectAccepted(withKeys({ googleConsentMode: mapping }))
        .googleConsentMode as GoogleConsentMode;
      expect(types).to.deep.equal(mapping);
      expect(wait_for_update).to.equal(500);
    });

    it('fills in the contract §6 default mapping for true, and keeps the defaults of types not overridden', () => {
      const defaults = {
        ad_storage: ['marketing'],
        ad_user_data: ['marketing'],
        ad_personalization: ['marketing'],
        analytics_storage: ['analytics'],
        functionality_storage: ['functional'],
        personalization_storage: ['functional'],
        security_storage: [],
      };
      const on = expectAccepted(withKeys({ googleConsentMode: true })).googleConsentMode;
      expect(on).to.deep.equal({ ...defaults, wait_for_update: 500 });
      const some = expectAccepted(
        withKeys({ googleConsentMode: { analytics_storage: ['marketing'] } }),
      ).googleConsentMode;
      expect(some).to.deep.equal({ ...defaults, analytics_storage: ['marketing'], wait_for_update: 500 });
    });

    it('accepts the gtag options wait_for_update, region, ads_data_redaction and url_passthrough', () => {
      const gcm = expectAccepted(
        withKeys({
          googleConsentMode: {
            wait_for_update: 800,
            region: ['GB', 'US-CA'],
            ads_data_redaction: true,
            url_passthrough: true,
          },
        }),
      ).googleConsentMode as GoogleConsentMode;
      expect(gcm).to.include({ wait_for_update: 800, ads_data_redaction: true, url_passthrough: true });
      expect(gcm.region).to.deep.equal(['GB', 'US-CA']);
    });

    it('refuses bad gtag options, naming them', () => {
      expectRefused(withKeys({ googleConsentMode: { wait_for_update: -1 } }), 'googleConsentMode.wait_for_update');
      expectRefused(withKeys({ googleConsentMode: { region: 'GB' } }), 'googleConsentMode.region');
      expectRefused(
        withKeys({ googleConsentMode: { ads_data_redaction: 'yes' } }),
        'googleConsentMode.ads_data_redaction',
      );
    });

    it('turns googleConsentMode on for true or an object, off (false or absent) for false or absent', () => {
      expect(expectAccepted(withKeys({ googleConsentMode: true })).googleConsentMode).to.be.an('object');
      expect(expectAccepted(withKeys({ googleConsentMode: {} })).googleConsentMode).to.be.an('object');
      expect(expectAccepted(withKeys({ googleConsentMode: false })).googleConsentMode).to.equal(false);
      expect(expectAccepted(base()).googleConsentMode).to.equal(undefined);
    });
  });

  describe('URLs (policyUrl, recordEndpoint)', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      '\x01javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/1234',
    ];
    for (const key of ['policyUrl', 'recordEndpoint'])
      for (const value of unsafe)
        it(`refuses a ${JSON.stringify(value).slice(1, 12)}… ${key} with an error naming ${key}`, () => {
          expect(isSafeUrl(value)).to.equal(false);
          expectRefused(withKeys({ [key]: value }), key);
        });

    const safe = [
      '/cookies',
      'cookies.html',
      '../privacy#cookies',
      '?page=cookies',
      '#cookies',
      '//example.com/privacy',
      'https://example.com/privacy',
      'HTTPS://EXAMPLE.COM/PRIVACY',
      'http://example.com/privacy',
      'https://consent.example.com/record?site=news',
    ];
    for (const key of ['policyUrl', 'recordEndpoint'])
      for (const value of safe)
        it(`accepts the relative or http(s) ${key} ${JSON.stringify(value)} and keeps it verbatim`, () => {
          expect(isSafeUrl(value)).to.equal(true);
          expect(expectAccepted(withKeys({ [key]: value }))[key as 'policyUrl' | 'recordEndpoint']).to.equal(value);
        });
  });

  describe('defaults of a valid config', () => {
    it('fills in every default for the smallest config', () => {
      const result = run(base());
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      const config = result.config!;
      expect(config.revision).to.equal(0);
      expect(config.cookie).to.deep.equal({
        name: 'cc_consent',
        path: '/',
        expiresDays: 182,
        sameSite: 'Lax',
        secure: 'auto',
      });
      expect(config.cookie.domain).to.equal(undefined);
      expect(config.language).to.equal('auto');
      expect(config.translations).to.deep.equal({});
      expect(config.googleConsentMode).to.equal(undefined);
      expect(config.respectGpc).to.equal(true);
      expect(config.reloadOnRevoke).to.equal(false);
      expect(config.reopenButton).to.equal(false);
      expect(config.layout).to.equal('bar');
      expect(config.position).to.equal('bottom');
      expect(config.theme).to.equal('auto');
      expect(config.policyUrl).to.equal(undefined);
      expect(config.recordEndpoint).to.equal(undefined);
    });

    it("defaults the position to 'bottom-right' for layout 'box'", () => {
      const config = expectAccepted(withKeys({ layout: 'box' }));
      expect(config.layout).to.equal('box');
      expect(config.position).to.equal('bottom-right');
    });

    it('keeps a given position for either layout', () => {
      expect(expectAccepted(withKeys({ layout: 'box', position: 'bottom-left' })).position).to.equal('bottom-left');
      expect(expectAccepted(withKeys({ position: 'top' })).position).to.equal('top');
    });

    it('fills in cookie defaults around the keys a site sets', () => {
      const config = expectAccepted(withKeys({ cookie: { domain: 'example.com' } }));
      expect(config.cookie).to.deep.equal({
        name: 'cc_consent',
        domain: 'example.com',
        path: '/',
        expiresDays: 182,
        sameSite: 'Lax',
        secure: 'auto',
      });
    });

    it('keeps categories in the order the site wrote them', () => {
      const config = expectAccepted({
        categories: { marketing: {}, necessary: { required: true }, analytics: {}, functional: {} },
      });
      expect(config.categories.map((c) => c.name)).to.deep.equal(['marketing', 'necessary', 'analytics', 'functional']);
    });

    it('resolves every category with name, required, cookies, services and gpc', () => {
      const config = expectAccepted({
        categories: {
          necessary: { required: true, title: 'Essential', cookies: ['session'] },
          analytics: { title: { en: 'Statistics', de: 'Statistik' }, description: 'Counts visits' },
          marketing: {},
        },
      });
      const [necessary, analytics, marketing] = config.categories;
      expect(necessary).to.deep.include({
        name: 'necessary',
        required: true,
        title: 'Essential',
        cookies: ['session'],
        services: [],
        gpc: false,
      });
      expect(analytics).to.deep.include({
        name: 'analytics',
        required: false,
        title: { en: 'Statistics', de: 'Statistik' },
        description: 'Counts visits',
        cookies: [],
        services: [],
        gpc: false,
      });
      expect(marketing).to.deep.include({ name: 'marketing', required: false, cookies: [], services: [], gpc: true });
    });

    it('treats required: false like an optional category', () => {
      const config = expectAccepted({ categories: { analytics: { required: false } } });
      expect(config.categories[0]!.required).to.equal(false);
    });

    it("defaults gpc to true for 'marketing' only, and keeps an explicit gpc", () => {
      const config = expectAccepted({
        categories: { marketing: { gpc: false }, ads: { gpc: true }, analytics: {}, functional: {} },
      });
      expect(config.categories.map((c) => [c.name, c.gpc])).to.deep.equal([
        ['marketing', false],
        ['ads', true],
        ['analytics', false],
        ['functional', false],
      ]);
      expect(expectAccepted(base()).categories.find((c) => c.name == 'marketing')!.gpc).to.equal(true);
    });

    it('resolves services in order with their name and cookies (default [])', () => {
      const config = expectAccepted({
        categories: {
          analytics: { services: { ga4: { title: 'Google Analytics', cookies: ['_ga*'] }, hotjar: {} } },
        },
      });
      expect(config.categories[0]!.services).to.deep.equal([
        { name: 'ga4', title: 'Google Analytics', cookies: ['_ga*'] },
        { name: 'hotjar', cookies: [] },
      ]);
    });

    it('allows RegExp cookie patterns from JS and keeps the same RegExp', () => {
      const re = /^_gid$/;
      const config = expectAccepted({
        categories: { analytics: { cookies: ['_ga', '_ga_*', re], services: { x: { cookies: [/^_x/] } } } },
      });
      expect(config.categories[0]!.cookies).to.deep.equal(['_ga', '_ga_*', re]);
      expect(config.categories[0]!.cookies[2]).to.equal(re);
      expect(config.categories[0]!.services[0]!.cookies[0]).to.be.instanceOf(RegExp);
    });

    it('accepts a config read from JSON (a site keeps it in a file)', () => {
      const json = JSON.stringify({
        revision: 1,
        policyUrl: '/cookies',
        categories: { necessary: { required: true }, analytics: { services: { ga4: { cookies: ['_ga*'] } } } },
        cookie: { sameSite: 'strict' },
        googleConsentMode: true,
      });
      const config = expectAccepted(JSON.parse(json));
      expect(config.revision).to.equal(1);
      expect(config.cookie.sameSite).to.equal('Strict');
      expect(config.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics']);
    });

    it('accepts a config with a null prototype (Object.create(null))', () => {
      const input = Object.create(null) as Record<string, unknown>;
      const analytics = Object.create(null) as Record<string, unknown>;
      analytics.title = 'Analytics';
      input.categories = Object.assign(Object.create(null), { analytics });
      const config = expectAccepted(input);
      expect(config.categories[0]!.name).to.equal('analytics');
    });

    it('does not change the object the site passed in', () => {
      const input = withKeys({ cookie: { sameSite: 'lax' }, layout: 'box' });
      const before = JSON.stringify(input);
      expectAccepted(input);
      expect(JSON.stringify(input)).to.equal(before);
    });

    it('accepts keys set to undefined, as the contract example does (domain: undefined, recordEndpoint: undefined)', () => {
      const config = expectAccepted({
        categories: { analytics: {} },
        cookie: { name: 'cc_consent', domain: undefined, path: '/', expiresDays: 182, sameSite: 'Lax', secure: 'auto' },
        recordEndpoint: undefined,
      });
      expect(config.cookie.domain).to.equal(undefined);
      expect(config.recordEndpoint).to.equal(undefined);
    });

    // A key set to undefined is validated as absent, so it must also be resolved as absent.
    it('fills in top-level defaults for keys explicitly set to undefined (revision, respectGpc, position, theme…)', () => {
      const config = expectAccepted({
        ...base(),
        revision: undefined,
        respectGpc: undefined,
        position: undefined,
        theme: undefined,
        language: undefined,
        reopenButton: undefined,
      });
      expect(config.revision).to.equal(0);
      expect(config.respectGpc).to.equal(true);
      expect(config.position).to.equal('bottom');
      expect(config.theme).to.equal('auto');
      expect(config.language).to.equal('auto');
      expect(config.reopenButton).to.equal(false);
    });

    it('fills in cookie defaults for cookie keys explicitly set to undefined (name, expiresDays, sameSite…)', () => {
      const config = expectAccepted(
        withKeys({
          cookie: { name: undefined, path: undefined, expiresDays: undefined, sameSite: undefined, secure: undefined },
        }),
      );
      expect(config.cookie).to.deep.include({
        name: 'cc_consent',
        path: '/',
        expiresDays: 182,
        sameSite: 'Lax',
        secure: 'auto',
      });
    });

    it('fills in category defaults for category keys explicitly set to undefined (marketing gpc, cookies)', () => {
      const config = expectAccepted({
        categories: { marketing: { gpc: undefined, cookies: undefined }, analytics: { services: undefined } },
      });
      expect(config.categories[0]).to.deep.include({ name: 'marketing', gpc: true, cookies: [], services: [] });
      expect(config.categories[1]).to.deep.include({ name: 'analytics', cookies: [], services: [] });
    });

    it('does not throw for a required category whose cookies are explicitly undefined', () => {
      const result = run({
        categories: { necessary: { required: true, cookies: undefined, services: { s: { cookies: undefined } } } },
      });
      expect(result.errors).to.deep.equal([]);
      expect(result.config!.categories[0]!.cookies).to.deep.equal([]);
      expect(result.config!.categories[0]!.services[0]!.cookies).to.deep.equal([]);
    });
  });

  describe('warnings for tracking cookies under a required category (COMPLIANCE R07)', () => {
    const tracking: [string, (string | RegExp)[]][] = [
      ['_ga*', ['_ga*']],
      ['_ga', ['_ga']],
      ['_gid', ['_gid']],
      ['_fbp', ['_fbp']],
      ['IDE', ['IDE']],
      ['__utm*', ['__utm*']],
      ['a RegExp /^_ga/', [/^_ga/]],
      ['a RegExp /^_gid$/', [/^_gid$/]],
      ['a RegExp /^_fbp$/', [/^_fbp$/]],
    ];
    for (const [what, cookies] of tracking)
      it(`warns naming the category when a required category lists ${what}`, () => {
        const result = run({
          categories: { necessary: { required: true, cookies: ['session', ...cookies] }, analytics: {} },
        });
        expect(result.config, 'still a valid config').not.to.equal(null);
        expect(result.errors).to.deep.equal([]);
        expect(result.warnings).to.have.length(1);
        expect(result.warnings[0]).to.include('categories.necessary');
      });

    it('warns naming the category when a service of a required category lists _fbp', () => {
      const result = run({ categories: { essential: { required: true, services: { pixel: { cookies: ['_fbp'] } } } } });
      expect(result.config).not.to.equal(null);
      expect(result.warnings).to.have.length(1);
      expect(result.warnings[0]).to.include('categories.essential');
    });

    it('warns for an exact GA4 cookie name (_ga_ABC123XYZ) under a required category: it is one of _ga*', () => {
      const result = run({ categories: { necessary: { required: true, cookies: ['_ga_ABC123XYZ'] } } });
      expect(result.config).not.to.equal(null);
      expect(result.warnings.join('\n')).to.include('categories.necessary');
    });

    it('warns for an exact __utmb cookie under a required category: it is one of __utm*', () => {
      const result = run({ categories: { necessary: { required: true, cookies: ['__utmb'] } } });
      expect(result.config).not.to.equal(null);
      expect(result.warnings.join('\n')).to.include('categories.necessary');
    });

    it('does not warn when the same tracking cookies are listed under an optional category', () => {
      const result = run({
        categories: {
          necessary: { required: true },
          analytics: { cookies: ['_ga*', '_gid', /^_ga/, '__utm*'], services: { ga4: { cookies: ['_ga'] } } },
          marketing: { cookies: ['_fbp', 'IDE'], services: { meta: { cookies: ['_fbp'] } } },
        },
      });
      expect(result.config).not.to.equal(null);
      expect(result.warnings).to.deep.equal([]);
    });

    it('does not warn for a required category with only first-party essentials', () => {
      const result = run({
        categories: { necessary: { required: true, cookies: ['session', 'csrf_token', 'cc_consent', 'lang'] } },
      });
      expect(result.warnings).to.deep.equal([]);
    });
  });

  describe('hostile input', () => {
    it('never throws for cyclic objects, and refuses the bad parts', () => {
      const input: Record<string, unknown> = withKeys({});
      input.self = input;
      expectRefused(input, 'self');

      const analytics: Record<string, unknown> = {};
      analytics.title = analytics;
      expectRefused({ categories: { analytics } }, 'categories.analytics.title');

      const cookies: unknown[] = ['_ga'];
      cookies.push(cookies);
      expectRefused({ categories: { analytics: { cookies } } }, 'categories.analytics.cookies');
    });

    it('refuses a services object that contains itself, without throwing', () => {
      const services: Record<string, unknown> = {};
      services.loop = services;
      expectRefused({ categories: { analytics: { services } } }, 'categories.analytics.services.loop');
    });

    it('never throws for huge strings', () => {
      const huge = 'a'.repeat(2_000_000);
      expectRefused(huge, 'config');
      expectRefused(withKeys({ language: huge }), 'language');
      expectRefused(withKeys({ [huge.slice(0, 100_000)]: 1 }), ': unknown key');
      expectRefused({ categories: { [huge.slice(0, 10_000) + '!']: {} } }, 'categories.');
      expectAccepted(withKeys({ policyUrl: '/' + huge }));
      expectRefused(withKeys({ policyUrl: 'javascript:' + huge }), 'policyUrl');
      expectRefused(withKeys({ language: 'en' + '-abcdefgh'.repeat(50_000) + '!' }), 'language');
    });

    it('never throws for thousands of categories', () => {
      const categories: Record<string, unknown> = {};
      for (let i = 0; i < 5000; i++) categories[`c${i}`] = { cookies: [`k${i}`] };
      expect(expectAccepted({ categories }).categories).to.have.length(5000);
    });

    it('never throws for class instances, Maps and Dates in place of objects', () => {
      run(withKeys({ cookie: new Map([['name', 'x']]) }));
      expectRefused({ categories: new Map([['analytics', {}]]) }, 'categories');
      expectRefused(withKeys({ cookie: { expiresDays: new Date() } }), 'cookie.expiresDays');
    });

    it('never throws for a getter that throws on a top-level key, and refuses the config', () => {
      const input = withKeys({});
      Object.defineProperty(input, 'policyUrl', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      const result = run(input);
      expect(result.config).to.equal(null);
    });

    it('never throws for a getter that throws inside a category, and refuses the config', () => {
      const analytics = {};
      Object.defineProperty(analytics, 'cookies', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      const result = run({ categories: { analytics } });
      expect(result.config).to.equal(null);
    });

    it('never throws for a Proxy whose traps throw, and refuses the config', () => {
      const input = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('hostile proxy');
          },
        },
      );
      const result = run(input);
      expect(result.config).to.equal(null);
    });

    // Keys that exist on Object.prototype must be refused as unknown, not looked up as rules.
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])
      it(`refuses a top-level key named ${key} as unknown, without throwing`, () => {
        const input = JSON.parse(`{"categories":{"analytics":{}},"${key}":1}`) as unknown;
        expectRefused(input, key);
      });

    for (const key of ['constructor', '__proto__']) {
      it(`refuses a category key named ${key} as unknown, without throwing`, () => {
        const input = JSON.parse(`{"categories":{"analytics":{"${key}":1}}}`) as unknown;
        expectRefused(input, `categories.analytics.${key}`);
      });

      it(`refuses a cookie key named ${key} as unknown, without throwing`, () => {
        const input = JSON.parse(`{"categories":{"analytics":{}},"cookie":{"${key}":1}}`) as unknown;
        expectRefused(input, `cookie.${key}`);
      });

      it(`refuses a service key named ${key} as unknown, without throwing`, () => {
        const input = JSON.parse(`{"categories":{"analytics":{"services":{"ga4":{"${key}":1}}}}}`) as unknown;
        expectRefused(input, `categories.analytics.services.ga4.${key}`);
      });
    }
  });
});
