/**
 * Reading what set a cookie: Set-Cookie header lines, `document.cookie` assignments and the
 * JavaScript stack captured when a script wrote one.
 */

export interface CookieWrite {
  name: string;
  /** The Domain attribute without its leading dot, when given. */
  domain?: string;
  /** True when the write removes the cookie (Max-Age ≤ 0 or an Expires in the past). */
  deletes: boolean;
}

/** Parses one `Set-Cookie` line or `document.cookie` assignment. `null` when it names no cookie. */
export function parseCookieWrite(line: string, now = Date.now()): CookieWrite | null {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  // `document.cookie = "foo"` sets a cookie with an empty name and the value "foo".
  const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
  if (eq < 0 && !pair.trim()) return null;
  let domain: string | undefined;
  let deletes = false;
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attr.slice(i + 1).trim();
    if (key == 'domain' && value) domain = value.replace(/^\./, '').toLowerCase();
    else if (key == 'max-age' && /^-?\d+$/.test(value)) deletes = Number(value) <= 0;
    else if (key == 'expires' && !attrs.some((a) => /^\s*max-age\s*=/i.test(a))) {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) deletes = t <= now;
    }
  }
  return { name, domain, deletes };
}

/** Splits a header value that may hold several Set-Cookie lines (CDP joins them with newlines). */
export function setCookieLines(headers: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() == 'set-cookie' && value) out.push(...value.split('\n').filter((l) => l.trim()));
  return out;
}

export interface ScriptSource {
  url: string;
  line?: number;
  column?: number;
  /** True when the code is the document's own: an inline `<script>` or an event handler attribute. */
  inline: boolean;
  /** `data-category` of the running `<script>` (a gated script the widget ran). */
  category?: string;
}

/** `document.currentScript` when the write happened: which `<script>` element was running. */
export interface CurrentScript {
  src: string;
  category: string;
}

/** The name our in-page hooks run under (`//# sourceURL`), so their own stack frames can be skipped. */
export const HOOK_SOURCE = 'cookie-consent-audit-hooks.js';
const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?\s*$/;

/**
 * The script that made a write, from `new Error().stack` taken in our hook and the running
 * `<script>` element. The first frame below the hook decides: a URL names the script (inline when
 * it is the document's own URL); code without one (a script the widget inserted, `eval`) is
 * named by `document.currentScript`, else by the first script with a URL further down.
 */
export function scriptFromStack(
  stack: string,
  documentUrl: string,
  current?: CurrentScript | null,
): ScriptSource | null {
  const frames = stack
    .split('\n')
    .slice(1)
    .filter((line) => !line.includes(HOOK_SOURCE))
    .map((line) => FRAME.exec(line))
    .map((m) => (m ? { url: m[1]!, line: Number(m[2]), column: Number(m[3]) } : null));
  const top = frames[0];
  const isHttp = (url: string) => /^https?:\/\//.test(url);
  if (top && isHttp(top.url)) return { ...top, inline: stripHash(top.url) == stripHash(documentUrl) };
  if (current) {
    if (current.src) return { url: current.src, inline: false, category: current.category || undefined };
    return { url: documentUrl, inline: true, category: current.category || undefined };
  }
  const below = frames.find((f) => f && isHttp(f.url));
  return below ? { ...below, inline: stripHash(below.url) == stripHash(documentUrl) } : null;
}

export const stripHash = (url: string): string => url.replace(/#.*$/, '');
