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
 * while it is evaluated; for the ES module build, its URL and the page's nonce). It resolves with what the file registered, or undefined when it could not
 * be loaded (said once in the console); it never rejects. A file is fetched once while it loads or
 * after it loaded; after a failure the next call fetches it again.
 */
export function siblingLoader(
  script: Pick<HTMLScriptElement, 'src' | 'nonce'> | null,
): (sibling: Sibling) => Promise<unknown> {
  const base = script?.src;
  // Browsers hide the nonce attribute once parsed; the property keeps it.
  const nonce = script?.nonce;
  const loads = new Map<string, Promise<unknown>>();
  /** Failed attempts per file. */
  const failures = new Map<string, number>();

  const load = ({ name, file, integrity }: Sibling): Promise<unknown> =>
    new Promise((resolve) => {
      const failed = failures.get(name) ?? 0;
      const fail = (why: string) => {
        // Tried again on the next call.
        loads.delete(name);
        failures.set(name, failed + 1);
        log(`${file} could not be loaded (${why}): nothing optional is granted until it is`);
        resolve(undefined);
      };
      if (!base) return fail('this script has no URL to find it next to');
      const element = document.createElement('script');
      const url = new URL(file, base);
      // A new URL for a new attempt: browsers may answer the same URL from the failure they keep in memory.
      if (failed) url.searchParams.set('attempt', String(failed + 1));
      element.src = url.href;
      if (integrity.startsWith('sha')) {
        element.integrity = integrity;
        // SRI needs a CORS response from another origin (a CDN); same-origin files are unaffected.
        element.crossOrigin = 'anonymous';
      }
      if (nonce) element.nonce = nonce;
      element.onload = () => {
        const exports = registry()[name];
        if (exports === undefined) fail(`it registered no '${name}'`);
        else resolve(exports);
      };
      element.onerror = () => {
        element.remove();
        fail(
          `${element.src}: missing, blocked by the page's Content-Security-Policy, offline, or not the file this script was built with`,
        );
      };
      (document.head ?? document.documentElement).append(element);
    });

  return (sibling) => {
    let loading = loads.get(sibling.name);
    if (!loading) loads.set(sibling.name, (loading = load(sibling)));
    return loading;
  };
}
