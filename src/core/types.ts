/**
 * The public data shapes of the contract (config §2, stored record §3, events §5).
 * Pure types: no DOM, no cookies.
 */

import type { TcfConfig } from '../tcf/types.js';

/** A text a site writes once or per language: `'Analytics'` or `{ en: 'Analytics', de: 'Statistik' }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A cookie name to clear on revoke: exact name, a `*` wildcard pattern, or (from JS) a RegExp. */
export type CookiePattern = string | RegExp;

/** One third-party service inside a category, which a reader may grant on its own. */
export interface ServiceConfig {
  title?: LocalizedText;
  description?: LocalizedText;
  /** Cookies this service sets: deleted when it is revoked. */
  cookies?: CookiePattern[];
}

/** One consent category (purpose). */
export interface CategoryConfig {
  /** Always granted; the switch is shown on and locked. */
  required?: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  /** Cookies this category sets: deleted when it is revoked. */
  cookies?: CookiePattern[];
  /** Services a reader may grant one by one; keys are the `data-service` names. */
  services?: Record<string, ServiceConfig>;
  /** Honour Global Privacy Control: "Accept all" leaves it off while GPC is on. Default true for `marketing`. */
  gpc?: boolean;
}

/** Attributes of the stored-choice cookie. */
export interface CookieOptions {
  name?: string;
  domain?: string;
  path?: string;
  expiresDays?: number;
  sameSite?: 'Lax' | 'Strict' | 'None' | 'lax' | 'strict' | 'none';
  secure?: boolean | 'auto';
}

/** Google Consent Mode v2 consent types. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Google Consent Mode as a site writes it: mapping overrides and gtag options (all optional). */
export type GoogleConsentModeConfig = Partial<Record<GoogleConsentType, string[]>> & {
  /** Milliseconds Google's tags wait for the update after the default (default 500). */
  wait_for_update?: number;
  /** ISO 3166-2 regions the default applies to (default: everywhere). */
  region?: string[];
  /** Redact ad click identifiers while ad_storage is denied. */
  ads_data_redaction?: boolean;
  /** Pass click identifiers through URLs while storage is denied. */
  url_passthrough?: boolean;
};

/**
 * Google Consent Mode after validation: every consent type with the categories that must all be
 * granted for it (an empty list is never granted, except `security_storage`, which is always
 * granted: strictly necessary), and the options, which keep gtag's own names.
 */
export type GoogleConsentMode = Record<GoogleConsentType, string[]> & {
  wait_for_update: number;
  region?: string[];
  ads_data_redaction?: boolean;
  url_passthrough?: boolean;
};

/** The config a site writes (`window.cookieConsentConfig`, the JSON child, or the `config` property). */
export interface CookieConsentConfig {
  revision?: number;
  policyUrl?: string;
  categories: Record<string, CategoryConfig>;
  cookie?: CookieOptions;
  language?: string;
  translations?: Record<string, Partial<Record<string, string>>>;
  /** `true` for the default mapping, or per consent type the categories that grant it, plus options. */
  googleConsentMode?: boolean | GoogleConsentModeConfig;
  respectGpc?: boolean;
  recordEndpoint?: string;
  reloadOnRevoke?: boolean;
  reopenButton?: boolean;
  layout?: 'bar' | 'box';
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right';
  theme?: 'light' | 'dark' | 'auto';
  /** IAB TCF v2.3 (contract §6): validated by the TCF file, which is loaded only when this is set. */
  tcf?: TcfConfig;
}

/** A category after validation: every field present, in display order. */
export interface Category {
  name: string;
  required: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  cookies: CookiePattern[];
  services: Service[];
  gpc: boolean;
}

/** A service after validation. */
export interface Service {
  name: string;
  title?: LocalizedText;
  description?: LocalizedText;
  cookies: CookiePattern[];
}

/** A config after validation, defaults filled in. */
export interface ResolvedConfig {
  revision: number;
  policyUrl?: string;
  categories: Category[];
  cookie: {
    name: string;
    domain?: string;
    path: string;
    expiresDays: number;
    sameSite: 'Lax' | 'Strict' | 'None';
    secure: boolean | 'auto';
  };
  language: string;
  translations: Record<string, Partial<Record<string, string>>>;
  /** Off: `false`, or absent. */
  googleConsentMode?: GoogleConsentMode | false;
  respectGpc: boolean;
  recordEndpoint?: string;
  reloadOnRevoke: boolean;
  reopenButton: boolean;
  layout: 'bar' | 'box';
  position: 'bottom' | 'top' | 'bottom-left' | 'bottom-right';
  theme: 'light' | 'dark' | 'auto';
  /** The `tcf` block as the site wrote it (an object; its content is checked by the TCF file). */
  tcf?: Readonly<Record<string, unknown>>;
}

/** The stored choice: the JSON inside the `cc_consent` cookie (contract §3). */
export interface ConsentRecord {
  /** Format version, always 1. */
  v: 1;
  /** Random id of this reader's choice (for proof of consent). */
  id: string;
  /** The config `revision` the reader answered. */
  rev: number;
  /** When the choice was made, ms since the epoch. */
  ts: number;
  /** Granted categories, required ones included. */
  categories: string[];
  /** Granted services per category, only for categories that declare services. */
  services: Record<string, string[]>;
  /** Global Privacy Control was on when the choice was made. */
  gpc: boolean;
}

/** What a reader (or the API) asks to grant; everything else is refused. */
export interface Selection {
  categories: string[];
  /** Per category, the services granted; a granted category without an entry grants all its services. */
  services?: Record<string, string[]>;
}

/** `detail` of the `consent-ready` event. */
export interface ConsentReadyDetail {
  consent: ConsentRecord | null;
}

/** `detail` of the `consent-change` event. */
export interface ConsentChangeDetail {
  consent: ConsentRecord;
  /** True for the first choice this browser stored (no valid earlier record). */
  first: boolean;
  /** Categories granted now. */
  accepted: string[];
  /** Categories refused now. */
  rejected: string[];
  /** Categories whose grant (or set of granted services) differs from before. */
  changed: string[];
}
