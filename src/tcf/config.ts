/**
 * Validation of the `tcf` config block (docs/contract.md §6). Pure. Like the core's validator it
 * never throws, reports every problem at once as "tcf.<key>: <problem>", and returns `null` when
 * anything is wrong: TCF then stays off (no `__tcfapi`, no TC string), which is the safe state.
 */
import { isSafeUrl } from '../core/url.js';
import type { LocalizedText } from '../core/types.js';
import type { CustomPurposeConfig, PublisherRestriction, ResolvedTcfConfig } from './types.js';

export interface TcfConfigResult {
  config: ResolvedTcfConfig | null;
  errors: string[];
}

/** Purposes that may never rest on legitimate interest (TCF v2.2+: 1, and 3 to 6). */
export const CONSENT_ONLY_PURPOSES = [1, 3, 4, 5, 6];
/** 13 months, the longest a TCF choice may stand (docs/compliance.md R40). */
export const MAX_ASK_AGAIN_DAYS = 395;
const RESTRICTIONS = ['not-allowed', 'require-consent', 'require-legitimate-interest'];
const KEYS = [
  'cmpId',
  'cmpVersion',
  'gvl',
  'vendors',
  'publisherCountryCode',
  'purposeOneTreatment',
  'publisherRestrictions',
  'publisherPurposes',
  'stacks',
  'addtlConsent',
  'askAgainDays',
  'category',
];

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => Object.prototype.toString.call(v) == '[object Object]';
const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isText = (v: unknown): v is LocalizedText =>
  typeof v == 'string' || (isObject(v) && Object.values(v).every((t) => typeof t == 'string'));

/** True for a URL on consensu.org, the IAB's domain, which a browser must never load the GVL from (R41). */
export const isConsensuUrl = (url: string): boolean => {
  try {
    return /(^|\.)consensu\.org\.?$/i.test(new URL(url, 'https://site.invalid/').hostname);
  } catch {
    return false;
  }
};

