/** What the browser run observes (raw), before classification. */

/** The three states a reader can be in (the phases). */
export type PhaseId = 'before' | 'reject' | 'accept';

export const PHASE_TITLES: Record<PhaseId, string> = {
  before: 'Before any choice',
  reject: 'After "Reject all" (and a reload)',
  accept: 'After "Accept all" (and a reload)',
};

/** A cookie as the browser holds it (values are never recorded). */
export interface RawCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  session: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  /** The top-level site of a partitioned (CHIPS) cookie. */
  partition?: string;
}

/** Where a write came from. */
export type WriteSource =
  | { type: 'response'; url: string; resourceType: string }
  | {
      type: 'script';
      url: string;
      line?: number;
      column?: number;
      inline: boolean;
      category?: string;
      documentUrl: string;
    }
  | { type: 'unknown'; documentUrl: string };

/** One cookie, storage key or IndexedDB database written during the run, in order. */
export interface WriteEvent {
  seq: number;
  phase: PhaseId;
  kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
  via: 'Set-Cookie' | 'document.cookie' | 'cookieStore' | 'setItem' | 'indexedDB.open';
  name: string;
  /** For cookies: the domain it was written for (Domain attribute, else the host). */
  domain?: string;
  /** For storage: the origin of the frame that wrote it. */
  origin?: string;
  deletes: boolean;
  source: WriteSource;
}

/** One network request (each redirect hop is its own). */
export interface RequestEvent {
  seq: number;
  phase: PhaseId;
  url: string;
  host: string;
  resourceType: string;
  /** The document that made the request. */
  documentUrl: string;
  /** The script or document that caused it, when Chromium says. */
  initiator?: string;
  status?: number;
  /** Names of the cookies its response set. */
  setCookies: string[];
  /** Set-Cookie lines Chromium refused, with its reasons. */
  blockedCookies: { name: string; reasons: string[] }[];
}

export interface StorageSnapshot {
  origin: string;
  frameUrl: string;
  /** True for the top-level document. */
  top: boolean;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
}

/** One `gtag('consent', …)` entry of `window.dataLayer`. */
export interface ConsentCommand {
  command: string;
  params: Record<string, unknown> | null;
  /** Google's tags read only `arguments` objects: a plain array is ignored by them. */
  isArguments: boolean;
}

export interface WidgetInfo {
  /** `window.CookieConsent` offers `acceptAll()` and `rejectAll()`. */
  present: boolean;
  /** The page's widget config as JSON (RegExps as `{ $regexp, flags }`), when readable. */
  config: Record<string, unknown> | null;
  /** The stored choice (`CookieConsent.getConsent()`). */
  consent: unknown;
}

export interface PageVisit {
  phase: PhaseId;
  url: string;
  finalUrl: string;
  status?: number;
  error?: string;
  cookies: RawCookie[];
  storage: StorageSnapshot[];
  dataLayer: boolean;
  consentMode: ConsentCommand[];
  widget: WidgetInfo;
}

export interface RawAudit {
  url: string;
  /** The start page after redirects: its site is the first party. */
  finalUrl: string;
  startedAt: string;
  browser: string;
  pagesPerPhase: number;
  /** Same-site links followed in every phase. */
  links: string[];
  widget: WidgetInfo;
  phases: PhaseId[];
  visits: PageVisit[];
  writes: WriteEvent[];
  requests: RequestEvent[];
  /** Things that went wrong but did not stop the run. */
  notes: string[];
}
