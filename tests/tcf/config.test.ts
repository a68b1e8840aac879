import { expect } from '@open-wc/testing';
import { validateTcfConfig, MAX_ASK_AGAIN_DAYS, type TcfConfigResult } from '../../src/tcf/config.js';
import { validateConfig } from '../../src/core/config.js';

/** The smallest valid block (docs/contract.md §6). */
const base = () => ({
  cmpId: 300,
  gvl: '/consent/gvl/vendor-list.json',
  vendors: [1, 2, 10, 755],
  publisherCountryCode: 'gb',
});

function run(input: unknown): TcfConfigResult {
  let result: TcfConfigResult | undefined;
  expect(() => (result = validateTcfConfig(input))).not.to.throw();
  return result!;
}

/** Asserts the block is refused and that an error names `key`. */
function expectRefused(input: unknown, key: string) {
  const result = run(input);
  expect(result.config, key).to.equal(null);
  expect(result.errors.join('\n'), key).to.include(key);
  return result;
}

describe('tcf config (src/tcf/config.ts)', () => {
  it('resolves the contract example with its defaults', () => {
    const { config, errors } = run({ ...base(), vendors: [755, 1, 10, 2] });
    expect(errors).to.deep.equal([]);
    expect(config).to.deep.equal({
      cmpId: 300,
      cmpVersion: 1,
      gvl: '/consent/gvl/vendor-list.json',
      vendors: [1, 2, 10, 755],
      publisherCountryCode: 'GB',
      purposeOneTreatment: false,
      publisherRestrictions: [],
      publisherPurposes: null,
      stacks: 'auto',
      addtlConsent: [],
      askAgainDays: MAX_ASK_AGAIN_DAYS,
      category: 'marketing',
    });
  });

  it('resolves every optional key', () => {
    const { config } = run({
      ...base(),
      cmpVersion: 7,
      purposeOneTreatment: true,
      publisherRestrictions: [{ purpose: 2, restriction: 'require-consent', vendors: [10, 2] }],
      publisherPurposes: {
        consent: [1, 3],
        legitimateInterest: [2, 7],
        custom: [{ title: { en: 'Surveys' }, legalBasis: 'consent' }],
      },
      stacks: [1, 42],
      addtlConsent: [89, 2316],
      askAgainDays: 180,
      category: 'ads',
    });
    expect(config?.publisherRestrictions).to.deep.equal([{ purpose: 2, type: 1, vendors: [2, 10] }]);
    expect(config?.publisherPurposes).to.deep.equal({
      consent: [1, 3],
      legitimateInterest: [2, 7],
      custom: [{ title: { en: 'Surveys' }, description: undefined, legalBasis: 'consent' }],
    });
    expect([
      config?.cmpVersion,
      config?.stacks,
      config?.addtlConsent,
      config?.askAgainDays,
      config?.category,
    ]).to.deep.equal([7, [1, 42], [89, 2316], 180, 'ads']);
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ['no CMP ID (none is ever baked in)', { cmpId: undefined }, 'tcf.cmpId'],
    ['CMP ID 0', { cmpId: 0 }, 'tcf.cmpId'],
    // IDs 0 and 1 are not assigned: the IAB's @iabtechlabtcf/cmpapi refuses an ID below 2.
    ['CMP ID 1', { cmpId: 1 }, 'tcf.cmpId'],
    ['CMP ID 4096', { cmpId: 4096 }, 'tcf.cmpId'],
    ['a CMP ID as a string', { cmpId: '300' }, 'tcf.cmpId'],
    ['a fractional CMP version', { cmpVersion: 1.5 }, 'tcf.cmpVersion'],
    ['a GVL on vendor-list.consensu.org', { gvl: 'https://vendor-list.consensu.org/v3/vendor-list.json' }, 'tcf.gvl'],
    ['a GVL on consensu.org with a trailing dot', { gvl: 'https://CONSENSU.ORG./v3/vendor-list.json' }, 'tcf.gvl'],
    ['a javascript: GVL URL', { gvl: 'javascript:alert(1)' }, 'tcf.gvl'],
    ['no GVL', { gvl: undefined }, 'tcf.gvl'],
    ['no vendors', { vendors: undefined }, 'tcf.vendors'],
    ['an empty vendor list', { vendors: [] }, 'tcf.vendors'],
    ['a vendor ID twice', { vendors: [1, 1] }, 'tcf.vendors'],
    ['vendor ID 0', { vendors: [0] }, 'tcf.vendors'],
    ['a three-letter country', { publisherCountryCode: 'GBR' }, 'tcf.publisherCountryCode'],
    ['no country', { publisherCountryCode: undefined }, 'tcf.publisherCountryCode'],
    ['purposeOneTreatment "yes"', { purposeOneTreatment: 'yes' }, 'tcf.purposeOneTreatment'],
    [
      'a restriction for a vendor the site does not list',
      { publisherRestrictions: [{ purpose: 2, restriction: 'not-allowed', vendors: [3] }] },
      'tcf.publisherRestrictions.0.vendors',
    ],
    [
      'legitimate interest required for purpose 1',
      { publisherRestrictions: [{ purpose: 1, restriction: 'require-legitimate-interest', vendors: [1] }] },
      'tcf.publisherRestrictions.0.restriction',
    ],
    [
      'an unknown restriction',
      { publisherRestrictions: [{ purpose: 2, restriction: 'forbid', vendors: [1] }] },
      'tcf.publisherRestrictions.0.restriction',
    ],
    [
      'purpose 25',
      { publisherRestrictions: [{ purpose: 25, restriction: 'not-allowed', vendors: [1] }] },
      'tcf.publisherRestrictions.0.purpose',
    ],
    [
      'publisher legitimate interest for purpose 3',
      { publisherPurposes: { legitimateInterest: [2, 3] } },
      'tcf.publisherPurposes.legitimateInterest',
    ],
    [
      'a custom purpose without a title',
      { publisherPurposes: { custom: [{ legalBasis: 'consent' }] } },
      'tcf.publisherPurposes.custom.0',
    ],
    ['stacks "all"', { stacks: 'all' }, 'tcf.stacks'],
    ['addtlConsent as a string', { addtlConsent: '2~1.2~dv.' }, 'tcf.addtlConsent'],
    ['asking again after 14 months', { askAgainDays: 426 }, 'tcf.askAgainDays'],
    ['a category name with spaces', { category: 'my ads' }, 'tcf.category'],
    ['an unknown key', { cmpID: 300 }, 'tcf.cmpID'],
  ];
  for (const [what, change, key] of refused)
    it(`refuses ${what}, naming ${key}`, () => {
      expectRefused({ ...base(), ...change }, key);
    });

  it('refuses what is not an object, and a block whose getter throws, without throwing', () => {
    for (const input of [null, undefined, 'tcf', [base()], 42]) expectRefused(input, 'tcf');
    const hostile = { ...base() };
    Object.defineProperty(hostile, 'vendors', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expectRefused(hostile, 'tcf');
  });

  it('reports every problem at once', () => {
    const { errors } = run({ ...base(), cmpId: 0, gvl: 'https://consensu.org/x.json', askAgainDays: 0 });
    expect(errors.map((e) => e.split(':')[0])).to.deep.equal(['tcf.cmpId', 'tcf.gvl', 'tcf.askAgainDays']);
  });

  describe('in the core validator (src/core/config.ts)', () => {
    const categories = { necessary: { required: true }, marketing: {} };
    it('passes an object through unread, whatever it holds', () => {
      const tcf = { anything: 'the TCF file judges this' };
      const { config, errors } = validateConfig({ categories, tcf });
      expect(errors).to.deep.equal([]);
      expect(config?.tcf).to.equal(tcf);
    });
    it('refuses a tcf that is not an object, naming it', () => {
      const { config, errors } = validateConfig({ categories, tcf: true });
      expect(config).to.equal(null);
      expect(errors).to.deep.equal(['tcf: must be an object']);
    });
    it('leaves tcf out when the site does not write it', () => {
      expect(validateConfig({ categories }).config).not.to.have.property('tcf');
    });
  });
});
