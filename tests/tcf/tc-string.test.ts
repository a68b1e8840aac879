import { expect } from '@open-wc/testing';
import { TCString } from '@iabtechlabtcf/core';
import { validateTcfConfig } from '../../src/tcf/config.js';
import { narrowVendorList, vendorListProblem, type VendorList } from '../../src/tcf/vendor-list.js';
import { encodeTcString, libraryGvl, signalsFor, signalsOf, staleReason, dayOf } from '../../src/tcf/tc-string.js';
import type { TcfConfig } from '../../src/tcf/types.js';
import { readBySpec } from './spec-reader.js';

const DAY = 864e5;
const NOW = Date.UTC(2026, 11, 7, 13, 45, 12);
// Vendors of the fixture: 8 and 20 declare legitimate-interest purposes (20 also for 2, 7–10);
// 1 is consent with flexible purposes; 950 has special purposes only; 9999 is not in the GVL.
const VENDORS = [1, 2, 8, 20, 755, 950];

let full: VendorList;
before(async () => {
  full = (await (await fetch('/tests/fixtures/tcf/vendor-list.json')).json()) as VendorList;
});

function setup(extra: Partial<TcfConfig> = {}, vendors = VENDORS) {
  const { config, errors } = validateTcfConfig({
    cmpId: 300,
    cmpVersion: 2,
    gvl: '/gvl/vendor-list.json',
    vendors,
    publisherCountryCode: 'gb',
    ...extra,
  });
  expect(errors).to.deep.equal([]);
  const { list, missing } = narrowVendorList(full, config!.vendors);
  return { config: config!, list, missing, gvl: libraryGvl(list, 'de') };
}

function encode(kind: Parameters<typeof signalsFor>[0], extra: Partial<TcfConfig> = {}, now = NOW) {
  const s = setup(extra);
  const tcString = encodeTcString({ ...s, signals: signalsFor(kind, s.list, s.config), consentScreen: 1, now });
  return { ...s, tcString, lib: TCString.decode(tcString), spec: readBySpec(tcString) };
}

const setOf = (vector: { forEach(cb: (v: boolean, id: number) => void): void }) => {
  const out: number[] = [];
  vector.forEach((v, id) => v && out.push(id));
  return out;
};

describe('vendor list (src/tcf/vendor-list.ts)', () => {
  it('accepts the fixture and narrows it to the configured, live vendors', () => {
    expect(vendorListProblem(full)).to.equal('');
    const { list, missing } = narrowVendorList(full, [1, 8, 9999]);
    expect(Object.keys(list.vendors)).to.deep.equal(['1', '8']);
    expect(missing).to.deep.equal([9999]);
    expect(list.purposes).to.equal(full.purposes);
    expect(Object.keys(full.vendors).length).to.equal(376);
  });
  it('names what is wrong with a list that is not one', () => {
    expect(vendorListProblem('<html>')).to.equal('not a JSON object');
    expect(vendorListProblem({ ...full, tcfPolicyVersion: '5' })).to.include('tcfPolicyVersion');
    expect(vendorListProblem({ ...full, vendors: undefined })).to.include('vendors');
    expect(vendorListProblem({ ...full, vendors: { 3: { id: 4, name: 'x' } } })).to.include('vendor 3');
  });
});

