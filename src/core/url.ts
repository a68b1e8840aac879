/** URL checks shared by config validation and gating. Pure. */

/**
 * The scheme of a URL as a browser will read it (lower case), or undefined for a relative URL.
 * Browsers drop tabs, newlines and leading controls when parsing ("java\tscript:"), so this does too.
 */
export const urlScheme = (url: string): string | undefined =>
  /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\0- ]/g, ''))?.[1]!.toLowerCase();

/** True for a URL that runs as script in the page when loaded (`javascript:`, `vbscript:`). */
export const isScriptUrl = (url: string): boolean => /^(java|vb)script$/.test(urlScheme(url)!);
