import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { en, type Strings } from '../../src/i18n/en.js';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.js';
import { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { CONFIG, clearCookies, mount, part, parts } from '../ui/helpers.js';

const keys = Object.keys(en).sort();
const placeholders = (s: string) => (s.match(/\{[a-z]+\}/g) ?? []).sort().join();
const pack = async (code: string): Promise<Strings> =>
  ((await import(`../../src/i18n/${code}.ts`)) as { default: Strings }).default;

/** Overrides a navigator property for one test. */
function stubNavigator(key: string, value: unknown): () => void {
  Object.defineProperty(navigator, key, { value, configurable: true });
  return () => delete (navigator as unknown as Record<string, unknown>)[key];
}

describe('languages', () => {
  const htmlLang = document.documentElement.lang;
  beforeEach(async () => {
    await clearCookies();
    CookieConsentElement.languageBase = '/dist/i18n/';
  });
  afterEach(async () => {
    await clearCookies();
    document.documentElement.lang = htmlLang;
    CookieConsentElement.languageBase = '';
  });

  it('ships at least the 24 official EU languages, Welsh, Scottish Gaelic, Norwegian, Ukrainian, Turkish, Arabic and Hebrew', () => {
    const eu = [
      'bg',
      'hr',
      'cs',
      'da',
      'nl',
      'et',
      'fi',
      'fr',
      'de',
      'el',
      'hu',
      'ga',
      'it',
      'lv',
      'lt',
      'mt',
      'pl',
      'pt',
      'ro',
      'sk',
      'sl',
      'es',
      'sv',
    ];
    for (const code of [...eu, 'cy', 'gd', 'nb', 'uk', 'tr', 'ar', 'he'])
      expect(SHIPPED_LANGUAGES, code).to.include(code);
  });

  for (const code of SHIPPED_LANGUAGES) {
    describe(code, () => {
      it('has every key of English, each a non-empty string with the same placeholders, and its own code and direction', async () => {
        const strings = await pack(code);
        expect(Object.keys(strings).sort()).to.deep.equal(keys);
        expect(strings.$code).to.equal(code);
        expect(strings.$dir).to.equal(['ar', 'he'].includes(code) ? 'rtl' : 'ltr');
        for (const key of keys.filter((k) => !k.startsWith('$'))) {
          const text = strings[key as keyof Strings];
          expect(text, key).to.be.a('string').and.not.equal('');
          expect(placeholders(text), key).to.equal(placeholders(en[key as keyof Strings]));
        }
      });

      it('is built as dist/i18n JSON equal to its source, less the code and a left-to-right direction', async () => {
        const response = await fetch(`/dist/i18n/${code}.json`);
        expect(response.ok).to.equal(true);
        const { $code, $dir, ...texts } = await pack(code);
        expect($code).to.equal(code);
        expect(await response.json()).to.deep.equal($dir == 'rtl' ? { $dir, ...texts } : texts);
      });

      it('renders the banner on a 320 px phone without overflow', async () => {
        const el = await mount({ ...CONFIG, language: code });
        await waitUntil(() => part(el, 'banner'), 'banner not shown');
        await setViewport({ width: 320, height: 640 });
        try {
          expect(el.lang).to.equal(code);
          const banner = part(el, 'banner')!;
          expect(banner.textContent).to.contain((await pack(code)).bannerTitle);
          expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
          for (const b of parts(el, 'button')) {
            const box = b.getBoundingClientRect();
            expect(box.left, b.textContent).to.be.at.least(0);
            expect(box.right, b.textContent).to.be.at.most(320);
            expect(b.scrollWidth, b.textContent).to.be.at.most(b.clientWidth + 1);
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    });
  }

  it('picks <html lang> first, then the browser languages, with region subtags falling back (pt-BR → pt)', async () => {
    document.documentElement.lang = 'cy-GB';
    const welsh = await mount({ ...CONFIG, language: 'auto' });
    await waitUntil(() => welsh.lang === 'cy', 'did not pick cy');
    welsh.remove();
    document.documentElement.lang = 'xx';
    const restore = stubNavigator('languages', ['tlh', 'pt-BR', 'de']);
    try {
      const el = await mount({ ...CONFIG, language: 'auto' });
      await waitUntil(() => el.lang === 'pt');
    } finally {
      restore();
    }
  });

  it('shows English at once, without any request, when English is wanted', async () => {
    document.documentElement.lang = 'en-GB';
    const realFetch = fetch;
    let requests = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      requests++;
      return realFetch(...args);
    };
    try {
      const el = await mount({ ...CONFIG, language: 'auto' });
      expect(part(el, 'banner')).not.to.equal(null);
      expect(el.lang).to.equal('en');
      expect(requests).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('renders Arabic and Hebrew right to left', async () => {
    for (const code of ['ar', 'he']) {
      const el = await mount({ ...CONFIG, language: code });
      await waitUntil(() => part(el, 'banner'));
      expect(el.dir).to.equal('rtl');
      expect(getComputedStyle(part(el, 'banner')!).direction).to.equal('rtl');
      // The first button in reading order sits on the right.
      const [accept, reject] = [part(el, 'accept-all')!, part(el, 'reject-all')!];
      expect(accept.getBoundingClientRect().left).to.be.greaterThan(reject.getBoundingClientRect().left);
      el.remove();
    }
  });

  it('falls back to English, and still shows the banner, when the language request fails', async () => {
    CookieConsentElement.languageBase = '/no/such/folder/';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await mount({ ...CONFIG, language: 'fr' });
      await waitUntil(() => part(el, 'banner'), 'banner not shown');
      expect(el.lang).to.equal('en');
      expect(part(el, 'title')!.textContent).to.equal('This site uses cookies');
      expect(warnings.join()).to.contain("'fr'");
    } finally {
      console.warn = warn;
    }
  });

  it('switches language live with setLanguage()', async () => {
    const el = await mount();
    await el.setLanguage('de');
    await el.updateComplete;
    expect(el.lang).to.equal('de');
    expect(part(el, 'accept-all')!.textContent.trim()).to.equal((await pack('de')).acceptAll);
    await el.setLanguage('en');
    await el.updateComplete;
    expect(part(el, 'accept-all')!.textContent.trim()).to.equal('Accept all');
  });

  it('uses per-language category titles from the config and site overrides on top of a pack', async () => {
    const el = await mount({
      language: 'cy',
      translations: { cy: { acceptAll: 'Derbyn popeth!' } },
      categories: { necessary: { required: true }, analytics: { title: { en: 'Statistics', cy: 'Ystadegau' } } },
    });
    await waitUntil(() => part(el, 'banner'));
    expect(part(el, 'accept-all')!.textContent.trim()).to.equal('Derbyn popeth!');
    el.showPreferences();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')!.textContent).to.contain('Ystadegau');
  });

  it('offers a language given whole in the config, without a request', async () => {
    const xx = { ...en, $code: 'xx', bannerTitle: 'Xx cookies' };
    const el = await mount({ ...CONFIG, language: 'xx', translations: { xx } });
    expect(el.lang).to.equal('xx');
    expect(part(el, 'title')!.textContent).to.equal('Xx cookies');
  });
});
