/**
 * Turns what the browser saw (RawAudit) into the report: per-phase inventories classified with
 * the Open Cookie Database, the violations (docs/compliance.md R09/R19/R21), the warnings, and the
 * `categories` block the observed cookies call for. Pure: no browser, no I/O.
 *
 * What counts as a violation before a choice or after "Reject all":
 * - a cookie, storage key or IndexedDB database the database files under Analytics or Marketing;
 * - a third-party cookie or third-party storage that is not known to be needed (Functional,
 *   Necessary, Security): third parties are rarely strictly necessary for the site's own service;
 * - a request to a host the database lists for analytics or advertising cookies, or a
 *   third-party response that sets such a cookie;
 * - a Consent Mode state that grants analytics or ad storage.
 * First-party names the database does not know are warnings: only the site can say whether
 * they are strictly necessary.
 */
import { validateConfig } from '../../src/core/config.js';
import { matchesCookieName } from '../../src/core/cookie-names.js';
import {
  CONSENT_REQUIRED,
  NECESSARY_LIKE,
  WIDGET_CATEGORY,
  type Category,
  type Classification,
  type CookieDatabase,
  type DbCategory,
} from '../cookie-db.js';
import { siteOf, siteOfUrl } from '../site.js';
import { PHASE_TITLES, type ConsentCommand, type PhaseId, type RawAudit, type WriteEvent } from './types.js';

export interface IgnoreRule {
  /** A cookie name, storage key or request host; `*` is a wildcard. */
  pattern: string;
  reason: string;
}

export interface SetBy {
  type: 'response' | 'script' | 'unknown';
  via: WriteEvent['via'];
  url: string;
  line?: number;
  /** An inline `<script>` (or handler) of the page at `url`. */
  inline?: boolean;
  /** The phase the write happened in (an earlier one for cookies carried over). */
  phase: PhaseId;
  text: string;
}

export interface CookieRow {
  name: string;
  domain: string;
  path: string;
  party: 'first' | 'third';
  /** Partitioned (CHIPS) cookies: the top-level site they are kept for. */
  partition?: string;
  session: boolean;
  /** ISO date, `null` for a session cookie. */
  expires: string | null;
  /** `session`, `5 days`, `13 months`… */
  lifetime: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  category: Category;
  classification: Classification | null;
  /** Set when the name is this widget's stored choice. */
  note?: string;
  /** Where the site's own config lists it: `analytics`, `marketing.ads` (a service). */
  configCategory?: string;
  /** The site's config lists it under a category that is not required. */
  configOptional?: boolean;
  setBy: SetBy | null;
  /** True when it was written during this phase (not only carried over from an earlier one). */
  setInPhase: boolean;
}

export interface StorageRow {
  origin: string;
  party: 'first' | 'third';
  type: 'localStorage' | 'sessionStorage' | 'indexedDB';
  key: string;
  category: Category;
  classification: Classification | null;
  setBy: SetBy | null;
}

export interface RequestRow {
  host: string;
  site: string;
  count: number;
  types: string[];
  example: string;
  initiator?: string;
  tracker: { domain: string; category: DbCategory; platforms: string[] } | null;
  setCookies: string[];
  blockedCookies: { name: string; reasons: string[] }[];
}

export interface PhaseReport {
  id: PhaseId;
  title: string;
  pages: { url: string; finalUrl: string; status?: number; error?: string }[];
  cookies: CookieRow[];
  storage: StorageRow[];
  thirdPartyRequests: RequestRow[];
  dataLayer: boolean;
  consentMode: { url: string; commands: ConsentCommand[] }[];
}

export interface Finding {
  phase: PhaseId | null;
  kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'request' | 'consent-mode' | 'config';
  subject: string;
  /** Where: the cookie's domain, the storage's origin, the request's host. */
  where?: string;
  category?: Category;
  message: string;
  setBy?: string;
  /** The reason from the ignore list, when an ignore rule matched. */
  ignored?: string;
}

