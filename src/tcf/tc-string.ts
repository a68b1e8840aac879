/**
 * The TC string (docs/compliance.md R36, R39, R40): what a reader's choice means as TCF signals,
 * encoding it as a v2.3 string with the IAB's own library (@iabtechlabtcf/core), and deciding
 * whether a stored string still stands. No DOM, no cookies: the caller stores and reads.
 */
import { GVL, PurposeRestriction, Segment, TCModel, TCString } from '@iabtechlabtcf/core';
import { CONSENT_ONLY_PURPOSES } from './config.js';
import type { ResolvedTcfConfig } from './types.js';
import type { VendorList } from './vendor-list.js';

/** How a choice was made: the banner's two buttons, or a saved selection (the second layer). */
export type TcfAction = 'accept-all' | 'reject-all' | 'save';

/**
 * A reader's TCF signals, as lists of IDs. Every list only ever holds what was disclosed: building a
 * string filters them again against the narrowed vendor list.
 */
export interface TcfSignals {
  purposeConsents: number[];
  /** Purposes whose legitimate interest was disclosed and not objected to (never 1, 3–6). */
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  /** Only ever by an explicit opt-in. */
  specialFeatureOptins: number[];
  publisherConsents: number[];
  publisherLegitimateInterests: number[];
  /** Custom purpose IDs (1-based positions in `tcf.publisherPurposes.custom`). */
  publisherCustomConsents: number[];
  publisherCustomLegitimateInterests: number[];
}

const DAY = 864e5;
const ids = (record: Record<string, unknown>) => Object.keys(record).map(Number);
const unique = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
const allowedLi = (list: number[]) => list.filter((p) => !CONSENT_ONLY_PURPOSES.includes(p));

/**
 * Vendors whose legitimate interest covers special purposes only: a reader has no right to object to
 * special purposes, so their bit stays 1 after an objection (the spec: "for vendors that register
 * for Special Purposes only … the value must be set to 1").
 */
const objectionProof = (list: VendorList) =>
  Object.values(list.vendors)
    .filter((v) => !v.legIntPurposes.length && v.specialPurposes.length)
    .map((v) => v.id);

/** Custom purpose IDs of the publisher's own purposes on one legal basis. */
const customIds = (config: ResolvedTcfConfig, basis: string) =>
  (config.publisherPurposes?.custom ?? []).flatMap((c, i) => (c.legalBasis == basis ? [i + 1] : []));

/**
 * The signals of an action over the narrowed list:
 * - 'transparency': what the CMP may signal while its UI is shown and before any act (cmpuishown):
 *   legitimate interest disclosed, no consent, no special feature;
 * - 'accept-all': consent to every purpose and vendor shown, every legitimate interest, and the
 *   special features (the first layer names them next to the button: an explicit opt-in);
 * - 'reject-all': no consent, every legitimate interest objected to (vendors whose legitimate
 *   interest is for special purposes only keep their bit: there is no right to object to those);
 * - 'consent-without-special-features': a saved selection granting the site's TCF category.
 */
export function signalsFor(
  kind: 'transparency' | 'accept-all' | 'reject-all' | 'consent-without-special-features',
  list: VendorList,
  config: ResolvedTcfConfig,
): TcfSignals {
  const vendors = Object.values(list.vendors);
  const consent = kind == 'accept-all' || kind == 'consent-without-special-features';
  const li = kind != 'reject-all';
  const publisher = config.publisherPurposes;
  return {
    purposeConsents: consent ? ids(list.purposes) : [],
    purposeLegitimateInterests: li ? allowedLi(unique(vendors.flatMap((v) => v.legIntPurposes))) : [],
    vendorConsents: consent
      ? vendors.filter((v) => v.purposes.length || v.flexiblePurposes.length).map((v) => v.id)
      : [],
    vendorLegitimateInterests: li
      ? vendors.filter((v) => v.legIntPurposes.length || v.specialPurposes.length).map((v) => v.id)
      : objectionProof(list),
    specialFeatureOptins: kind == 'accept-all' ? ids(list.specialFeatures) : [],
    publisherConsents: consent && publisher ? publisher.consent : [],
    publisherLegitimateInterests: li && publisher ? allowedLi(publisher.legitimateInterest) : [],
    publisherCustomConsents: consent ? customIds(config, 'consent') : [],
    publisherCustomLegitimateInterests: li ? customIds(config, 'legitimate-interest') : [],
  };
}

/** The IAB library's view of the narrowed list, in the reader's language when the TCF has it (else English). */
export function libraryGvl(list: VendorList, language: string): GVL {
  // The library fills in its own structures from the object: give it a copy, never the shared one.
  const json = JSON.parse(JSON.stringify(list)) as ConstructorParameters<typeof GVL>[0];
  try {
    return new GVL(json, { language });
  } catch {
    return new GVL(json);
  }
}

export interface EncodeOptions {
  list: VendorList;
  gvl: GVL;
  config: ResolvedTcfConfig;
  signals: TcfSignals;
  /** The CMP screen the choice was made on: 1 the first layer, 2 the second. */
  consentScreen: number;
  now: number;
}

/** The day (UTC midnight) of a time: Created and LastUpdated have day granularity (R39). */
export const dayOf = (time: number): Date => new Date(Math.floor(time / DAY) * DAY);

/**
 * The v2.3 TC string: Core + DisclosedVendors, + PublisherTC when the site configures publisher
 * purposes. Disclosed vendors are exactly the narrowed list's vendors; no signal is ever set for
 * anyone else.
 */
