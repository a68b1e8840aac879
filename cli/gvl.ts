/**
 * `cookie-consent gvl --vendors 1,2,755 --languages de,fr --out DIR [--source URL]`: keeps the
 * site's own copy of the Global Vendor List (docs/compliance.md R41: browsers never load it from
 * consensu.org). Server-side, as "Consent string and vendor list formats v2" requires: compressed
 * requests, each resource cached for exactly its `Cache-Control: max-age` (in DIR/.gvl-cache/),
 * the list narrowed to the site's vendors, and the files written atomically: each goes to a
 * temporary name and is renamed into place only when every download is valid, so a failed run
 * leaves the previous files as they were.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { narrowVendorList, vendorListProblem, type VendorList } from '../src/tcf/vendor-list.js';

/** The IAB's current vendor list (v3 path) and its translations. */
export const DEFAULT_SOURCE = 'https://vendor-list.consensu.org/v3/';

/** A download that cannot be used (bad status, not JSON, not the right shape): exit code 2. */
export class GvlError extends Error {}

export interface GvlOptions {
  vendors: number[];
  /** Two-letter (or 'pt-br'-style) codes; English is inside vendor-list.json and needs no file. */
  languages: string[];
  out: string;
  source?: string;
  /** The clock and the HTTP client (tests). */
  now?: () => number;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

export interface GvlResult {
  vendorListVersion: number;
  tcfPolicyVersion: number;
  /** Files written, relative to `out`. */
  files: string[];
  /** Configured vendor IDs the list does not have (or has deleted): nothing is written then. */
  missing: number[];
  /** Per URL: 'cache' (still fresh) or 'network'. */
  from: Record<string, 'cache' | 'network'>;
}

interface CacheEntry {
  url: string;
  fetchedAt: number;
  maxAge: number;
}

/** `max-age` in seconds from a Cache-Control header; 0 (not cached) for no-store, no-cache or none. */
export function maxAgeOf(cacheControl: string | null): number {
  if (!cacheControl || /(^|,)\s*(no-store|no-cache)\s*(,|$)/i.test(cacheControl)) return 0;
  const m = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  return m ? Number(m[1]) : 0;
}

/** Reads `url` as JSON, from DIR/.gvl-cache/ while its max-age lasts, else from the network. */
async function getJson(
  url: string,
  cacheDir: string,
  name: string,
  { now, fetch: get, log }: Required<Pick<GvlOptions, 'now' | 'fetch' | 'log'>>,
  from: GvlResult['from'],
  problemOf: (json: unknown) => string,
): Promise<unknown> {
  const metaFile = join(cacheDir, name + '.meta.json');
  const bodyFile = join(cacheDir, name);
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CacheEntry;
    if (meta.url == url && now() < meta.fetchedAt + meta.maxAge * 1000) {
      from[url] = 'cache';
      log(`${url}: cached copy (fresh for ${Math.round((meta.fetchedAt + meta.maxAge * 1000 - now()) / 1000)} s more)`);
      return JSON.parse(readFileSync(bodyFile, 'utf8'));
    }
  } catch {
    // No cache entry, or an unreadable one: ask the network.
  }
  let response: Response;
  try {
    response = await get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br', Accept: 'application/json' } });
  } catch (e) {
    throw new GvlError(`${url}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new GvlError(`${url} answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GvlError(`${url} did not answer JSON (${JSON.stringify(text.slice(0, 40))}…)`);
  }
  // Checked before it is cached: a bad answer is never kept for its max-age.
  const problem = problemOf(json);
  if (problem) throw new GvlError(`${url} ${problem}`);
  from[url] = 'network';
  const maxAge = maxAgeOf(response.headers.get('cache-control'));
  log(`${url}: downloaded${maxAge ? `, cached for ${maxAge} s (Cache-Control max-age)` : ', not cacheable'}`);
  if (maxAge) {
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically([
      [bodyFile, text],
      [metaFile, JSON.stringify({ url, fetchedAt: now(), maxAge } satisfies CacheEntry)],
    ]);
  }
  return json;
}

/** Writes every [file, content] to a temporary name first, then renames them all into place. */
function writeAtomically(files: [string, string][]): void {
  const temps = files.map(([file]) => `${file}.tmp-${process.pid}`);
  try {
    files.forEach(([, content], i) => writeFileSync(temps[i]!, content));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  files.forEach(([file], i) => renameSync(temps[i]!, file));
}

/** Downloads, checks, narrows and writes. Throws GvlError for a bad download; writes nothing then. */
export async function updateGvl(options: GvlOptions): Promise<GvlResult> {
  const ctx = { now: options.now ?? Date.now, fetch: options.fetch ?? fetch, log: options.log ?? (() => undefined) };
  const source = (options.source ?? DEFAULT_SOURCE).replace(/\/?$/, '/');
  const cacheDir = join(options.out, '.gvl-cache');
  const from: GvlResult['from'] = {};

  const notAList = (json: unknown) => {
    const problem = vendorListProblem(json);
    return problem && `is not a vendor list: ${problem}`;
  };
  const list = (await getJson(
    source + 'vendor-list.json',
    cacheDir,
    'vendor-list.json',
    ctx,
    from,
    notAList,
  )) as VendorList;
  const { list: narrowed, missing } = narrowVendorList(list, options.vendors);
  const result = {
    vendorListVersion: list.vendorListVersion,
    tcfPolicyVersion: list.tcfPolicyVersion,
    files: [] as string[],
    missing,
    from,
  };
  if (missing.length) return result;

  const files: [string, string][] = [['vendor-list.json', JSON.stringify(narrowed)]];
  for (const language of options.languages.filter((l) => l != 'en')) {
    const name = `purposes-${language}.json`;
    const notATranslation = (json: unknown) => {
      const t = json as Record<string, unknown> | null;
      return t && typeof t == 'object' && t.purposes && typeof t.purposes == 'object'
        ? ''
        : 'is not a translation (no purposes)';
    };
    const translation = await getJson(source + name, cacheDir, name, ctx, from, notATranslation);
    files.push([name, JSON.stringify(translation)]);
  }
  mkdirSync(options.out, { recursive: true });
  writeAtomically(files.map(([name, content]) => [join(options.out, name), content + '\n']));
  result.files = files.map(([name]) => name);
  return result;
}