/** Validates the raw `tcf` value. Never throws, whatever it is given. */
export function validateTcfConfig(input: unknown): TcfConfigResult {
  const errors: string[] = [];
  const fail = (key: string, problem: string) => void errors.push(`tcf${key ? '.' + key : ''}: ${problem}`);
  try {
    if (!isObject(input)) {
      fail('', 'must be an object');
      return { config: null, errors };
    }
    // Own keys, each read once (a getter is not asked twice; a polluted prototype is never read).
    const raw: Rec = {};
    for (const [k, v] of Object.entries(input))
      if (!KEYS.includes(k)) fail(k, 'unknown key');
      else if (v !== undefined) raw[k] = v;

    /** A list of distinct integers in [min, max] at `key`, or undefined (after an error) when it is not. */
    const ids = (v: unknown, key: string, min: number, max: number): number[] | undefined => {
      if (Array.isArray(v) && v.every((x) => isInt(x, min, max)) && new Set(v).size == v.length)
        return [...(v as number[])].sort((a, b) => a - b);
      fail(key, `must be a list of distinct whole numbers ${min}–${max}`);
      return undefined;
    };

    const { cmpId, cmpVersion = 1, gvl, publisherCountryCode, purposeOneTreatment = false } = raw;
    // 0 and 1 are not IDs IAB Europe assigns to a CMP (the IAB's own libraries refuse them); never defaulted.
    if (cmpId === undefined) fail('cmpId', 'is required: the CMP ID the publisher registered with IAB Europe');
    else if (!isInt(cmpId, 2, 4095)) fail('cmpId', 'must be a whole number 2–4095');
    if (!isInt(cmpVersion, 0, 4095)) fail('cmpVersion', 'must be a whole number 0–4095');

    if (typeof gvl != 'string' || !gvl || !isSafeUrl(gvl))
      fail('gvl', "must be the http(s) URL of the site's vendor list");
    else if (isConsensuUrl(gvl))
      fail('gvl', 'must not be on consensu.org: the site serves its own copy (npx cookie-consent gvl)');

    const vendors = raw.vendors === undefined ? fail('vendors', 'is required') : ids(raw.vendors, 'vendors', 1, 65535);
    if (vendors && !vendors.length) fail('vendors', 'must name at least one vendor');

    if (typeof publisherCountryCode != 'string' || !/^[a-z]{2}$/i.test(publisherCountryCode))
      fail('publisherCountryCode', "must be a two-letter ISO 3166-1 country code ('GB')");
    if (typeof purposeOneTreatment != 'boolean') fail('purposeOneTreatment', 'must be true|false');

    const publisherRestrictions: PublisherRestriction[] = [];
    const restrictions = raw.publisherRestrictions ?? [];
    if (!Array.isArray(restrictions)) fail('publisherRestrictions', 'must be a list');
    else
      restrictions.forEach((r: unknown, i) => {
        const at = `publisherRestrictions.${i}`;
        if (!isObject(r)) return fail(at, 'must be an object { purpose, restriction, vendors }');
        const unknown = Object.keys(r).find((k) => !['purpose', 'restriction', 'vendors'].includes(k));
        if (unknown) fail(`${at}.${unknown}`, 'unknown key');
        const type = RESTRICTIONS.indexOf(r.restriction as string);
        if (!isInt(r.purpose, 1, 24)) fail(`${at}.purpose`, 'must be a whole number 1–24');
        if (type < 0) fail(`${at}.restriction`, `must be ${RESTRICTIONS.join('|')}`);
        // Purpose 1 is always consent, never flexible: requiring legitimate interest for it means nothing.
        else if (type == 2 && r.purpose == 1) fail(`${at}.restriction`, 'purpose 1 cannot rest on legitimate interest');
        const list = ids(r.vendors, `${at}.vendors`, 1, 65535);
        const stranger = list?.find((v) => vendors && !vendors.includes(v));
        if (stranger) fail(`${at}.vendors`, `vendor ${stranger} is not in tcf.vendors`);
        if (list && type >= 0)
          publisherRestrictions.push({ purpose: r.purpose as number, type: type as 0 | 1 | 2, vendors: list });
      });

    let publisherPurposes: ResolvedTcfConfig['publisherPurposes'] = null;
    if (raw.publisherPurposes !== undefined) {
      const p = raw.publisherPurposes;
      if (!isObject(p)) fail('publisherPurposes', 'must be an object { consent, legitimateInterest, custom }');
      else {
        const unknown = Object.keys(p).find((k) => !['consent', 'legitimateInterest', 'custom'].includes(k));
        if (unknown) fail(`publisherPurposes.${unknown}`, 'unknown key');
        const consent = ids(p.consent ?? [], 'publisherPurposes.consent', 1, 24);
        const li = ids(p.legitimateInterest ?? [], 'publisherPurposes.legitimateInterest', 1, 24);
        const forbidden = li?.filter((n) => CONSENT_ONLY_PURPOSES.includes(n));
        if (forbidden?.length)
          fail('publisherPurposes.legitimateInterest', `purposes ${forbidden} need consent, never legitimate interest`);
        const custom: CustomPurposeConfig[] = [];
        const rawCustom = p.custom ?? [];
        if (!Array.isArray(rawCustom) || rawCustom.length > 63)
          fail('publisherPurposes.custom', 'must be a list of at most 63 purposes');
        else
          rawCustom.forEach((c: unknown, i) => {
            const at = `publisherPurposes.custom.${i}`;
            if (!isObject(c) || !isText(c.title) || (c.description !== undefined && !isText(c.description)))
              return fail(at, 'must be { title, description?, legalBasis } with texts');
            if (c.legalBasis != 'consent' && c.legalBasis != 'legitimate-interest')
              return fail(`${at}.legalBasis`, 'must be consent|legitimate-interest');
            custom.push({
              title: c.title,
              description: c.description as LocalizedText | undefined,
              legalBasis: c.legalBasis as CustomPurposeConfig['legalBasis'],
            });
          });
        if (consent && li) publisherPurposes = { consent, legitimateInterest: li, custom };
      }
    }

    const stacks = raw.stacks ?? 'auto';
    if (stacks !== 'auto') ids(stacks, 'stacks', 1, 4095);
    const addtlConsent = ids(raw.addtlConsent ?? [], 'addtlConsent', 1, 1e9) ?? [];
    const askAgainDays = raw.askAgainDays ?? MAX_ASK_AGAIN_DAYS;
    if (!isInt(askAgainDays, 1, MAX_ASK_AGAIN_DAYS))
      fail('askAgainDays', `must be a whole number of days 1–${MAX_ASK_AGAIN_DAYS} (13 months at most)`);
    const category = raw.category ?? 'marketing';
    if (typeof category != 'string' || !/^[a-z0-9_-]+$/.test(category))
      fail('category', 'must be the name of one of the config’s categories');

    if (errors.length) return { config: null, errors };
    return {
      errors,
      config: {
        cmpId: cmpId as number,
        cmpVersion: cmpVersion as number,
        gvl: gvl as string,
        vendors: vendors!,
        publisherCountryCode: (publisherCountryCode as string).toUpperCase(),
        purposeOneTreatment: purposeOneTreatment as boolean,
        publisherRestrictions,
        publisherPurposes,
        stacks: stacks == 'auto' ? 'auto' : [...(stacks as number[])],
        addtlConsent,
        askAgainDays: askAgainDays as number,
        category: category as string,
      },
    };
  } catch {
    // A getter or proxy that throws: the config cannot be trusted.
    if (!errors.length) fail('', 'could not be read');
    return { config: null, errors };
  }
}
