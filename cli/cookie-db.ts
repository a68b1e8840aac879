/**
 * The Open Cookie Database (Apache-2.0, shipped in data/open-cookie-database/): loads it and
 * answers "what is this cookie (or storage key)?" for the audit and the lint.
 *
 * Matching rules, chosen so that short generic names do not get a vendor's label by accident:
 * - an entry matches by its exact name, or, when its wildcard flag is set, as a prefix
 *   (`_ga_` matches `_ga_ABC123`); a `*` inside a name is a wildcard too;
 * - when the entry names a domain and the cookie's domain is that domain or below it, the match
 *   is certain; otherwise a name-only match counts only for names of 4+ characters (`_fbp` yes,
 *   `uid` or `IDE` no: the database lists those for one ad platform's domain);
 * - when several entries match, the domain match wins, then the exact name, then the longest prefix.
 */
import { readFileSync } from 'node:fs';
import { matchesCookieName } from '../src/core/cookie-names.js';

/** The database's categories. */
export type DbCategory = 'Necessary' | 'Functional' | 'Security' | 'Personalization' | 'Analytics' | 'Marketing';
/** What a name is, or 'unknown'. */
export type Category = DbCategory | 'unknown';

export interface DbEntry {
  id: string;
  platform: string;
  category: DbCategory;
  /** The name as the database writes it (a prefix when `wildcard`). */
  name: string;
  wildcard: boolean;
  /** Domains the entry is about, normalised (`facebook.com (3rd party)` → `facebook.com`). */
  domains: string[];
  description: string;
  retention: string;
  controller: string;
  privacyLink: string;
}

export interface Classification {
  category: DbCategory;
  platform: string;
  description: string;
  retention: string;
  controller: string;
  /** `exact`: the whole name; `prefix`: a wildcard entry. */
  match: 'exact' | 'prefix';
  /** The database's name as a config pattern: `_ga` or `_ga_*`. */
  pattern: string;
  /** True when the entry names a domain and the cookie's domain is (under) it. */
  domainMatched: boolean;
  id: string;
}

/** Categories a reader must consent to; their cookies are violations before a choice or after "Reject all". */
export const CONSENT_REQUIRED: readonly DbCategory[] = ['Analytics', 'Marketing'];
/** Categories the database files under "needed for the site to work". */
export const NECESSARY_LIKE: readonly DbCategory[] = ['Necessary', 'Functional', 'Security'];
/** Which of the widget's default categories (docs/contract.md §2) each database category belongs in. */
export const WIDGET_CATEGORY: Record<DbCategory, string> = {
  Necessary: 'necessary',
  Security: 'necessary',
  // The database's "Functional" is "needed for the site to work" (session ids, load balancers,
  // CSRF, consent state): strictly necessary in the ePrivacy sense, not the widget's optional
  // "functional" (which Consent Mode maps to functionality_storage).
  Functional: 'necessary',
  Personalization: 'functional',
  Analytics: 'analytics',
  Marketing: 'marketing',
};

const MIN_NAME_ONLY = 4;
const CATEGORIES = new Set<string>([
  'Necessary',
  'Functional',
  'Security',
  'Personalization',
  'Analytics',
  'Marketing',
]);

/** Hosts that serve trackers but that the database does not name as a domain of any entry. */
const EXTRA_TRACKER_HOSTS: Record<string, { platform: string; category: DbCategory }> = {
  'facebook.net': { platform: 'Facebook', category: 'Marketing' },
  'googlesyndication.com': { platform: 'Google AdSense', category: 'Marketing' },
  'googletagservices.com': { platform: 'Google Ad Manager', category: 'Marketing' },
  'hotjar.com': { platform: 'Hotjar', category: 'Analytics' },
  'hotjar.io': { platform: 'Hotjar', category: 'Analytics' },
  'scorecardresearch.com': { platform: 'Comscore', category: 'Marketing' },
  'tiktok.com': { platform: 'TikTok', category: 'Marketing' },
  'snap.licdn.com': { platform: 'LinkedIn', category: 'Marketing' },
};

/** `google-analytics.com (3rd party) or .bing.com` → `['google-analytics.com', 'bing.com']`. */
export function parseDomains(field: string): string[] {
  return field
    .split(/\s+or\s+|,|\s+/i)
    .map((d) =>
      d
        .replace(/\(3rd|party\)|[()\u200b]/gi, '')
        .trim()
        .replace(/^\*?\./, '')
        .toLowerCase(),
    )
    .filter((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d));
}

/** True when `host` is `domain` or a subdomain of it. */
export function hostUnder(host: string, domain: string): boolean {
  const h = host.replace(/^\./, '').toLowerCase();
  return h === domain || h.endsWith('.' + domain);
}

export class CookieDatabase {
  readonly entries: DbEntry[];
  private readonly byName = new Map<string, DbEntry[]>();
  private readonly prefixed: DbEntry[] = [];
  private readonly hostCategories = new Map<string, Map<DbCategory, string[]>>();

