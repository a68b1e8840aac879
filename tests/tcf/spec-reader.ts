/**
 * A second TC string reader for the tests, written from the bit layout of "Consent string and
 * vendor list formats v2" (IAB Tech Lab), sharing no code with the encoder or with
 * @iabtechlabtcf/core: if both readers agree on a string, the string says what the spec says.
 */

export interface SpecCore {
  version: number;
  created: number;
  lastUpdated: number;
  cmpId: number;
  cmpVersion: number;
  consentScreen: number;
  consentLanguage: string;
  vendorListVersion: number;
  tcfPolicyVersion: number;
  isServiceSpecific: boolean;
  useNonStandardTexts: boolean;
  specialFeatureOptIns: number[];
  purposesConsent: number[];
  purposesLITransparency: number[];
  purposeOneTreatment: boolean;
  publisherCC: string;
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  publisherRestrictions: { purpose: number; type: number; vendors: number[] }[];
}

export interface SpecString {
  core: SpecCore;
  /** SegmentType 1, or null when the string has none (invalid since v2.3). */
  disclosedVendors: number[] | null;
  /** SegmentType 3, or null. */
  publisherTC: {
    consents: number[];
    legitimateInterests: number[];
    customConsents: number[];
    customLegitimateInterests: number[];
  } | null;
  /** Segment types in the order they appear. */
  segmentTypes: number[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A cursor over the bits of one base64url segment (6 bits a character, most significant first). */
class Bits {
  private readonly bits: string;
  private at = 0;
  constructor(segment: string) {
    this.bits = [...segment]
      .map((ch) => {
        const n = ALPHABET.indexOf(ch);
        if (n < 0) throw new Error(`not base64url: ${ch}`);
        return n.toString(2).padStart(6, '0');
      })
      .join('');
  }
  int(length: number): number {
    if (this.at + length > this.bits.length) throw new Error('segment too short');
    const value = parseInt(this.bits.slice(this.at, this.at + length), 2);
    this.at += length;
    return value;
  }
  bool(): boolean {
    return this.int(1) == 1;
  }
  /** `length` bits, one per ID from 1: the IDs whose bit is 1. */
  field(length: number): number[] {
    const out: number[] = [];
    for (let id = 1; id <= length; id++) if (this.bool()) out.push(id);
    return out;
  }
  letters(): string {
    return String.fromCharCode(65 + this.int(6)) + String.fromCharCode(65 + this.int(6));
  }
  /** NumEntries, then per entry IsARange, StartOrOnlyVendorId, [EndVendorId]. */
  ranges(): number[] {
    const out: number[] = [];
    for (let n = this.int(12); n > 0; n--) {
      const isRange = this.bool();
      const start = this.int(16);
      const end = isRange ? this.int(16) : start;
      for (let id = start; id <= end; id++) out.push(id);
    }
    return out;
  }
  /** MaxVendorId, IsRangeEncoding, then a bit field or ranges. */
  vendorSection(): number[] {
    const max = this.int(16);
    return this.bool() ? this.ranges() : this.field(max);
  }
}

/** Reads a TC string by the spec. Throws on anything malformed. */
export function readBySpec(tcString: string): SpecString {
  const [coreSegment, ...others] = tcString.split('.');
  const b = new Bits(coreSegment!);
  const core: SpecCore = {
    version: b.int(6),
    created: b.int(36) * 100,
    lastUpdated: b.int(36) * 100,
    cmpId: b.int(12),
    cmpVersion: b.int(12),
    consentScreen: b.int(6),
    consentLanguage: b.letters(),
    vendorListVersion: b.int(12),
    tcfPolicyVersion: b.int(6),
    isServiceSpecific: b.bool(),
    useNonStandardTexts: b.bool(),
    specialFeatureOptIns: b.field(12),
    purposesConsent: b.field(24),
    purposesLITransparency: b.field(24),
    purposeOneTreatment: b.bool(),
    publisherCC: b.letters(),
    vendorConsents: b.vendorSection(),
    vendorLegitimateInterests: b.vendorSection(),
    publisherRestrictions: [],
  };
  for (let n = b.int(12); n > 0; n--)
    core.publisherRestrictions.push({ purpose: b.int(6), type: b.int(2), vendors: b.ranges() });

  const result: SpecString = { core, disclosedVendors: null, publisherTC: null, segmentTypes: [0] };
  for (const segment of others) {
    const s = new Bits(segment);
    const type = s.int(3);
    result.segmentTypes.push(type);
    if (type == 1) result.disclosedVendors = s.vendorSection();
    else if (type == 3) {
      const consents = s.field(24);
      const legitimateInterests = s.field(24);
      const custom = s.int(6);
      result.publisherTC = {
        consents,
        legitimateInterests,
        customConsents: s.field(custom),
        customLegitimateInterests: s.field(custom),
      };
    }
  }
  return result;
}