describe('TC string (src/tcf/tc-string.ts)', () => {
  it('Accept all: a v2.3 string both readers agree on, field by field', () => {
    const { tcString, lib, spec, list } = encode('accept-all');
    const disclosed = Object.keys(list.vendors).map(Number);
    expect(disclosed).to.deep.equal([1, 2, 8, 20, 755, 950]);
    // Core + DisclosedVendors, no PublisherTC when none is configured.
    expect(tcString.split('.')).to.have.length(2);
    expect(spec.segmentTypes).to.deep.equal([0, 1]);

    // The IAB's reader.
    expect(lib.version).to.equal(2);
    expect(lib.cmpId).to.equal(300);
    expect(lib.cmpVersion).to.equal(2);
    expect(lib.policyVersion).to.equal(5);
    expect(lib.vendorListVersion).to.equal(7);
    expect(lib.isServiceSpecific).to.equal(true);
    expect(lib.consentLanguage).to.equal('DE');
    expect(lib.publisherCountryCode).to.equal('GB');
    expect(lib.created.getTime()).to.equal(dayOf(NOW).getTime());
    expect(lib.lastUpdated.getTime()).to.equal(lib.created.getTime());
    expect(setOf(lib.vendorsDisclosed)).to.deep.equal(disclosed);
    expect(setOf(lib.purposeConsents)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(setOf(lib.specialFeatureOptins)).to.deep.equal([1, 2]);

    // The spec reader agrees.
    const c = spec.core;
    expect([c.version, c.tcfPolicyVersion, c.cmpId, c.cmpVersion, c.isServiceSpecific]).to.deep.equal([
      2,
      5,
      300,
      2,
      true,
    ]);
    expect([c.vendorListVersion, c.consentLanguage, c.publisherCC]).to.deep.equal([7, 'DE', 'GB']);
    expect(c.created).to.equal(dayOf(NOW).getTime());
    expect(c.lastUpdated).to.equal(c.created);
    expect(c.purposesConsent).to.deep.equal(setOf(lib.purposeConsents));
    expect(c.purposesLITransparency).to.deep.equal(setOf(lib.purposeLegitimateInterests));
    expect(c.vendorConsents).to.deep.equal(setOf(lib.vendorConsents));
    expect(c.vendorLegitimateInterests).to.deep.equal(setOf(lib.vendorLegitimateInterests));
    expect(c.specialFeatureOptIns).to.deep.equal([1, 2]);
    expect(spec.disclosedVendors).to.deep.equal(disclosed);
    // Consent for every vendor that declares a consent purpose; 950 (special purposes only) has none.
    expect(c.vendorConsents).to.deep.equal([1, 2, 8, 20, 755]);
  });

  it('never sets legitimate interest for purposes 1 and 3–6', () => {
    const { spec } = encode('accept-all');
    expect(spec.core.purposesLITransparency).to.deep.equal(
      [2, 7, 8, 9, 10, 11].filter((p) => spec.core.purposesLITransparency.includes(p)),
    );
    expect(spec.core.purposesLITransparency).to.include(2);
    for (const p of [1, 3, 4, 5, 6]) expect(spec.core.purposesLITransparency).not.to.include(p);
  });

  it('Reject all: no consent, no special feature, legitimate interest objected to (but not for special purposes)', () => {
    const { spec } = encode('reject-all');
    expect(spec.core.purposesConsent).to.deep.equal([]);
    expect(spec.core.vendorConsents).to.deep.equal([]);
    expect(spec.core.specialFeatureOptIns).to.deep.equal([]);
    expect(spec.core.purposesLITransparency).to.deep.equal([]);
    // 1 and 2 rest on legitimate interest only for special purposes, 950 has nothing else: no right to
    // object to special purposes. 8 and 20 declare legitimate-interest purposes: objected to.
    expect(spec.core.vendorLegitimateInterests).to.deep.equal([1, 2, 950]);
    expect(spec.disclosedVendors).to.deep.equal(VENDORS);
  });

  it('before any act (UI shown): no consent bit, no special feature, legitimate interest disclosed', () => {
    const { spec } = encode('transparency');
    expect(spec.core.purposesConsent).to.deep.equal([]);
    expect(spec.core.vendorConsents).to.deep.equal([]);
    expect(spec.core.specialFeatureOptIns).to.deep.equal([]);
    expect(spec.core.vendorLegitimateInterests).to.include.members([8, 20, 950]);
  });

  it('a saved selection grants consent but opts in to no special feature', () => {
    const { spec } = encode('consent-without-special-features');
    expect(spec.core.purposesConsent).to.have.length(11);
    expect(spec.core.specialFeatureOptIns).to.deep.equal([]);
  });

  it('an undisclosed vendor never gets a bit, whatever the signals say', () => {
    const s = setup({}, [1, 8, 9999]);
    expect(s.missing).to.deep.equal([9999]);
    const signals = signalsFor('accept-all', s.list, s.config);
    signals.vendorConsents.push(2, 9999);
    signals.vendorLegitimateInterests.push(2, 9999);
    signals.purposeLegitimateInterests.push(1, 3);
    const spec = readBySpec(encodeTcString({ ...s, signals, consentScreen: 1, now: NOW }));
    expect(spec.disclosedVendors).to.deep.equal([1, 8]);
    expect(spec.core.vendorConsents).to.deep.equal([1, 8]);
    expect(spec.core.vendorLegitimateInterests).to.deep.equal([1, 8]);
    expect(spec.core.purposesLITransparency).not.to.include.members([1, 3]);
  });

  it('PublisherTC when publisher purposes are configured; publisher restrictions in the core', () => {
    const { tcString, spec, lib } = encode('accept-all', {
      purposeOneTreatment: true,
      publisherPurposes: {
        consent: [1, 3],
        legitimateInterest: [2],
        custom: [
          { title: 'Surveys', legalBasis: 'consent' },
          { title: 'Fraud', legalBasis: 'legitimate-interest' },
        ],
      },
      publisherRestrictions: [{ purpose: 2, restriction: 'require-consent', vendors: [8, 20] }],
    });
    expect(tcString.split('.')).to.have.length(3);
    expect(spec.segmentTypes).to.deep.equal([0, 1, 3]);
    expect(spec.publisherTC).to.deep.equal({
      consents: [1, 3],
      legitimateInterests: [2],
      customConsents: [1],
      customLegitimateInterests: [2],
    });
    expect(spec.core.purposeOneTreatment).to.equal(true);
    // The spec lets a restriction's range cover IDs that are not in the list (8–20 is one entry).
    const [restriction] = spec.core.publisherRestrictions;
    expect([restriction?.purpose, restriction?.type]).to.deep.equal([2, 1]);
    expect(restriction?.vendors.filter((v) => VENDORS.includes(v))).to.deep.equal([8, 20]);
    expect(lib.publisherRestrictions.getRestrictionType(8, 2)).to.equal(1);
    expect(setOf(lib.publisherConsents)).to.deep.equal([1, 3]);
  });

  it('Reject all with publisher purposes: no publisher consent either', () => {
    const { spec } = encode('reject-all', { publisherPurposes: { consent: [1], legitimateInterest: [2] } });
    expect(spec.publisherTC).to.deep.equal({
      consents: [],
      legitimateInterests: [],
      customConsents: [],
      customLegitimateInterests: [],
    });
  });

  it('reads a stored string back to the same signals', () => {
    const s = setup();
    const signals = signalsFor('accept-all', s.list, s.config);
    const back = signalsOf(encodeTcString({ ...s, signals, consentScreen: 1, now: NOW }));
    expect(back.purposeConsents).to.deep.equal(signals.purposeConsents);
    expect(back.vendorConsents).to.deep.equal(signals.vendorConsents);
    expect(back.specialFeatureOptins).to.deep.equal(signals.specialFeatureOptins);
  });

  describe('asking again (docs/compliance.md R40)', () => {
    it('a fresh string stands; one from another CMP or unreadable does not', () => {
      const { tcString, list, config } = encode('accept-all');
      expect(staleReason(tcString, list, config, NOW)).to.equal('');
      expect(staleReason(tcString, list, { ...config, cmpId: 301 }, NOW)).to.equal('another CMP wrote it');
      expect(staleReason('not a string', list, config, NOW)).not.to.equal('');
    });
    it('stands for 13 months, not one day more', () => {
      const { tcString, list, config } = encode('accept-all');
      const day = dayOf(NOW).getTime();
      expect(staleReason(tcString, list, config, day + 394 * DAY)).to.equal('');
      expect(staleReason(tcString, list, config, day + 395 * DAY)).to.include('older than 395 days');
      expect(staleReason(tcString, list, { ...config, askAgainDays: 30 }, day + 30 * DAY)).to.include('30 days');
    });
    it('not after a GVL policy-version rise', () => {
      const { tcString, list, config } = encode('accept-all');
      expect(staleReason(tcString, { ...list, tcfPolicyVersion: 6 }, config, NOW)).to.equal(
        'the GVL policy version rose',
      );
      expect(staleReason(tcString, { ...list, vendorListVersion: 8 }, config, NOW)).to.equal('');
    });
    it('not when a configured vendor was never disclosed to this reader', () => {
      const { tcString, config } = encode('accept-all');
      const wider = narrowVendorList(full, [...VENDORS, 6]).list;
      expect(staleReason(tcString, wider, { ...config, vendors: [...VENDORS, 6] }, NOW)).to.equal(
        'vendor 6 was never disclosed',
      );
    });
  });
});
