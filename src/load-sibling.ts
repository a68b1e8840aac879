/**
 * Loads a file that ships next to the drop-in script (its UI; other lazily loaded parts the same
 * way) as a classic script: found relative to the script's own URL, with the script's CSP nonce, and
 * with the Subresource Integrity hash the build wrote into the script, so a file changed on its way
 * (a tampered CDN copy) is refused. A file that cannot be loaded (404, CSP, offline, SRI mismatch)
 * is reported with one console.error naming it; the next call tries again.
 *
 * A sibling file announces what it offers with registerSibling(name, …) when it runs; the loader
 * resolves with that. Both sides meet on one global registry, since the two files share no scope.
 */
import { log } from './core/log.js';

/** The registry on `window`: a symbol, so no page script meets it by accident. */
const REGISTRY = Symbol.for('cookie-consent.siblings');
type Registry = Record<string, unknown>;
const registry = (): Registry => {
  const w = window as unknown as Record<symbol, Registry | undefined>;
  return (w[REGISTRY] ??= {});
};

/** Called by a sibling file when it runs: `exports` is what the loader resolves with. */
export const registerSibling = (name: string, exports: unknown): void => {
  registry()[name] = exports;
};

/** One lazily loaded file: its registered name, its file name next to the script, and its SRI hash. */
export interface Sibling {
  name: string;
  file: string;
  /** `sha384-…`, written by the build; anything else (a source build, in tests) loads without a check. */
  integrity: string;
}

/**
 * A loader for the files next to `script` (the drop-in's own `<script>`, `document.currentScript`
 * while it is evaluated; for the ES module build, its URL and the page's nonce). It resolves with
 * what the file registered under the sibling's name, or undefined when it could not be loaded (said
 * once in the console); it never rejects. A file is fetched once while it loads or after it loaded,
 * whichever of its names is asked for; after a failure the next call fetches it again.
 */
export function siblingLoader(
  script: Pick<HTMLScriptElement, 'src' | 'nonce'> | null,
): (sibling: Sibling) => Promise<unknown> {
  const base = script?.src;
  // Browsers hide the nonce attribute once parsed; the property keeps it.
  const nonce = script?.nonce;
  /** Per file: whether it ran (false: it could not be loaded). */
  const loads = new Map<string, Promise<boolean>>();
  /** Failed attempts, of any file: each new attempt gets a URL of its own. */
  let failures = 0;

  const load = ({ file, integrity }: Sibling): Promise<boolean> =>
    new Promise((resolve) => {
      const fail = (why: string) => {
        // Tried again on the next call.
        loads.delete(file);
        failures++;
        log(`${file} could not be loaded (${why}): nothing optional is granted until it is`);
        resolve(false);
      };
      if (!base) return fail('this script has no URL to find it next to');
      const element = document.createElement('script');
      const url = new URL(file, base);
      // A new URL for a new attempt: browsers may answer the same URL from the failure they keep in memory.
      if (failures) url.searchParams.set('attempt', String(failures + 1));
      element.src = url.href;
      if (integrity.startsWith('sha')) {
        element.integrity = integrity;
        // SRI needs a CORS response from another origin (a CDN); same-origin files are unaffected.
        element.crossOrigin = 'anonymous';
      }
      if (nonce) element.nonce = nonce;
      element.onload = () => resolve(true);
      element.onerror = () => {
        element.remove();
        fail(
          `${element.src}: missing, blocked by the page's Content-Security-Policy, offline, or not the file this script was built with`,
        );
      };
      (document.head ?? document.documentElement).append(element);
    });

  return async (sibling) => {
    let loading = loads.get(sibling.file);
    if (!loading) loads.set(sibling.file, (loading = load(sibling)));
    if (!(await loading)) return undefined;
    const exports = registry()[sibling.name];
    if (exports === undefined) log(`${sibling.file} registered no '${sibling.name}'`);
    return exports;
  };
}
