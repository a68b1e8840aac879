/**
 * The `tcf` block of the config (docs/contract.md §6) as a site writes it, and after validation.
 * Pure types. The core only checks that `tcf` is an object and hands it, unread, to the TCF file
 * (src/tcf/index.ts), which validates it with src/tcf/config.ts.
 */
import type { LocalizedText } from '../core/types.js';

/** What a publisher may require of vendors for one purpose (TC string: publisher restrictions). */
export type RestrictionName = 'not-allowed' | 'require-consent' | 'require-legitimate-interest';

/** One publisher restriction: for this purpose, these vendors are held to `restriction`. */
export interface PublisherRestrictionConfig {
  /** The TCF purpose (1–24). */
  purpose: number;
  restriction: RestrictionName;
  /** GVL vendor IDs, each one of `tcf.vendors`. */
  vendors: number[];
}

/** A purpose the publisher defines itself (PublisherTC segment, custom purposes). */
export interface CustomPurposeConfig {
  title: LocalizedText;
  description?: LocalizedText;
  legalBasis: 'consent' | 'legitimate-interest';
}

/** The publisher's own purposes (PublisherTC segment): its own uses of personal data. */
export interface PublisherPurposesConfig {
  /** TCF purposes the publisher asks consent for. */
  consent?: number[];
  /** TCF purposes the publisher relies on legitimate interest for (never 1 or 3–6). */
  legitimateInterest?: number[];
  /** Purposes the publisher defines itself (at most 63). */
  custom?: CustomPurposeConfig[];
}

/** The `tcf` config block as a site writes it. */
export interface TcfConfig {
  /** The publisher's own CMP ID, registered with IAB Europe (2–4095). Required; never defaulted. */
  cmpId: number;
  /** The CMP version the publisher registered (0–4095, default 1). */
  cmpVersion?: number;
  /** URL of the site's own copy of the Global Vendor List; translations sit beside it as `purposes-<lang>.json`. */
  gvl: string;
  /** The GVL vendor IDs the site works with: exactly these are shown and disclosed. */
  vendors: number[];
  /** ISO 3166-1 alpha-2 country of the publisher's legislation of reference ('GB', 'DE'…). */
  publisherCountryCode: string;
  /** Purpose 1 was not disclosed (a jurisdiction that needs no consent to store on a device). Default false. */
  purposeOneTreatment?: boolean;
  publisherRestrictions?: PublisherRestrictionConfig[];
  publisherPurposes?: PublisherPurposesConfig;
  /** `'auto'` (the first layer shows the GVL stacks that fit the vendors) or the stack IDs to show. */
  stacks?: 'auto' | number[];
  /** Google Additional Consent: the Google ATP provider IDs the site works with (AC string v2). */
  addtlConsent?: number[];
  /** Ask again after this many days (1–395, default 395: 13 months). */
  askAgainDays?: number;
  /** The site's category whose grant, in a saved selection, stands for consent to the TCF vendors. Default 'marketing'. */
  category?: string;
}

/** A publisher restriction after validation: the TC string's restriction type (0, 1, 2). */
export interface PublisherRestriction {
  purpose: number;
  /** 0 not allowed, 1 require consent, 2 require legitimate interest (TC string RestrictionType). */
  type: 0 | 1 | 2;
  vendors: number[];
}

/** The `tcf` block after validation, defaults filled in. */
export interface ResolvedTcfConfig {
  cmpId: number;
  cmpVersion: number;
  gvl: string;
  /** Distinct, ascending. */
  vendors: number[];
  /** Upper case. */
  publisherCountryCode: string;
  purposeOneTreatment: boolean;
  publisherRestrictions: PublisherRestriction[];
  /** `null` when not configured: the TC string then has no PublisherTC segment. */
  publisherPurposes: {
    consent: number[];
    legitimateInterest: number[];
    custom: CustomPurposeConfig[];
  } | null;
  stacks: 'auto' | number[];
  addtlConsent: number[];
  askAgainDays: number;
  category: string;
}