export function encodeTcString({ list, gvl, config, signals, consentScreen, now }: EncodeOptions): string {
  const model = new TCModel(gvl);
  model.cmpId = config.cmpId;
  model.cmpVersion = config.cmpVersion;
  model.consentScreen = consentScreen;
  model.publisherCountryCode = config.publisherCountryCode;
  model.purposeOneTreatment = config.purposeOneTreatment;
  model.isServiceSpecific = true;
  model.useNonStandardTexts = false;
  model.created = model.lastUpdated = dayOf(now);

  const disclosed = ids(list.vendors);
  const shown = (vendorIds: number[]) => vendorIds.filter((id) => disclosed.includes(id));
  const purposes = ids(list.purposes);
  model.vendorsDisclosed.set(disclosed);
  model.vendorConsents.set(shown(signals.vendorConsents));
  model.vendorLegitimateInterests.set(shown(signals.vendorLegitimateInterests));
  model.purposeConsents.set(signals.purposeConsents.filter((p) => purposes.includes(p)));
  model.purposeLegitimateInterests.set(
    allowedLi(signals.purposeLegitimateInterests).filter((p) => purposes.includes(p)),
  );
  model.specialFeatureOptins.set(signals.specialFeatureOptins.filter((f) => String(f) in list.specialFeatures));
  for (const { purpose, type, vendors } of config.publisherRestrictions)
    for (const vendor of shown(vendors)) model.publisherRestrictions.add(vendor, new PurposeRestriction(purpose, type));

  const segments = [Segment.CORE, Segment.VENDORS_DISCLOSED];
  const publisher = config.publisherPurposes;
  if (publisher) {
    model.publisherConsents.set(signals.publisherConsents.filter((p) => publisher.consent.includes(p)));
    model.publisherLegitimateInterests.set(
      allowedLi(signals.publisherLegitimateInterests).filter((p) => publisher.legitimateInterest.includes(p)),
    );
    model.numCustomPurposes = publisher.custom.length;
    const custom = publisher.custom.map((_, i) => i + 1);
    model.publisherCustomConsents.set(signals.publisherCustomConsents.filter((p) => custom.includes(p)));
    model.publisherCustomLegitimateInterests.set(
      signals.publisherCustomLegitimateInterests.filter((p) => custom.includes(p)),
    );
    segments.push(Segment.PUBLISHER_TC);
  }
  return TCString.encode(model, { segments });
}

/** A stored string read once (its checks and its signals come from it), or undefined when it cannot be read. */
export function decodeTcString(tcString: string): TCModel | undefined {
  try {
    return TCString.decode(tcString);
  } catch {
    return undefined;
  }
}

/**
 * What of a stored string can be checked without the vendor list: why it no longer stands, or `''`.
 * `choiceTime` is when the site's own choice was stored: a string from an earlier day is not that
 * choice's (it changed on a page where TCF did not run).
 */
export function staleWithoutList(model: TCModel, config: ResolvedTcfConfig, now: number, choiceTime?: number): string {
  const updated = model.lastUpdated?.getTime();
  if (model.version != 2 || !model.isServiceSpecific) return 'it is not a service-specific v2 string';
  if (model.cmpId != config.cmpId) return 'another CMP wrote it';
  if (!(updated > 0) || updated > now + DAY) return 'its date is not valid';
  if (now - updated >= config.askAgainDays * DAY) return `it is older than ${config.askAgainDays} days`;
  if (choiceTime && updated < dayOf(choiceTime).getTime()) return 'the choice changed since it was written';
  return '';
}

/** What of a stored string needs the (narrowed) vendor list: why it no longer stands, or `''`. */
export function staleForList(model: TCModel, list: VendorList): string {
  // A policy-version rise means new disclosures: ask again, migrating nothing (R40).
  if (Number(model.policyVersion) < list.tcfPolicyVersion) return 'the GVL policy version rose';
  const never = ids(list.vendors).find((id) => !model.vendorsDisclosed.has(id));
  if (never) return `vendor ${never} was never disclosed`;
  return '';
}

/** Why a stored string no longer stands (the reader is asked again), or `''` when it still does. */
export function staleReason(
  tcString: string,
  list: VendorList,
  config: ResolvedTcfConfig,
  now: number,
  choiceTime?: number,
): string {
  const model = decodeTcString(tcString);
  if (!model) return 'it cannot be read';
  return staleWithoutList(model, config, now, choiceTime) || staleForList(model, list);
}

/** The signals a stored string (or its decoded model) holds, to pre-select the reader's earlier choice. */
export function signalsOf(stored: string | TCModel): TcfSignals {
  const model = typeof stored == 'string' ? TCString.decode(stored) : stored;
  const on = (vector: { forEach(cb: (value: boolean, id: number) => void): void }) => {
    const out: number[] = [];
    vector.forEach((value, id) => value && out.push(id));
    return out;
  };
  return {
    purposeConsents: on(model.purposeConsents),
    purposeLegitimateInterests: on(model.purposeLegitimateInterests),
    vendorConsents: on(model.vendorConsents),
    vendorLegitimateInterests: on(model.vendorLegitimateInterests),
    specialFeatureOptins: on(model.specialFeatureOptins),
    publisherConsents: on(model.publisherConsents),
    publisherLegitimateInterests: on(model.publisherLegitimateInterests),
    publisherCustomConsents: on(model.publisherCustomConsents),
    publisherCustomLegitimateInterests: on(model.publisherCustomLegitimateInterests),
  };
}
