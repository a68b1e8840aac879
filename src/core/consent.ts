/**
 * The consent state and its decisions (accept all / reject all / accept these). Pure: storage,
 * clock, id generator and the GPC signal are injected, so every rule is testable without a page.
 */
import type { ConsentChangeDetail, ConsentRecord, CookiePattern, ResolvedConfig, Selection } from './types.js';
import { isCurrent, parseRecord, serializeRecord } from './record.js';

/** Where the record lives; the browser uses a cookie, tests an in-memory string. */
export interface ConsentStorage {
  read(): string | undefined;
  /** Returns false when the value could not be stored (cookies blocked). */
  write(value: string): boolean;
  clear(): void;
}

export interface ConsentDeps {
  storage: ConsentStorage;
  now?: () => number;
  newId?: () => string;
  /** The Global Privacy Control signal (`navigator.globalPrivacyControl === true`). */
  gpc?: boolean;
}

/** What a new choice changed, for the element to announce and act on. */
export interface ChoiceResult extends ConsentChangeDetail {
  /** Categories granted before this choice and refused now. */
  revoked: string[];
  /** Cookie patterns of categories and services that were granted and are not any more. */
  revokedCookies: CookiePattern[];
  /** False when the record could not be stored: it holds for this page only. */
  stored: boolean;
}

/**
 * The services granted in a category. Own keys only: a category may be called `constructor`
 * or `__proto__`, which a plain lookup would find on Object.prototype.
 */
export const servicesOf = (services: Record<string, string[]> | undefined, category: string): string[] | undefined =>
  services && Object.hasOwn(services, category) && Array.isArray(services[category]) ? services[category] : undefined;

/** A 128-bit random id in UUID v4 form. */
export function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class Consent {
  /** The choice in force, or null when the reader has not (validly, recently) chosen. */
  current: ConsentRecord | null = null;
  /** A well-formed but outdated or expired choice: pre-selects the preferences, grants nothing. */
  previous: ConsentRecord | null = null;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    readonly config: ResolvedConfig,
    private readonly deps: ConsentDeps,
  ) {
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomId;
    const record = parseRecord(deps.storage.read(), config, this.now());
    if (record && isCurrent(record, config, this.now())) this.current = record;
    else this.previous = record;
  }

  /** True while the reader has to be asked. */
  get needsChoice(): boolean {
    return !this.current;
  }

  /** GPC is on and honoured: categories marked `gpc` are left out of "Accept all". */
  get gpcApplies(): boolean {
    return this.config.respectGpc && this.deps.gpc === true;
  }

  hasConsent(category: string, service?: string): boolean {
    const c = this.config.categories.find((x) => x.name === category);
    if (!c) return false;
    if (c.required) return service === undefined || c.services.some((s) => s.name === service);
    const r = this.current;
    if (!r || !r.categories.includes(category)) return false;
    if (service === undefined) return true;
    return !!servicesOf(r.services, category)?.includes(service);
  }

  /** The selection "Accept all" makes: everything, less GPC-marked categories while GPC applies. */
  allSelection(): Selection {
    return { categories: this.config.categories.filter((c) => c.required || !(c.gpc && this.gpcApplies)).map((c) => c.name) };
  }

  /** The selection to show in the preferences: the choice in force, else the earlier one, else required only. */
  draftSelection(): Selection {
    const r = this.current ?? this.previous;
    return r ? { categories: [...r.categories], services: structuredClone(r.services) } : { categories: [] };
  }

  /**
   * Stores exactly this selection (required categories always added; unknown names dropped) and
   * returns what changed.
   */
  choose(selection: Selection): ChoiceResult {
    const before = this.current;
    // Cookies of an outdated choice may still be on the device: a refusal now clears them too.
    const earlier = before ?? this.previous;
    const first = !earlier;
    const categories: string[] = [];
    const services: Record<string, string[]> = {};
    for (const c of this.config.categories) {
      if (!c.required && !selection.categories.includes(c.name)) continue;
      categories.push(c.name);
      if (!c.services.length) continue;
      const given = selection.services && Object.hasOwn(selection.services, c.name) ? selection.services[c.name] : undefined;
      // No entry: all its services. An entry that is not a list grants none: "exactly these" never widens.
      const asked = given === undefined ? undefined : Array.isArray(given) ? given : [];
      // defineProperty, not assignment: `services['__proto__'] = …` would set the prototype.
      Object.defineProperty(services, c.name, {
        value: c.services.map((s) => s.name).filter((s) => !asked || asked.includes(s)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const record: ConsentRecord = {
      v: 1,
      id: earlier?.id ?? this.newId(),
      rev: this.config.revision,
      ts: this.now(),
      categories,
      services,
      gpc: this.deps.gpc === true,
    };
    const stored = this.deps.storage.write(serializeRecord(record));
    this.current = record;
    this.previous = null;

    const changed: string[] = [];
    const revoked: string[] = [];
    const revokedCookies: CookiePattern[] = [];
    for (const c of this.config.categories) {
      const is = categories.includes(c.name);
      const isServices = servicesOf(services, c.name) ?? [];
      const was = c.required || !!before?.categories.includes(c.name);
      if (!c.required && (was !== is || (servicesOf(before?.services, c.name) ?? []).join() !== isServices.join())) changed.push(c.name);
      if (!is && before?.categories.includes(c.name)) revoked.push(c.name);
      if (!is && earlier?.categories.includes(c.name)) revokedCookies.push(...c.cookies);
      for (const s of c.services)
        if (servicesOf(earlier?.services, c.name)?.includes(s.name) && !isServices.includes(s.name)) revokedCookies.push(...s.cookies);
    }
    return {
      consent: record,
      first,
      accepted: categories,
      rejected: this.config.categories.filter((c) => !categories.includes(c.name)).map((c) => c.name),
      changed,
      revoked,
      revokedCookies,
      stored,
    };
  }

  /** Forgets the choice: the reader is asked again and nothing optional is granted. */
  reset(): void {
    this.deps.storage.clear();
    this.current = null;
    this.previous = null;
  }
}