export interface AuditReport {
  tool: { name: string; version: string };
  url: string;
  finalUrl: string;
  site: string;
  startedAt: string;
  browser: string;
  database: { name: string; license: string; entries: number };
  pagesPerPhase: number;
  links: string[];
  widget: { present: boolean; configFound: boolean; cookieName: string };
  phases: PhaseReport[];
  violations: Finding[];
  warnings: Finding[];
  /** The `categories` block to paste into the config. */
  proposedConfig: { categories: Record<string, Record<string, unknown>> };
  /** First-party cookies the database does not know: the site must place them itself. */
  unclassified: string[];
  /** Third-party cookies: a site's scripts cannot delete them, so they stay out of `cookies` lists. */
  thirdPartyCookies: { name: string; domain: string; category: Category }[];
  notes: string[];
  exitCode: 0 | 1;
}

const PHASE_ORDER: PhaseId[] = ['before', 'reject', 'accept'];
const WIDGET_PLATFORM = 'cookie-consent (this widget)';
const GOOGLE_STORAGE_TYPES = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];
const SYNONYMS: Record<string, string[]> = {
  necessary: ['necessary', 'essential', 'strictly-necessary', 'strictly_necessary', 'required', 'strict'],
  functional: ['functional', 'preferences', 'personalisation', 'personalization'],
  analytics: ['analytics', 'statistics', 'stats', 'performance', 'measurement'],
  marketing: ['marketing', 'advertising', 'ads', 'targeting'],
};

type Pattern = string | RegExp;
type SiteCategory = {
  required?: boolean;
  cookies?: unknown[];
  services?: Record<string, { cookies?: unknown[] }>;
} & Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
const bare = (domain: string) => domain.replace(/^\./, '').toLowerCase();
const shortUrl = (url: string, max = 90) => (url.length > max ? url.slice(0, max - 1) + '…' : url);

/** A config pattern as read from the page: strings stay, `{ $regexp, flags }` become RegExps. */
function toPattern(p: unknown): Pattern | null {
  if (typeof p == 'string' && p) return p;
  if (isObject(p) && typeof p.$regexp == 'string') {
    try {
      return new RegExp(p.$regexp, typeof p.flags == 'string' ? p.flags : '');
    } catch {
      return null;
    }
  }
  return null;
}
const patternsOf = (list: unknown): Pattern[] =>
  Array.isArray(list) ? list.map(toPattern).filter((p): p is Pattern => p !== null) : [];

/** `in 13 months`-style lifetime of a cookie from now. */
export function lifetime(expires: number, now: number): string {
  if (expires < 0) return 'session';
  const days = (expires * 1000 - now) / 86_400_000;
  if (days < 0) return 'expired';
  if (days < 1) return `${Math.max(1, Math.round(days * 24))} h`;
  if (days < 61) return `${Math.round(days)} days`;
  const months = Math.round(days / 30.44);
  return months < 24 ? `${months} months` : `${Math.round(days / 365.25)} years`;
}

function describe(w: WriteEvent): SetBy {
  const s = w.source;
  const url = s.type == 'unknown' ? s.documentUrl : s.url;
  let text: string;
  if (s.type == 'response') text = `Set-Cookie from ${shortUrl(url)} (${s.resourceType.toLowerCase()})`;
  else if (s.type == 'script') {
    const gated = s.category ? ` (data-category="${s.category}")` : '';
    text = s.inline
      ? `inline script${gated} on ${shortUrl(s.documentUrl)}`
      : `${w.via} in ${shortUrl(s.url)}${s.line ? ':' + s.line : ''}${gated}`;
  } else text = `${w.via} on ${shortUrl(url)} (no script on the stack)`;
  return {
    type: s.type,
    via: w.via,
    url,
    line: s.type == 'script' ? s.line : undefined,
    inline: s.type == 'script' ? s.inline : undefined,
    phase: w.phase,
    text,
  };
}

