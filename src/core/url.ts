/** URL checks shared by config validation and gating. Pure. */

/**
 * A URL as a browser reads its scheme: browsers drop tabs, newlines and leading controls when
 * parsing ("java\tscript:"), so every control and space goes before the scheme is looked at.
 */
const asRead = (url: string) => url.replace(/[\0- ]/g, '');

/** True for a URL that runs as script in the page when loaded (`javascript:`, `vbscript:`). */
export const isScriptUrl = (url: string): boolean => /^(java|vb)script:/i.test(asRead(url));

/** True for an http(s) or relative URL; refuses `javascript:`, `data:` and every other scheme. */
export const isSafeUrl = (v: unknown): boolean =>
  typeof v == 'string' && !/^(?!https?:)[a-z][a-z\d+.-]*:/i.test(asRead(v));
