/**
 * The stored choice (docs/contract.md §3): strict parsing, serialising and the checks that
 * decide whether a stored choice still stands. A record is trusted whole or not at all, with one
 * exception: a category the config no longer has is dropped quietly (docs/compliance.md R13), so a
 * site can remove a category without losing every reader's choice.
 *
 * Formats: `v: 2` (written now) lists in `asked` the categories the reader was asked about; `v: 1`
 * (before `asked` existed) is still read, and counts as asked about exactly the categories it
 * names, the only ones it proves the reader saw. A `v: 1` refusal of a category therefore asks
 * again once, with the earlier choice pre-selected; nothing is granted meanwhile.
 */
import type { ConsentRecord, ResolvedConfig } from './types.js';

const DAY = 864e5;

/** A record as a cookie holds it, in either format: v1 has no `asked`. */
type StoredRecord = Omit<ConsentRecord, 'v' | 'asked'> & { v: 1 | 2; asked?: string[] };

/** The item of `list` (categories, services) called `name`. */
export const named = <T extends { name: string }>(list: readonly T[], name: unknown): T | undefined =>
  list.find((x) => x.name === name);

/**
 * Distinct names of items of `list`, which must not be empty (a category without services has no
 * service list). Anything but an array throws (no `every`), which the caller catches.
 */
const namesOf = (v: string[], list: readonly { name: string }[]) =>
  list[0] && v.every((s) => named(list, s)) && new Set(v).size == v.length;

/**
 * Distinct names as a config allows them ([a-z0-9_-]+), known to this config or not (a category
 * removed since). `match` throws on anything but a string, as `every` does on anything but an array.
 */
const distinct = (v: string[]) => v.every((s) => s.match(/^[a-z\d_-]+$/)) && new Set(v).size == v.length;

/**
 * Parses the cookie's value (already URI-decoded), in either format. Returns `null` for anything
 * that is not a well-formed record for this config: bad JSON, unknown or missing fields, wrong
 * types, unknown services, a required category asked about but not granted, a granted category
 * not asked about, a time in the future. Categories the config no longer has are dropped from the
 * result, which is always in the current format (`v: 2`, with `asked`). Never throws.
 */
export function parseRecord(raw: string | undefined, config: ResolvedConfig, now: number): ConsentRecord | null {
  // No cookie (a first visit): no choice, without the cost of an exception.
  if (!raw) return null;
  try {
    // Whatever is not the expected shape fails a check below or throws (null, a missing field, a list
    // that is not an array): no choice. Typed as what it must be; the checks make it so.
    const r = JSON.parse(raw) as StoredRecord;
    const { categories: cats } = config;
    const { v, categories: granted, services } = r;
    // A v1 record has no `asked`: it proves only that the reader saw what it grants.
    const asked = v === 1 ? granted : r.asked!;
    const known = (name: string) => named(cats, name);
    if (
      (v === 1 || v === 2) &&
      // Every field is checked, so seven (v1) or eight (v2) own keys means no unknown one.
      Object.keys(r).length == 6 + v &&
      // `match` throws on anything but a string.
      r.id.match(/^[\da-f-]{8,64}$/i) &&
      [r.rev, r.ts].every(Number.isInteger) &&
      r.rev >= 0 &&
      r.ts > 0 &&
      // A clock a little behind the one that wrote the cookie is normal; a time far ahead is tampering.
      r.ts <= now + DAY &&
      r.gpc === !!r.gpc &&
      distinct(asked) &&
      distinct(granted) &&
      granted.every((name: string) => asked.includes(name)) &&
      // A required category the reader was asked about is granted (one added since asks again).
      cats.every((c) => !c.required || !asked.includes(c.name) || granted.includes(c.name)) &&
      // A plain object (not an array, null or a primitive), holding lists of services only of granted
      // categories: for a category of this config, only its own declared services. The default
      // stringification is the test.
      // eslint-disable-next-line @typescript-eslint/restrict-plus-operands, @typescript-eslint/no-base-to-string
      services + '' == '[object Object]' &&
      Object.entries<string[]>(services).every(([name, list]) => {
        const c = known(name);
        return granted.includes(name) && (c ? namesOf(list, c.services) : distinct(list));
      })
    ) {
      // Own keys only (a category may be called `__proto__`): the services of removed categories go.
      for (const name of Object.keys(services)) if (!known(name)) delete services[name];
      return { ...r, v: 2, asked: asked.filter(known), categories: granted.filter(known) };
    }
  } catch {}
  return null;
}

/** The cookie value (before URI encoding): the record's fields in the documented order, nothing else. */
export const serializeRecord = ({ v, id, rev, ts, asked, categories, services, gpc }: ConsentRecord): string =>
  JSON.stringify({ v, id, rev, ts, asked, categories, services, gpc });

/**
 * Whether a well-formed record still stands: same policy revision (or newer), not expired, and the
 * reader was asked about every category the config has now (docs/compliance.md R13).
 */
export const isCurrent = (record: ConsentRecord, config: ResolvedConfig, now: number): boolean =>
  record.rev >= config.revision &&
  now - record.ts < config.cookie.expiresDays * DAY &&
  config.categories.every((c) => record.asked.includes(c.name));