/** Analyses a crawl. `now` is for cookie lifetimes. */
export function analyse(
  raw: RawAudit,
  db: CookieDatabase,
  options: { ignore?: IgnoreRule[]; version?: string; now?: number } = {},
): AuditReport {
  const now = options.now ?? Date.now();
  const ignore = options.ignore ?? [];
  const topSite = siteOfUrl(raw.finalUrl);
  const siteConfig = raw.widget.config;
  const configCookie = isObject(siteConfig?.cookie) ? siteConfig.cookie : {};
  const widgetCookie = typeof configCookie.name == 'string' ? configCookie.name : 'cc_consent';
  const hasWidget = raw.widget.present || !!siteConfig;
  const placed = configPlaces(siteConfig);
  /** The site config's category (optional ones first) whose cookies list covers `name`. */
  const configPlace = (name: string) => placed.find((p) => matchesCookieName(name, p.pattern));

  const classify = (
    name: string,
    host: string,
  ): { category: Category; classification: Classification | null; note?: string } => {
    if (hasWidget && name == widgetCookie)
      return {
        category: 'Necessary',
        note: "this widget's stored choice",
        classification: {
          category: 'Necessary',
          platform: WIDGET_PLATFORM,
          description: "Stores the reader's cookie choice (docs/contract.md §3)",
          retention: '182 days by default',
          controller: 'the site',
          match: 'exact',
          pattern: name,
          domainMatched: true,
          id: 'cookie-consent',
        },
      };
    const c = db.classify(name, host);
    return { category: c?.category ?? 'unknown', classification: c };
  };
  const partyOf = (host: string): 'first' | 'third' => (siteOf(host) == topSite ? 'first' : 'third');
  const upTo = (phase: PhaseId) => (w: WriteEvent) => PHASE_ORDER.indexOf(w.phase) <= PHASE_ORDER.indexOf(phase);

  const phases: PhaseReport[] = raw.phases.map((id) => {
    const visits = raw.visits.filter((v) => v.phase == id);
    const writes = raw.writes.filter(upTo(id));

    const cookies = new Map<string, CookieRow>();
    for (const c of visits.flatMap((v) => v.cookies)) {
      const key = [c.name, bare(c.domain), c.path, c.partition ?? ''].join('|');
      const matching = writes.filter((w) => w.kind == 'cookie' && !w.deletes && w.name == c.name);
      const sameDomain = matching.filter((w) => bare(w.domain ?? '') == bare(c.domain));
      const last = (sameDomain.length ? sameDomain : matching).at(-1);
      cookies.set(key, {
        name: c.name,
        domain: c.domain,
        path: c.path,
        party: partyOf(c.domain),
        partition: c.partition,
        session: c.session,
        expires: c.session ? null : new Date(c.expires * 1000).toISOString(),
        lifetime: lifetime(c.expires, now),
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite,
        ...classify(c.name, bare(c.domain)),
        ...(configPlace(c.name)
          ? { configCategory: configPlace(c.name)!.where, configOptional: !configPlace(c.name)!.required }
          : {}),
        setBy: last ? describe(last) : null,
        setInPhase: (sameDomain.length ? sameDomain : matching).some((w) => w.phase == id),
      });
    }

    const storage = new Map<string, StorageRow>();
    for (const s of visits.flatMap((v) => v.storage)) {
      const host = new URL(s.origin).hostname;
      for (const type of ['localStorage', 'sessionStorage', 'indexedDB'] as const)
        for (const key of s[type]) {
          const last = writes.filter((w) => w.kind == type && w.name == key && w.origin == s.origin).at(-1);
          const classification = db.classify(key, host);
          const category: Category = classification?.category ?? 'unknown';
          storage.set([s.origin, type, key].join('|'), {
            origin: s.origin,
            party: partyOf(host),
            type,
            key,
            category,
            classification,
            setBy: last ? describe(last) : null,
          });
        }
    }

    const requests = new Map<string, RequestRow>();
    for (const r of raw.requests.filter((r) => r.phase == id)) {
      const site = siteOfUrl(r.url);
      if (!site || site == topSite) continue;
      let row = requests.get(r.host);
      if (!row) {
        const known = db.host(r.host);
        row = {
          host: r.host,
          site,
          count: 0,
          types: [],
          example: shortUrl(r.url, 120),
          initiator: r.initiator,
          tracker: known?.tracker
            ? { domain: known.domain, category: known.category, platforms: known.platforms }
            : null,
          setCookies: [],
          blockedCookies: [],
        };
        requests.set(r.host, row);
      }
      row.count++;
      if (!row.types.includes(r.resourceType)) row.types.push(r.resourceType);
      for (const name of r.setCookies) if (!row.setCookies.includes(name)) row.setCookies.push(name);
      for (const b of r.blockedCookies)
        if (!row.blockedCookies.some((x) => x.name == b.name)) row.blockedCookies.push(b);
    }

    return {
      id,
      title: PHASE_TITLES[id],
      pages: visits.map((v) => ({ url: v.url, finalUrl: v.finalUrl, status: v.status, error: v.error })),
      cookies: [...cookies.values()].sort(
        (a, b) => a.party.localeCompare(b.party) || a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name),
      ),
      storage: [...storage.values()].sort(
        (a, b) =>
          a.party.localeCompare(b.party) ||
          a.origin.localeCompare(b.origin) ||
          a.type.localeCompare(b.type) ||
          a.key.localeCompare(b.key),
      ),
      thirdPartyRequests: [...requests.values()].sort(
        (a, b) => Number(!!b.tracker) - Number(!!a.tracker) || a.host.localeCompare(b.host),
      ),
      dataLayer: visits.some((v) => v.dataLayer),
      consentMode: visits.map((v) => ({ url: v.finalUrl, commands: v.consentMode })),
    };
  });

  // ---------------------------------------------------------------- findings
  const violations: Finding[] = [];
  const warnings: Finding[] = [];
  const ignoredBy = (...subjects: string[]) =>
    ignore.find((rule) => subjects.some((s) => s && matchesCookieName(s, rule.pattern)))?.reason;
  const push = (list: Finding[], f: Finding, ...subjects: string[]) => {
    const reason = ignoredBy(f.subject, ...subjects);
    list.push(reason ? { ...f, ignored: reason } : f);
  };
  const label = (c: { category: Category; classification: Classification | null }) =>
    c.classification ? `${c.category} (${c.classification.platform})` : 'unknown';

  for (const phase of phases) {
    if (phase.id == 'accept') continue;
    const when = phase.id == 'before' ? 'before any choice' : 'after "Reject all"';
    for (const c of phase.cookies) {
      const base = {
        phase: phase.id,
        kind: 'cookie' as const,
        subject: c.name,
        where: bare(c.domain),
        category: c.category,
        setBy: c.setBy?.text,
      };
      const carried = phase.id == 'reject' && !c.setInPhase && c.setBy?.phase == 'before';
      const tail = carried
        ? ' (set before the choice and not deleted by "Reject all": list it in its category\'s cookies)'
        : '';
      if (CONSENT_REQUIRED.includes(c.category as DbCategory))
        push(violations, { ...base, message: `${label(c)} cookie ${when}${tail}` });
      else if (c.category == 'unknown' && c.configOptional && !c.note)
        push(violations, {
          ...base,
          message: `cookie the site's config lists under optional '${c.configCategory}', ${when}${tail}`,
        });
      else if (c.party == 'third' && !NECESSARY_LIKE.includes(c.category as DbCategory))
        push(
          violations,
          {
            ...base,
            message: `third-party cookie ${when}, ${c.category == 'unknown' ? 'not in the Open Cookie Database' : label(c)}${tail}`,
          },
          c.domain,
        );
      else if (c.category == 'unknown')
        push(warnings, {
          ...base,
          message: `unknown cookie ${when}: not in the Open Cookie Database; make sure it is strictly necessary`,
        });
      else if (c.category == 'Personalization')
        push(warnings, {
          ...base,
          message: `${label(c)} cookie ${when}: needs consent unless the reader asked for it`,
        });
    }
    for (const s of phase.storage) {
      const base = {
        phase: phase.id,
        kind: s.type,
        subject: s.key,
        where: s.origin,
        category: s.category,
        setBy: s.setBy?.text,
      };
      if (CONSENT_REQUIRED.includes(s.category as DbCategory))
        push(violations, { ...base, message: `${label(s)} ${s.type} key ${when}` });
      else if (s.party == 'third' && !NECESSARY_LIKE.includes(s.category as DbCategory))
        push(
          violations,
          {
            ...base,
            message: `${s.type} in a third-party frame ${when}, ${s.category == 'unknown' ? 'not in the Open Cookie Database' : label(s)}`,
          },
          new URL(s.origin).hostname,
        );
      else if (s.category == 'unknown')
        push(warnings, { ...base, message: `unknown ${s.type} key ${when}: make sure it is strictly necessary` });
    }
    for (const r of phase.thirdPartyRequests) {
      const base = {
        phase: phase.id,
        kind: 'request' as const,
        subject: r.host,
        setBy: r.initiator ? `loaded by ${shortUrl(r.initiator)}` : undefined,
      };
      const trackingCookies = r.setCookies.filter(
        (name) => !NECESSARY_LIKE.includes(classify(name, r.host).category as DbCategory),
      );
      if (r.tracker)
        push(violations, {
          ...base,
          category: r.tracker.category,
          message: `${r.count} request${r.count == 1 ? '' : 's'} to a known ${r.tracker.category.toLowerCase()} host (${r.tracker.platforms.slice(0, 3).join(', ')}) ${when}`,
        });
      else if (trackingCookies.length)
        push(violations, {
          ...base,
          message: `third-party request${r.count == 1 ? '' : 's'} ${when} setting cookies (${trackingCookies.join(', ')})`,
        });
      else if (r.blockedCookies.length)
        push(warnings, {
          ...base,
          message: `third-party response ${when} tried to set ${r.blockedCookies.map((b) => `${b.name} (refused: ${b.reasons.join(', ')})`).join(', ')}`,
        });
    }
    for (const page of phase.consentMode) {
      const state: Record<string, unknown> = {};
      for (const cmd of page.commands) {
        if (!cmd.isArguments) {
          push(warnings, {
            phase: phase.id,
            kind: 'consent-mode',
            subject: `consent ${cmd.command}`,
            where: page.url,
            message: "pushed as a plain array: Google's tags only read arguments objects (gtag), so they ignore it",
          });
          continue;
        }
        if (cmd.command == 'default' || cmd.command == 'update') Object.assign(state, cmd.params ?? {});
      }
      const granted = GOOGLE_STORAGE_TYPES.filter((t) => state[t] == 'granted');
      if (granted.length)
        push(violations, {
          phase: phase.id,
          kind: 'consent-mode',
          subject: granted.join(', '),
          where: page.url,
          message: `Google Consent Mode grants ${granted.join(', ')} ${when}`,
        });
      if (
        hasWidget &&
        siteConfig?.googleConsentMode &&
        !page.commands.some((c) => c.command == 'default' && c.isArguments)
      )
        push(warnings, {
          phase: phase.id,
          kind: 'consent-mode',
          subject: 'consent default',
          where: page.url,
          message: 'googleConsentMode is on but no consent default is in window.dataLayer',
        });
    }
  }

  // Cookies the widget could not delete when consent is withdrawn: in no optional category's list.
  const optionalPatterns = placed.filter((p) => !p.required).map((p) => p.pattern);
  const allCookies = phases.flatMap((p) => p.cookies);
  if (hasWidget) {
    const seen = new Set<string>();
    for (const c of allCookies) {
      if (c.party != 'first' || seen.has(c.name) || ![...CONSENT_REQUIRED, 'Personalization'].includes(c.category))
        continue;
      seen.add(c.name);
      if (!optionalPatterns.some((p) => matchesCookieName(c.name, p)))
        push(warnings, {
          phase: null,
          kind: 'config',
          subject: c.name,
          where: bare(c.domain),
          category: c.category,
          message: `${label(c)} cookie in no optional category's cookies: not deleted when consent is withdrawn`,
        });
    }
  }

  const proposal = proposeConfig(allCookies, siteConfig, db, widgetCookie);
  const notes = [...raw.notes, ...proposal.notes];
  if (!raw.widget.present)
    notes.unshift('No cookie-consent widget (window.CookieConsent) on the page: only the "before" phase was audited.');

  const counted = mergePages(violations).filter((v) => !v.ignored);
  return {
    tool: { name: 'cookie-consent audit', version: options.version ?? '' },
    url: raw.url,
    finalUrl: raw.finalUrl,
    site: topSite,
    startedAt: raw.startedAt,
    browser: raw.browser,
    database: { name: 'Open Cookie Database', license: 'Apache-2.0', entries: db.entries.length },
    pagesPerPhase: raw.pagesPerPhase,
    links: raw.links,
    widget: { present: raw.widget.present, configFound: !!siteConfig, cookieName: widgetCookie },
    phases,
    violations: mergePages(violations),
    warnings: mergePages(warnings),
    proposedConfig: proposal.config,
    unclassified: proposal.unclassified,
    thirdPartyCookies: proposal.thirdParty,
    notes,
    exitCode: counted.length ? 1 : 0,
  };
}

