/**
 * The TCF screens' own strings (src/i18n/tcf/): one file per shipped language, each complete, with
 * English's placeholders, naming the banner's buttons as that language's pack does, and built as
 * dist/i18n/tcf/<code>.json (run `npm run build` first).
 */
import { expect } from '@open-wc/testing';
import type { Strings } from '../../src/i18n/en.js';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.js';
import { tcfEn, type TcfStrings } from '../../src/i18n/tcf/en.js';

const keys = Object.keys(tcfEn).sort();
const placeholders = (s: string) => (s.match(/\{[a-z]+\}/g) ?? []).sort().join();
const load = async <T>(path: string): Promise<T> => ((await import(path)) as { default: T }).default;

describe('TCF strings', () => {
  it('every shipped language has every TCF string of English, with its placeholders, naming its own buttons', async () => {
    for (const code of SHIPPED_LANGUAGES) {
      const strings = await load<TcfStrings>(`../../src/i18n/tcf/${code}.ts`);
      const pack = await load<Strings>(`../../src/i18n/${code}.ts`);
      expect(Object.keys(strings).sort(), code).to.deep.equal(keys);
      expect(strings.$code).to.equal(code);
      for (const key of keys.filter((k) => !k.startsWith('$'))) {
        const text = strings[key as keyof TcfStrings];
        expect(text, `${code} ${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(text), `${code} ${key}`).to.equal(placeholders(tcfEn[key as keyof TcfStrings]));
      }
      // The first layer names "Accept all", the legitimate-interest notice "Manage preferences", as the banner shows them.
      expect(strings.tcfSpecialFeaturesNote, code).to.contain(pack.acceptAll);
      expect(strings.tcfLegitimateInterestNote, code).to.contain(pack.manage);
    }
  });

  it('is built as dist/i18n/tcf/<code>.json, equal to its source less the code', async () => {
    for (const code of SHIPPED_LANGUAGES) {
      const response = await fetch(`/dist/i18n/tcf/${code}.json`);
      expect(response.ok, code).to.equal(true);
      const { $code, ...texts } = await load<TcfStrings>(`../../src/i18n/tcf/${code}.ts`);
      expect($code).to.equal(code);
      expect(await response.json(), code).to.deep.equal(texts);
    }
  });
});
