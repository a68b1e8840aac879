/**
 * Fetches a language pack: `<base><code>.json`, strings only (a pack is data, whatever the file
 * holds). Throws on an HTTP error, a timeout or bad JSON; the caller falls back to English. Used by
 * the view (src/ui/view.ts, dist/i18n/) and the TCF screens (src/tcf/ui/, dist/i18n/tcf/).
 */

/** How long a language pack may take before English is shown instead. */
const PACK_TIMEOUT_MS = 4000;

export async function fetchPack(base: string, code: string): Promise<object | null> {
  const response = await fetch(`${base}${code}.json`, { signal: AbortSignal.timeout(PACK_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json = await response.text();
  return JSON.parse(json, (key, value: unknown) => (key && typeof value != 'string' ? undefined : value)) as
    object | null;
}