/** One finding for what several pages of a phase repeat (Consent Mode is per page). */
function mergePages(findings: Finding[]): Finding[] {
  const out = new Map<string, Finding & { pages?: number }>();
  for (const f of findings) {
    const key =
      f.kind == 'consent-mode' ? [f.phase, f.kind, f.subject, f.message, f.ignored].join('|') : String(out.size);
    const seen = out.get(key);
    if (!seen) out.set(key, { ...f });
    else seen.pages = (seen.pages ?? 1) + 1;
  }
  return [...out.values()].map(({ pages, ...f }) =>
    pages ? { ...f, message: `${f.message} (on ${pages} pages)` } : f,
  );
}

/** Every cookie pattern of the site's config with where it is listed, optional categories first. */
function configPlaces(
  siteConfig: Record<string, unknown> | null,
): { pattern: Pattern; where: string; required: boolean }[] {
  const out: { pattern: Pattern; where: string; required: boolean }[] = [];
  const cats = isObject(siteConfig?.categories) ? (siteConfig.categories as Record<string, SiteCategory>) : {};
  for (const [name, cat] of Object.entries(cats)) {
    if (!isObject(cat)) continue;
    const required = cat.required === true;
    for (const pattern of patternsOf(cat.cookies)) out.push({ pattern, where: name, required });
    for (const [service, s] of Object.entries(isObject(cat.services) ? cat.services : {}))
      for (const pattern of patternsOf(isObject(s) ? s.cookies : []))
        out.push({ pattern, where: `${name}.${service}`, required });
  }
  return out.sort((a, b) => Number(a.required) - Number(b.required));
}