  constructor(raw: unknown) {
    this.entries = [];
    for (const [platform, list] of Object.entries(raw as Record<string, unknown[]>)) {
      for (const e of list as Record<string, string>[]) {
        if (!e || typeof e.cookie != 'string' || !CATEGORIES.has(e.category!)) continue;
        const name = e.cookie.trim();
        if (!name) continue;
        const entry: DbEntry = {
          id: e.id ?? '',
          platform,
          category: e.category as DbCategory,
          name,
          wildcard: e.wildcardMatch === '1' || name.includes('*'),
          domains: parseDomains(e.domain ?? ''),
          description: e.description ?? '',
          retention: e.retentionPeriod ?? '',
          controller: e.dataController ?? '',
          privacyLink: e.privacyLink ?? '',
        };
        this.entries.push(entry);
        if (entry.wildcard) this.prefixed.push(entry);
        else this.byName.set(name, [...(this.byName.get(name) ?? []), entry]);
        for (const d of entry.domains) {
          const cats = this.hostCategories.get(d) ?? new Map<DbCategory, string[]>();
          cats.set(entry.category, [...(cats.get(entry.category) ?? []), platform]);
          this.hostCategories.set(d, cats);
        }
      }
    }
  }

  /** Loads the copy shipped with the package. */
  static load(
    file = new URL('../../data/open-cookie-database/open-cookie-database.json', import.meta.url),
  ): CookieDatabase {
    return new CookieDatabase(JSON.parse(readFileSync(file, 'utf8')));
  }

  /**
   * What a cookie (or storage key) name is. `host` is the cookie's domain or the storage's
   * origin host; without it (the lint) only name-only rules apply. `null` = unknown.
   */
  classify(name: string, host?: string): Classification | null {
    const candidates: { entry: DbEntry; exact: boolean; domainMatched: boolean; length: number }[] = [];
    const consider = (entry: DbEntry, exact: boolean, length: number) => {
      const domainMatched = !!host && entry.domains.some((d) => hostUnder(host, d));
      const noDomain = entry.domains.length == 0;
      const ok =
        domainMatched ||
        (exact ? noDomain || length >= MIN_NAME_ONLY : length >= 3 && (noDomain || length >= MIN_NAME_ONLY));
      if (ok) candidates.push({ entry, exact, domainMatched, length });
    };
    for (const entry of this.byName.get(name) ?? []) consider(entry, true, name.length);
    for (const entry of this.prefixed) {
      const matches = entry.name.includes('*') ? matchesCookieName(name, entry.name) : name.startsWith(entry.name);
      if (matches) consider(entry, name == entry.name, entry.name.replace(/\*/g, '').length);
    }
    candidates.sort(
      (a, b) =>
        Number(b.domainMatched) - Number(a.domainMatched) || Number(b.exact) - Number(a.exact) || b.length - a.length,
    );
    const best = candidates[0];
    if (!best) return null;
    const { entry } = best;
    return {
      category: entry.category,
      platform: entry.platform,
      description: entry.description,
      retention: entry.retention,
      controller: entry.controller,
      match: entry.wildcard ? 'prefix' : 'exact',
      pattern: entry.wildcard ? (entry.name.includes('*') ? entry.name : entry.name + '*') : entry.name,
      domainMatched: best.domainMatched,
      id: entry.id,
    };
  }

  /**
   * Every entry a config pattern (`_ga`, `_ga*`, `*`) would cover, judged by name only: for an
   * exact name its classification, for a wildcard every entry whose name (or prefix) it matches.
   */
  coveredBy(pattern: string): DbEntry[] {
    if (!pattern.includes('*')) {
      const c = this.classify(pattern);
      return c ? this.entries.filter((e) => e.id == c.id) : [];
    }
    const literalPrefix = pattern.split('*')[0]!;
    return this.entries.filter((e) => {
      const nameOnlyOk = (length: number) => e.domains.length == 0 || length >= MIN_NAME_ONLY;
      if (!e.wildcard) return nameOnlyOk(e.name.length) && matchesCookieName(e.name, pattern);
      // A prefix entry is covered when some name starting with the prefix also matches the pattern.
      const prefix = e.name.replace(/\*.*$/, '');
      return (
        prefix.length >= 3 &&
        nameOnlyOk(prefix.length) &&
        (matchesCookieName(prefix, pattern) ||
          matchesCookieName(prefix + 'x', pattern) ||
          literalPrefix.startsWith(prefix))
      );
    });
  }

  /**
   * What a request host is known for: the most specific domain the database names (or a few
   * well-known tracker hosts it does not), with the categories of its entries. `null` = not listed.
   */
  host(hostname: string): { domain: string; category: DbCategory; platforms: string[]; tracker: boolean } | null {
    const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const domain = labels.slice(i).join('.');
      const extra = EXTRA_TRACKER_HOSTS[domain];
      if (extra) return { domain, category: extra.category, platforms: [extra.platform], tracker: true };
      const cats = this.hostCategories.get(domain);
      if (!cats) continue;
      // Most entries decide the label; a host with any analytics or advertising cookie is a tracker host.
      const ranked = [...cats.entries()].sort((a, b) => b[1].length - a[1].length);
      const tracking = ranked.filter(([c]) => CONSENT_REQUIRED.includes(c));
      const [category, platforms] = tracking[0] ?? ranked[0]!;
      return { domain, category, platforms: [...new Set(platforms)], tracker: tracking.length > 0 };
    }
    return null;
  }
}
