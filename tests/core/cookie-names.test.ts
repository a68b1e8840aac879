import { expect } from '@open-wc/testing';
import { cookiesMatching, matchesCookieName } from '../../src/core/cookie-names.js';

describe('matchesCookieName', () => {
  it('matches an exact name and nothing else', () => {
    expect(matchesCookieName('_ga', '_ga')).to.equal(true);
    expect(matchesCookieName('_gat', '_ga')).to.equal(false);
    expect(matchesCookieName('x_ga', '_ga')).to.equal(false);
    expect(matchesCookieName('_GA', '_ga')).to.equal(false);
  });

  it('treats * as any run of characters, including none', () => {
    expect(matchesCookieName('_ga', '_ga*')).to.equal(true);
    expect(matchesCookieName('_ga_ABC123', '_ga*')).to.equal(true);
    expect(matchesCookieName('_ga_ABC123', '_ga_*')).to.equal(true);
    expect(matchesCookieName('_ga', '_ga_*')).to.equal(false);
    expect(matchesCookieName('x_ga', '_ga*')).to.equal(false);
  });

  it('accepts * anywhere and several times', () => {
    expect(matchesCookieName('__utma', '*utm*')).to.equal(true);
    expect(matchesCookieName('ab_123_cd', 'ab_*_cd')).to.equal(true);
    expect(matchesCookieName('ab_123_cdx', 'ab_*_cd')).to.equal(false);
    expect(matchesCookieName('anything', '*')).to.equal(true);
    expect(matchesCookieName('', '*')).to.equal(true);
  });

  it('reads every other regex character in a string pattern literally', () => {
    expect(matchesCookieName('a.b', 'a.b')).to.equal(true);
    expect(matchesCookieName('axb', 'a.b*')).to.equal(false);
    expect(matchesCookieName('a.b-1', 'a.b*')).to.equal(true);
    expect(matchesCookieName('a+b(c)[d]{2}$^|?\\', 'a+b(c)[d]{2}$^|?\\*')).to.equal(true);
    expect(matchesCookieName('aab(c)', 'a+b(c)*')).to.equal(false);
  });

  it('tests a RegExp against the name', () => {
    expect(matchesCookieName('_gid', /^_gid$/)).to.equal(true);
    expect(matchesCookieName('_gidx', /^_gid$/)).to.equal(false);
    expect(matchesCookieName('IDE', /ide/i)).to.equal(true);
  });

  it('answers the same every time for a global or sticky RegExp, without moving its lastIndex', () => {
    const global = /^_fb/g;
    const sticky = /_fb/y;
    for (let i = 0; i < 3; i++) {
      expect(matchesCookieName('_fbp', global)).to.equal(true);
      expect(matchesCookieName('_fbp', sticky)).to.equal(true);
      expect(matchesCookieName('x_fbp', sticky)).to.equal(false);
    }
    expect(global.lastIndex).to.equal(0);
    expect(sticky.lastIndex).to.equal(0);
  });
});

describe('cookiesMatching', () => {
  it('keeps the names that match any pattern, in their order', () => {
    const names = ['cc_consent', '_ga', '_ga_XYZ', '_gid', 'session', '_fbp'];
    expect(cookiesMatching(names, ['_ga*', /^_gid$/, '_fbp'])).to.deep.equal(['_ga', '_ga_XYZ', '_gid', '_fbp']);
  });

  it('finds nothing with no patterns or no names', () => {
    expect(cookiesMatching(['_ga'], [])).to.deep.equal([]);
    expect(cookiesMatching([], ['*'])).to.deep.equal([]);
  });
});
