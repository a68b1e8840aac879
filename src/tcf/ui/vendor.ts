/**
 * One vendor's details in the second layer (docs/compliance.md R38), built only when the reader
 * opens it: its purposes by legal basis, special purposes, features, special features, data
 * categories, retention, privacy and legitimate-interest links, cookie lifetime and refresh,
 * non-cookie access, and its device-storage disclosure, fetched then from the vendor's own URL.
 */
import { isSafeUrl } from '../../core/url.js';
import type { TcfStrings } from '../../i18n/tcf/en.js';
import type { GvlVendor } from '../vendor-list.js';
import { html, nothing } from './html.js';
import type { GvlTexts, Section } from './texts.js';

/** One entry of a device-storage disclosure (TCF "Device Storage Disclosure" JSON). */
export interface Disclosure {
  identifier: string;
  type: string;
  maxAgeSeconds: number | null;
  domain?: string;
}

/** A disclosure being fetched (undefined), fetched (its entries), or not to be had (null). */
export type DisclosureState = Disclosure[] | null | undefined;

const DAY = 86400;
const days = (seconds: number) => Math.ceil(seconds / DAY);

/** The entries of a fetched disclosure, only those whose fields are what the format says. */
function disclosuresOf(json: unknown): Disclosure[] | null {
  const list = (json as { disclosures?: unknown } | null)?.disclosures;
  if (!Array.isArray(list)) return null;
  return list.flatMap((d: Record<string, unknown>) =>
    d && typeof d.identifier == 'string' && typeof d.type == 'string'
      ? [
          {
            identifier: d.identifier,
            type: d.type,
            maxAgeSeconds: typeof d.maxAgeSeconds == 'number' ? d.maxAgeSeconds : null,
            domain: typeof d.domain == 'string' ? d.domain : undefined,
          },
        ]
      : [],
  );
}

/** Fetches a vendor's device-storage disclosure: its entries, or null when it cannot be had. */
export async function fetchDisclosure(url: unknown): Promise<Disclosure[] | null> {
  if (typeof url != 'string' || !/^https:/i.test(url)) return null;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    return response.ok ? disclosuresOf(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The vendor's privacy and legitimate-interest URLs in the reader's language, else English, else the first. */
function urlsOf(vendor: GvlVendor, language: string): { privacy?: string; legIntClaim?: string } {
  const urls = Array.isArray(vendor.urls) ? (vendor.urls as Record<string, unknown>[]) : [];
  const found = urls.find((u) => u?.langId == language) ?? urls.find((u) => u?.langId == 'en') ?? urls[0];
  const safe = (v: unknown) => (typeof v == 'string' && isSafeUrl(v) ? v : undefined);
  return { privacy: safe(found?.privacy), legIntClaim: safe(found?.legIntClaim) };
}

/** The details of `vendor`, in the texts and strings given. */
export function vendorDetails(
  vendor: GvlVendor,
  texts: GvlTexts,
  strings: TcfStrings,
  disclosure: DisclosureState,
): unknown {
  const names = (section: Section, list: unknown) =>
    (Array.isArray(list) ? (list as number[]) : []).map((id) => texts[section][id]?.name ?? `${id}`).join(', ');
  const row = (label: string, value: string) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
  const retention = vendor.dataRetention as { stdRetention?: unknown } | undefined;
  const standard = typeof retention?.stdRetention == 'number' ? retention.stdRetention : undefined;
  const maxAge = typeof vendor.cookieMaxAgeSeconds == 'number' ? vendor.cookieMaxAgeSeconds : 0;
  const { privacy, legIntClaim } = urlsOf(vendor, strings.$code);
  const fill = (text: string, n: number) => text.replace('{days}', `${n}`);
  return html`<dl>
    ${row(`${strings.tcfPurposes}: ${strings.tcfConsent}`, names('purposes', vendor.purposes))}
    ${row(`${strings.tcfPurposes}: ${strings.tcfLegitimateInterest}`, names('purposes', vendor.legIntPurposes))}
    ${row(strings.tcfSpecialPurposes, names('specialPurposes', vendor.specialPurposes))}
    ${row(strings.tcfFeatures, names('features', vendor.features))}
    ${row(strings.tcfSpecialFeatures, names('specialFeatures', vendor.specialFeatures))}
    ${row(strings.tcfDataCategories, names('dataCategories', vendor.dataDeclaration))}
  </dl>
  <ul class=tcf-facts>
    ${standard === undefined ? nothing : html`<li>${fill(strings.tcfRetention, standard)}</li>`}
    <li>${vendor.usesCookies === false ? strings.tcfNoCookies : fill(strings.tcfCookies, days(maxAge))}${vendor.usesCookies !== false && vendor.cookieRefresh === true ? html`. ${strings.tcfCookieRefresh}` : nothing}</li>
    ${vendor.usesNonCookieAccess === true ? html`<li>${strings.tcfNonCookieAccess}</li>` : nothing}
    ${privacy ? html`<li><a href=${privacy} target=_blank rel=noopener>${strings.tcfPrivacyPolicy}</a></li>` : nothing}
    ${legIntClaim ? html`<li><a href=${legIntClaim} target=_blank rel=noopener>${strings.tcfLegitimateInterestClaim}</a></li>` : nothing}
  </ul>
  <p class=small>${strings.tcfDeviceStorage}:</p>
  ${
    disclosure === undefined
      ? html`<p class=small aria-busy=true>…</p>`
      : disclosure === null || !disclosure.length
        ? html`<p class=small>${strings.tcfUnavailable}</p>`
        : html`<ul class=tcf-facts>${disclosure.map(
            (d) =>
              html`<li>${d.identifier} (${d.type}${d.maxAgeSeconds ? `, ${fill(strings.tcfCookies, days(d.maxAgeSeconds))}` : ''}${d.domain ? `, ${d.domain}` : ''})</li>`,
          )}</ul>`
  }`;
}
