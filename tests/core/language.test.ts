import { expect } from '@open-wc/testing';
import { localize, pickLanguage } from '../../src/core/language.js';

describe('pickLanguage', () => {
  it('picks the first wanted language that is available', () => {
    expect(pickLanguage(['de', 'fr'], ['en', 'fr', 'de'])).to.equal('de');
    expect(pickLanguage(['fr', 'de'], ['en', 'fr', 'de'])).to.equal('fr');
  });

  it('skips wanted languages that are not available', () => {
    expect(pickLanguage(['ja', 'ko', 'cy'], ['en', 'cy'])).to.equal('cy');
  });

  it('falls back from a region tag to its primary language (pt-BR → pt)', () => {
    expect(pickLanguage(['pt-BR'], ['en', 'pt'])).to.equal('pt');
    expect(pickLanguage(['en-GB'], ['de', 'en'])).to.equal('en');
  });

  it('falls back from a tag with script and region to its primary language (zh-Hant-TW → zh)', () => {
    expect(pickLanguage(['zh-Hant-TW'], ['en', 'zh'])).to.equal('zh');
  });

  it('prefers the exact region tag over the primary language when both are available', () => {
    expect(pickLanguage(['pt-BR'], ['pt', 'pt-BR'])).to.equal('pt-BR');
  });

  it('lets an earlier wanted language win through its primary tag over a later exact match', () => {
    expect(pickLanguage(['pt-BR', 'de'], ['en', 'de', 'pt'])).to.equal('pt');
  });

  it('does not fall back from a primary language to a region tag', () => {
    expect(pickLanguage(['pt'], ['en', 'pt-BR'])).to.equal('en');
  });

  it('falls back to English when nothing wanted is available', () => {
    expect(pickLanguage(['ja', 'ko'], ['de', 'fr'])).to.equal('en');
    expect(pickLanguage([], ['de', 'fr'])).to.equal('en');
    expect(pickLanguage(['de'], [])).to.equal('en');
  });

  it('skips empty, null and undefined entries (a page without <html lang>)', () => {
    expect(pickLanguage([null, undefined, '', 'cy'], ['en', 'cy'])).to.equal('cy');
    expect(pickLanguage([null, undefined, ''], ['en', 'cy'])).to.equal('en');
  });

  it('compares case-insensitively and answers with the available spelling', () => {
    expect(pickLanguage(['DE'], ['en', 'de'])).to.equal('de');
    expect(pickLanguage(['pt-br'], ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(pickLanguage(['PT-BR'], ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(pickLanguage(['CY-gb'], ['en', 'cy'])).to.equal('cy');
    expect(pickLanguage(['de'], ['en', 'DE'])).to.equal('DE');
  });

  it('picks a right-to-left language like any other', () => {
    expect(pickLanguage(['ar-EG', 'en'], ['en', 'ar'])).to.equal('ar');
    expect(pickLanguage(['he'], ['en', 'he'])).to.equal('he');
  });
});

describe('localize', () => {
  it('returns a plain string as it is, in any language', () => {
    expect(localize('Analytics', 'de')).to.equal('Analytics');
    expect(localize('', 'de')).to.equal('');
  });

  it('returns undefined for no text', () => {
    expect(localize(undefined, 'en')).to.equal(undefined);
  });

  it('picks the entry of the shown language', () => {
    expect(localize({ en: 'Analytics', de: 'Statistik' }, 'de')).to.equal('Statistik');
    expect(localize({ en: 'Analytics', de: 'Statistik' }, 'en')).to.equal('Analytics');
  });

  it('falls back to the primary language of a region tag (pt-BR → pt)', () => {
    expect(localize({ en: 'Analytics', pt: 'Análise' }, 'pt-BR')).to.equal('Análise');
  });

  it('prefers an exact region entry over the primary language', () => {
    expect(localize({ en: 'Analytics', pt: 'Análise', 'pt-BR': 'Análise (BR)' }, 'pt-BR')).to.equal('Análise (BR)');
  });

  it('falls back to English when the language has no entry', () => {
    expect(localize({ de: 'Statistik', en: 'Analytics' }, 'cy')).to.equal('Analytics');
  });

  it('falls back to the first entry when there is neither the language nor English', () => {
    expect(localize({ de: 'Statistik', fr: 'Statistiques' }, 'cy')).to.equal('Statistik');
  });

  it('returns undefined for an empty object', () => {
    expect(localize({}, 'en')).to.equal(undefined);
  });

  it('returns an empty-string entry rather than falling back', () => {
    expect(localize({ en: 'Analytics', de: '' }, 'de')).to.equal('');
  });

  it('returns markup as text, untouched (rendering escapes it)', () => {
    expect(localize({ en: '<b>Analytics</b>' }, 'en')).to.equal('<b>Analytics</b>');
  });
});
