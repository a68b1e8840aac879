/** URL checks shared by config validation and gating. Pure. */

/**
 * The scheme of a URL as a browser will read it (lower case), or undefined for a relative URL.
 * Browsers drop tabs, newlines and leading controls when parsing ("java\tscript:"), so this does too.
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\x00-\x20]/g, ''))?.[1]?.toLowerCase();
}

/** True for a URL that runs as script in the page when loaded (`javascript:`, `vbscript:`). */
export const isScriptUrl = (url: string): boolean => ['javascript', 'vbscript'].includes(urlScheme(url) ?? '');
