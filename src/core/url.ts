/** URL checks for gating. Pure. */

/**
 * True for a URL that runs as script in the page when loaded (`javascript:`, `vbscript:`).
 * Browsers drop tabs, newlines and leading controls when parsing ("java\tscript:"), so this drops
 * every control and space before looking at the scheme (config.ts's isSafeUrl does the same).
 */
export const isScriptUrl = (url: string): boolean => /^(java|vb)script:/i.test(url.replace(/[\0- ]/g, ''));