/**
 * The `categories` block the observed cookies call for: the site's own categories (titles,
 * descriptions, services kept) with every observed first-party cookie listed under the category
 * the database puts it in, known tracking cookies moved out of required categories, and the
 * widget's default categories added where the site has none.
 */
export function proposeConfig(
  cookies: CookieRow[],
  siteConfig: Record<string, unknown> | null,
  db: CookieDatabase,
  widgetCookie = 'cc_consent',
): {
  config: { categories: Record<string, Record<string, unknown>> };
  unclassified: string[];
  thirdParty: AuditReport['thirdPartyCookies'];
  notes: string[];
} {
  const notes: string[] = [];
  const categories = new Map<
    string,
    { props: Record<string, unknown>; cookies: string[]; servicePatterns: Pattern[]; regexps: boolean }
  >();
  const siteCats = isObject(siteConfig?.categories) ? (siteConfig.categories as Record<string, SiteCategory>) : {};
  for (const [name, cat] of Object.entries(siteCats)) {
    if (!isObject(cat)) continue;
    const { cookies: list, ...props } = cat;
    const patterns = patternsOf(list);
    const servicePatterns = Object.values(isObject(cat.services) ? cat.services : {}).flatMap((s) =>
      patternsOf(isObject(s) ? s.cookies : []),
    );
    const regexps = patterns.some((p) => p instanceof RegExp);
    if (regexps)
      notes.push(
        `categories.${name}.cookies holds RegExps, which JSON cannot: add them back to the proposed config by hand`,
      );
    categories.set(name, {
      props: { ...props },
      cookies: patterns.filter((p): p is string => typeof p == 'string'),
      servicePatterns,
      regexps,
    });
  }
  const isRequired = (name: string) => categories.get(name)?.props.required === true;
  /** The site's category for one of the widget's default names, else that name (created). */
  const target = (widgetName: string): string => {
    const wantRequired = widgetName == 'necessary';
    for (const synonym of SYNONYMS[widgetName] ?? [widgetName])
      for (const name of categories.keys())
        if (name.toLowerCase() == synonym && isRequired(name) == wantRequired) return name;
    if (!categories.has(widgetName))
      categories.set(widgetName, {
        props: wantRequired ? { required: true } : {},
        cookies: [],
        servicePatterns: [],
        regexps: false,
      });
    return widgetName;
  };
  const covers = (name: string, cat: string) => {
    const c = categories.get(cat)!;
    return [...c.cookies, ...c.servicePatterns].some((p) => matchesCookieName(name, p));
  };

  // Known tracking cookies listed under a required category move to their optional category.
  for (const [name, cat] of categories) {
    if (cat.props.required !== true) continue;
    for (const pattern of [...cat.cookies]) {
      const tracking = db.coveredBy(pattern).filter((e) => CONSENT_REQUIRED.includes(e.category));
      if (!tracking.length) continue;
      const to = target(WIDGET_CATEGORY[tracking[0]!.category]);
      cat.cookies = cat.cookies.filter((p) => p != pattern);
      if (!categories.get(to)!.cookies.includes(pattern)) categories.get(to)!.cookies.push(pattern);
      notes.push(
        `moved '${pattern}' from categories.${name} (required) to categories.${to}: the Open Cookie Database files it under ${tracking[0]!.category} (${tracking[0]!.platform})`,
      );
    }
  }

  const unclassified = new Set<string>();
  const thirdParty = new Map<string, AuditReport['thirdPartyCookies'][number]>();
  for (const c of cookies) {
    if (c.party == 'third') {
      thirdParty.set(`${c.name}|${bare(c.domain)}`, { name: c.name, domain: bare(c.domain), category: c.category });
      continue;
    }
    if (c.name == widgetCookie && c.note) continue;
    if (!c.classification) {
      if (!c.configCategory) unclassified.add(c.name);
      continue;
    }
    const widgetName = WIDGET_CATEGORY[c.classification.category];
    const optional = widgetName != 'necessary';
    // Already listed where it belongs (an optional category for consent-needing cookies)?
    if ([...categories.keys()].some((cat) => covers(c.name, cat) && (!optional || !isRequired(cat)))) continue;
    const to = target(widgetName);
    const pattern = c.classification.match == 'prefix' ? c.classification.pattern : c.name;
    const list = categories.get(to)!.cookies;
    if (!list.includes(pattern)) list.push(pattern);
  }

  // Order: the site's categories as it wrote them, then the widget's defaults.
  const order = [...Object.keys(siteCats), 'necessary', 'functional', 'analytics', 'marketing'];
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of [...new Set(order)]) {
    const c = categories.get(name);
    if (!c) continue;
    // A wildcard makes the exact names it covers redundant.
    const cookiesList = c.cookies.filter(
      (p) => !c.cookies.some((q) => q != p && q.includes('*') && matchesCookieName(p, q)),
    );
    out[name] = {
      ...(name == 'necessary' && !(name in siteCats) ? { required: true } : {}),
      ...c.props,
      ...(cookiesList.length ? { cookies: cookiesList } : {}),
    };
  }
  if (!Object.keys(out).length) out.necessary = { required: true };
  const check = validateConfig({ categories: out });
  for (const e of check.errors) notes.push(`the proposed config does not validate: ${e}`);
  return {
    config: { categories: out },
    unclassified: [...unclassified].sort(),
    thirdParty: [...thirdParty.values()],
    notes,
  };
}
