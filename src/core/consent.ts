/**
 * The consent state and its decisions (accept all / reject all / accept these). Pure: storage,
 * clock, id generator and the GPC signal are injected, so every rule is testable without a page.
 */
import type {
  Category,
  ConsentChangeDetail,
  ConsentRecord,
  CookiePattern,
  ResolvedConfig,
  Selection,
  Service,
} from './types.js';
import { isCurrent, named, parseRecord, serializeRecord } from './record.js';

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
 * The services granted in a category (whatever a selection holds there). Own keys only: a category
 * may be called `constructor` or `__proto__`, which a plain lookup would find on Object.prototype.
 */
export const servicesOf = <T = string[]>(services: Record<string, T> | undefined, category: string): T | undefined =>
  services && Object.hasOwn(services, category) ? services[category] : undefined;

/**
 * A random UUID v4. Every blob: URL ends in one, made the way crypto.randomUUID() makes it (File
 * API), which itself exists only in secure contexts; this works on plain http too. The URL is
 * revoked at once: it is only the id that is wanted, not an entry in the page's blob registry.
 */
export const randomId = (): string => {
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
};

/**
 * Whether a record grants a category of the config, or one of its services. A required category
 * grants itself and all its services, whatever the record says.
 */
const granted = (r: ConsentRecord | null, c: Category, s?: Service): boolean =>
  c.required || (!!r?.categories.includes(c.name) && (!s || !!servicesOf(r.services, c.name)?.includes(s.name)));

/** The names of the items of `list` (categories, services) that `keep` keeps, in config order. */
const names = <T extends { name: string }>(list: readonly T[], keep: (x: T) => unknown): string[] =>
  list.filter(keep).map((x) => x.name);

export class Consent {
  /** The choice in force, or null when the reader has not (validly, recently) chosen. */
  current: ConsentRecord | null;
  /**
   * The latest well-formed choice, in force or not: an outdated or expired one pre-selects the
   * preferences and keeps its id, but grants nothing.
   */
  private _last: ConsentRecord | null;

  constructor(
    readonly config: ResolvedConfig,
    private readonly _deps: ConsentDeps,
  ) {
    const now = (_deps.now ?? Date.now)();
    const r = (this._last = parseRecord(_deps.storage.read(), config, now));
    this.current = r && isCurrent(r, config, now) ? r : null;
  }

  /** True while the reader has to be asked. */
  get needsChoice(): boolean {
    return !this.current;
  }

  /** GPC is on and honoured: categories marked `gpc` are left out of "Accept all". */
  get gpcApplies(): boolean {
    return this.config.respectGpc && !!this._deps.gpc;
  }

  hasConsent(category: string, service?: string): boolean {
    const c = named(this.config.categories, category);
    const s = c && named(c.services, service);
    // An unknown category, or a service its category does not have, is never granted.
    return !!c && (service === undefined) == !s && granted(this.current, c, s);
  }

  /** The selection "Accept all" makes: everything, less GPC-marked categories while GPC applies. */
  allSelection(): Selection {
    return { categories: names(this.config.categories, (c) => c.required || !(c.gpc && this.gpcApplies)) };
  }

  /** The selection to show in the preferences: the choice in force, else the earlier one, else nothing. */
  draftSelection(): Selection {
    const r = this._last;
    return structuredClone({ categories: r?.categories ?? [], services: r?.services });
  }

  /**
   * Stores exactly this selection (required categories always added; unknown names dropped) and
   * returns what changed.
   */
  choose(selection: Selection): ChoiceResult {
    const deps = this._deps;
    const cats = this.config.categories;
    const before = this.current;
    // Cookies of an outdated choice may still be on the device: a refusal now clears them too.
    const earlier = this._last;
    const asked = selection.services;
    const categories = names(cats, (c) => c.required || selection.categories.includes(c.name));
    const record: ConsentRecord = {
      v: 2,
      id: earlier?.id ?? (deps.newId ?? randomId)(),
      rev: this.config.revision,
      ts: (deps.now ?? Date.now)(),
      // Every category of the config was shown (banner and preferences list them all).
      asked: cats.map((c) => c.name),
      categories,
      // fromEntries defines own keys: a category called `__proto__` stays a key, not the prototype.
      services: Object.fromEntries(
        cats
          .filter((c) => c.services.length && categories.includes(c.name))
          .map((c) => {
            // No entry: all its services. An entry that is not a list grants none: "exactly these" never widens.
            const given: unknown = servicesOf(asked, c.name);
            return [
              c.name,
              names(c.services, (s) => given === undefined || (Array.isArray(given) && given.includes(s.name))),
            ];
          }),
      ),
      gpc: !!deps.gpc,
    };
    this.current = this._last = record;
    return {
      consent: record,
      first: !earlier,
      accepted: categories,
      rejected: names(cats, (c) => !granted(record, c)),
      // The category or one of its services is granted now and was not, or the other way round.
      changed: names(cats, (c) =>
        [undefined, ...c.services].some((s) => granted(before, c, s) != granted(record, c, s)),
      ),
      revoked: names(cats, (c) => granted(before, c) && !granted(record, c)),
      revokedCookies: cats.flatMap((c) =>
        [undefined, ...c.services].flatMap((s) =>
          granted(earlier, c, s) && !granted(record, c, s) ? (s ?? c).cookies : [],
        ),
      ),
      stored: deps.storage.write(serializeRecord(record)),
    };
  }

  /** Forgets the choice: the reader is asked again and nothing optional is granted. */
  reset(): void {
    this._deps.storage.clear();
    this.current = this._last = null;
  }
}
