/**
 * Drives headless Chromium through the phases and records what the site sets. Nothing here
 * classifies: it returns a RawAudit for analyse.ts.
 *
 * Chromium is started with
 * - a fresh temporary profile (deleted afterwards) whose preferences allow third-party cookies,
 *   as Chrome does for most readers: the audit reports what a site *instigates*, and Chromium's
 *   headless default would hide every third-party cookie;
 * - site isolation off, so cross-site iframes live in the page's process and every request,
 *   Set-Cookie header and `document.cookie` write of every frame reaches one DevTools session.
 *   Cookie and storage partitioning do not depend on it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Protocol } from 'puppeteer-core';
import { hostOf, siteOfUrl } from '../site.js';
import {
  HOOK_SOURCE,
  parseCookieWrite,
  scriptFromStack,
  setCookieLines,
  stripHash,
  type CurrentScript,
} from '../set-cookie.js';
import type {
  ConsentCommand,
  PageVisit,
  PhaseId,
  RawAudit,
  RawCookie,
  RequestEvent,
  StorageSnapshot,
  WidgetInfo,
  WriteEvent,
  WriteSource,
} from './types.js';

export interface CrawlOptions {
  url: string;
  /** Pages per phase, the start page included. */
  pages: number;
  /** Quiet time (ms) after a page's load before it is inventoried. */
  settle: number;
  /** Navigation timeout (ms). */
  timeout: number;
  chromePath: string;
  /** Progress lines (stderr). */
  log: (line: string) => void;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-site-isolation-trials',
  '--disable-features=site-per-process,IsolateOrigins',
];

/** An error that is the site's or the environment's, not a violation (exit code 2). */
export class AuditError extends Error {}

const BINDING = '__cookieConsentAudit';

/**
 * Runs in every frame before its scripts: reports each `document.cookie` write, `cookieStore.set`,
 * `Storage#setItem` and `indexedDB.open` with the JavaScript stack, so the writer can be named.
 * Plain JavaScript on purpose (it is sent to the page as source text).
 */
const HOOKS = `(() => {
  const send = globalThis[${JSON.stringify(BINDING)}];
  if (typeof send != 'function' || globalThis.__cookieConsentAuditHooked) return;
  Object.defineProperty(globalThis, '__cookieConsentAuditHooked', { value: true });
  const report = (data) => {
    try {
      const cs = document.currentScript;
      data.current = cs ? { src: cs.src || '', category: cs.getAttribute('data-category') || '' } : null;
      data.href = location.href;
      data.stack = String(new Error().stack);
      send(JSON.stringify(data));
    } catch {}
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set && cookie.configurable)
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: cookie.enumerable, get: cookie.get,
      set(value) { report({ kind: 'cookie', via: 'document.cookie', value: String(value) }); return cookie.set.call(this, value); },
    });
  if (globalThis.CookieStore && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (a, b) {
      const o = typeof a == 'object' && a ? a : { name: a, value: b };
      report({ kind: 'cookie', via: 'cookieStore', value: String(o.name) + '=' + (o.domain ? '; domain=' + o.domain : '') });
      return set.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let kind = 'localStorage';
    try { if (this === globalThis.sessionStorage) kind = 'sessionStorage'; } catch {}
    report({ kind, via: 'setItem', value: String(key) });
    return setItem.apply(this, arguments);
  };
  if (globalThis.IDBFactory) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name) { report({ kind: 'indexedDB', via: 'indexedDB.open', value: String(name) }); return open.apply(this, arguments); };
  }
})();
//# sourceURL=${HOOK_SOURCE}`;

/** Resolves to `fallback` when `promise` takes longer than `ms` (a frame can hang on evaluate). */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms))),
  ]).finally(() => clearTimeout(timer));
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Records every request, Set-Cookie and hooked write, tagged with the phase it happened in. */
class Recorder {
  phase: PhaseId = 'before';
  readonly writes: WriteEvent[] = [];
  readonly requests: RequestEvent[] = [];
  private seq = 0;
  private readonly live = new Map<string, RequestEvent>();
  private readonly pendingExtra = new Map<string, Protocol.Network.ResponseReceivedExtraInfoEvent[]>();

  attach(cdp: CDPSession): void {
    cdp.on('Network.requestWillBeSent', (e) => this.onRequest(e));
    cdp.on('Network.responseReceived', (e) => {
      const r = this.live.get(e.requestId);
      if (r) r.status = e.response.status;
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      const r = this.live.get(e.requestId);
      if (r) this.onExtraInfo(r, e);
      else this.pendingExtra.set(e.requestId, [...(this.pendingExtra.get(e.requestId) ?? []), e]);
    });
  }

  private onRequest(e: Protocol.Network.RequestWillBeSentEvent): void {
    if (e.redirectResponse) {
      const previous = this.live.get(e.requestId);
      if (previous) previous.status = e.redirectResponse.status;
    }
    const r: RequestEvent = {
      seq: ++this.seq,
      phase: this.phase,
      url: e.request.url,
      host: hostOf(e.request.url),
      resourceType: e.type ?? 'Other',
      documentUrl: e.documentURL,
      initiator: initiatorOf(e.initiator),
      setCookies: [],
      blockedCookies: [],
    };
    this.requests.push(r);
    this.live.set(e.requestId, r);
    for (const extra of this.pendingExtra.get(e.requestId) ?? []) this.onExtraInfo(r, extra);
    this.pendingExtra.delete(e.requestId);
  }

  private onExtraInfo(r: RequestEvent, e: Protocol.Network.ResponseReceivedExtraInfoEvent): void {
    const blocked = new Map((e.blockedCookies ?? []).map((b) => [b.cookieLine.trim(), b.blockedReasons as string[]]));
    for (const line of setCookieLines(e.headers)) {
      const write = parseCookieWrite(line);
      if (!write) continue;
      const reasons = blocked.get(line.trim());
      if (reasons) {
        r.blockedCookies.push({ name: write.name, reasons });
        continue;
      }
      if (!write.deletes) r.setCookies.push(write.name);
      this.writes.push({
        seq: ++this.seq,
        phase: this.phase,
        kind: 'cookie',
        via: 'Set-Cookie',
        name: write.name,
        domain: write.domain ?? r.host,
        deletes: write.deletes,
        source: { type: 'response', url: r.url, resourceType: r.resourceType },
      });
    }
  }

  /** A report from the in-page hooks. */
  onHook(json: string): void {
    let d: {
      kind: WriteEvent['kind'];
      via: WriteEvent['via'];
      value: string;
      href: string;
      stack: string;
      current: CurrentScript | null;
    };
    try {
      d = JSON.parse(json) as typeof d;
    } catch {
      return;
    }
    const script = scriptFromStack(d.stack, d.href, d.current);
    const source: WriteSource = script
      ? { type: 'script', ...script, documentUrl: d.href }
      : { type: 'unknown', documentUrl: d.href };
    if (d.kind == 'cookie') {
      const write = parseCookieWrite(d.value);
      if (!write) return;
      this.writes.push({
        seq: ++this.seq,
        phase: this.phase,
        kind: 'cookie',
        via: d.via,
        name: write.name,
        domain: write.domain ?? hostOf(d.href),
        deletes: write.deletes,
        source,
      });
    } else {
      let origin = '';
      try {
        origin = new URL(d.href).origin;
      } catch {
        /* about:blank and friends: no origin to report */
      }
      this.writes.push({
        seq: ++this.seq,
        phase: this.phase,
        kind: d.kind,
        via: d.via,
        name: d.value,
        origin,
        deletes: false,
        source,
      });
    }
  }
}

function initiatorOf(i: Protocol.Network.Initiator): string | undefined {
  if (i.url && /^https?:/.test(i.url)) return i.url;
  for (let stack = i.stack; stack; stack = stack.parent)
    for (const frame of stack.callFrames) if (/^https?:/.test(frame.url)) return frame.url;
  return undefined;
}

/** In the page: the widget, its config and the stored choice. */
function readWidget(): WidgetInfo {
  const w = window as unknown as { CookieConsent?: Record<string, unknown>; cookieConsentConfig?: unknown };
  const cc = w.CookieConsent;
  const el = document.querySelector<Element & { config?: unknown }>('cookie-consent');
  let config: unknown = w.cookieConsentConfig ?? el?.config;
  if (!config) {
    try {
      config = JSON.parse(el?.querySelector('script[type="application/json"]')?.textContent ?? 'null');
    } catch {
      config = null;
    }
  }
  const json = (v: unknown): unknown => {
    try {
      return JSON.parse(
        JSON.stringify(v, (_k, x: unknown) => (x instanceof RegExp ? { $regexp: x.source, flags: x.flags } : x)) ??
          'null',
      );
    } catch {
      return null;
    }
  };
  let consent: unknown;
  try {
    consent = typeof cc?.getConsent == 'function' ? json((cc.getConsent as () => unknown)()) : null;
  } catch {
    consent = null;
  }
  return {
    present: !!cc && typeof cc.acceptAll == 'function' && typeof cc.rejectAll == 'function',
    config: config && typeof config == 'object' ? (json(config) as Record<string, unknown> | null) : null,
    consent,
  };
}

/** In a frame: its storage keys and IndexedDB names. */
async function readStorage(): Promise<Omit<StorageSnapshot, 'top'> | null> {
  if (location.origin == 'null') return null;
  const keys = (get: () => Storage) => {
    try {
      return Object.keys(get());
    } catch {
      return [];
    }
  };
  let idb: string[];
  try {
    idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
  } catch {
    idb = [];
  }
  return {
    origin: location.origin,
    frameUrl: location.href,
    localStorage: keys(() => localStorage),
    sessionStorage: keys(() => sessionStorage),
    indexedDB: idb,
  };
}

/** In the page: the Consent Mode commands in `window.dataLayer`. */
function readConsentMode(): { dataLayer: boolean; commands: ConsentCommand[] } {
  const dl = (window as unknown as { dataLayer?: unknown }).dataLayer;
  if (!Array.isArray(dl)) return { dataLayer: false, commands: [] };
  const commands: ConsentCommand[] = [];
  for (const e of dl as unknown[]) {
    if (!e || typeof e != 'object' || (e as ArrayLike<unknown>)[0] !== 'consent') continue;
    let params: Record<string, unknown> | null;
    try {
      params = JSON.parse(JSON.stringify((e as ArrayLike<unknown>)[2] ?? null)) as Record<string, unknown> | null;
    } catch {
      params = null;
    }
    commands.push({
      command: String((e as ArrayLike<unknown>)[1]),
      params,
      isArguments: Object.prototype.toString.call(e) == '[object Arguments]',
    });
  }
  return { dataLayer: true, commands };
}

/** In the page: the links a reader could follow. */
function readLinks(): string[] {
  return Array.from(document.querySelectorAll('a[href]'))
    .filter((a) => !a.hasAttribute('data-cc') && !a.hasAttribute('download'))
    .map((a) => (a as HTMLAnchorElement).href);
}

const SKIP_EXTENSIONS = /\.(pdf|zip|gz|dmg|exe|jpe?g|png|gif|webp|svg|mp[34]|mov|avi|webm|ics|docx?|xlsx?|pptx?)$/i;

/** Up to `count` distinct same-site http(s) links other than the start page, in document order. */
export function pickLinks(links: string[], start: string, count: number): string[] {
  const site = siteOfUrl(start);
  const seen = new Set([stripHash(start)]);
  const out: string[] = [];
  for (const link of links) {
    if (out.length >= count) break;
    const url = stripHash(link);
    if (!/^https?:/.test(url) || siteOfUrl(url) != site || seen.has(url)) continue;
    try {
      if (SKIP_EXTENSIONS.test(new URL(url).pathname)) continue;
    } catch {
      continue;
    }
    seen.add(url);
    out.push(url);
  }
  return out;
}

/** Starts Chromium on a fresh profile. The caller must call the returned `close()`. */
export async function launch(chromePath: string): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'cookie-consent-audit-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // cookie_controls_mode 0 = "allow third-party cookies" (Chrome's setting for most readers).
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  const cleanup = () => rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromePath,
      userDataDir: profile,
      headless: true,
      args: CHROME_ARGS,
      timeout: 60_000,
      // Ours below: puppeteer's would exit before the profile is removed.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    cleanup();
    throw new AuditError(`could not start Chromium at ${chromePath} (${errorText(e)}); set CHROME_PATH or --chrome`);
  }
  // Ctrl-C or a CI timeout: no Chromium and no profile left behind.
  const onSignal = (signal: NodeJS.Signals) => {
    // Tells main.ts that the run was interrupted (its errors from here on are not news).
    process.exitCode = signal == 'SIGINT' ? 130 : 143;
    const done = () => {
      cleanup();
      process.exit(signal == 'SIGINT' ? 130 : 143);
    };
    const chromium = browser.process();
    if (!chromium || chromium.exitCode !== null) return done();
    // Remove the profile only once Chromium has stopped writing to it.
    chromium.once('exit', () => setTimeout(done, 200));
    setTimeout(done, 3000);
    try {
      // Chromium runs in its own process group (puppeteer starts it detached): end all of it.
      process.kill(-chromium.pid!, 'SIGKILL');
    } catch {
      chromium.kill('SIGKILL');
    }
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  return {
    browser,
    close: async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onSignal);
      await within(browser.close(), 10_000, undefined);
      browser.process()?.kill('SIGKILL');
      cleanup();
    },
  };
}

/** Visits the site in each phase and returns everything observed. */
export async function crawl(options: CrawlOptions): Promise<RawAudit> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  log(`launching Chromium (${options.chromePath}), fresh profile`);
  const { browser, close } = await launch(options.chromePath);
  try {
    const page = await browser.newPage();
    const recorder = new Recorder();
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    recorder.attach(cdp);
    await page.exposeFunction(BINDING, (json: string) => recorder.onHook(json));
    await page.evaluateOnNewDocument(HOOKS);
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    const notes: string[] = [];
    const visits: PageVisit[] = [];

    const settle = async () => {
      await page
        .waitForNetworkIdle({ idleTime: options.settle, timeout: Math.max(3000, options.settle * 8), concurrency: 0 })
        .catch(() =>
          notes.push(`${page.url()}: the network was still busy after ${Math.max(3000, options.settle * 8)} ms`),
        );
    };
    const goto = async (url: string, reload = false): Promise<{ status?: number; error?: string }> => {
      try {
        const response = reload
          ? await page.reload({ waitUntil: 'load', timeout: options.timeout })
          : await page.goto(url, { waitUntil: 'load', timeout: options.timeout });
        await settle();
        return { status: response?.status() };
      } catch (e) {
        return { error: errorText(e) };
      }
    };
    const inventory = async (
      phase: PhaseId,
      url: string,
      nav: { status?: number; error?: string },
    ): Promise<PageVisit> => {
      const { cookies } = await cdp.send('Storage.getCookies', {});
      const storage: StorageSnapshot[] = [];
      for (const frame of page.frames()) {
        const s = await within(frame.evaluate(readStorage), 5000, null);
        if (s) storage.push({ ...s, top: frame === page.mainFrame() });
      }
      const cm = await within(page.evaluate(readConsentMode), 5000, { dataLayer: false, commands: [] });
      const widget = await within(page.evaluate(readWidget), 5000, { present: false, config: null, consent: null });
      const visit: PageVisit = {
        phase,
        url,
        finalUrl: page.url(),
        ...nav,
        cookies: cookies.map(toRawCookie),
        storage,
        dataLayer: cm.dataLayer,
        consentMode: cm.commands,
        widget,
      };
      visits.push(visit);
      return visit;
    };

    // Phase 1: before any choice.
    recorder.phase = 'before';
    log(`[before] start page ${options.url}`);
    const first = await goto(options.url);
    if (first.error) throw new AuditError(`could not load ${options.url}: ${first.error}`);
    if (first.status && first.status >= 400) throw new AuditError(`${options.url} answered HTTP ${first.status}`);
    const startVisit = await inventory('before', options.url, first);
    const finalUrl = startVisit.finalUrl;
    const links = pickLinks(await within(page.evaluate(readLinks), 5000, []), finalUrl, options.pages - 1);
    if (links.length < options.pages - 1)
      notes.push(
        `found ${links.length} same-site link${links.length == 1 ? '' : 's'} to follow on ${finalUrl} (wanted ${options.pages - 1})`,
      );
    const followLinks = async (phase: PhaseId) => {
      for (const [i, link] of links.entries()) {
        log(`[${phase}] link ${i + 1}/${links.length} ${link}`);
        const nav = await goto(link);
        if (nav.error) notes.push(`${phase}: could not load ${link}: ${nav.error}`);
        await inventory(phase, link, nav);
      }
    };
    await followLinks('before');

    const phases: PhaseId[] = ['before'];
    const widget = startVisit.widget;
    if (!widget.present) {
      log('no cookie-consent widget (window.CookieConsent) on the page: reporting the "before" phase only');
    } else {
      for (const [phase, method] of [
        ['reject', 'rejectAll'],
        ['accept', 'acceptAll'],
      ] as const) {
        log(`[${phase}] back to ${finalUrl}, CookieConsent.${method}(), reload`);
        const back = await goto(finalUrl);
        if (back.error) throw new AuditError(`could not load ${finalUrl} again: ${back.error}`);
        recorder.phase = phase;
        const called = await within(
          page.evaluate(async (m) => {
            const cc = (window as unknown as { CookieConsent?: Record<string, () => unknown> }).CookieConsent;
            if (!cc || typeof cc[m] != 'function') return false;
            await cc[m]();
            return true;
          }, method),
          10_000,
          false,
        );
        if (!called) {
          notes.push(`CookieConsent.${method}() could not be called on ${finalUrl}: the "${phase}" phase is skipped`);
          continue;
        }
        await settle();
        phases.push(phase);
        log(`[${phase}] start page ${finalUrl} (reloaded)`);
        await inventory(phase, finalUrl, await goto(finalUrl, true));
        await followLinks(phase);
      }
    }
    return {
      url: options.url,
      finalUrl,
      startedAt,
      browser: await browser.version(),
      pagesPerPhase: links.length + 1,
      links,
      widget,
      phases,
      visits,
      writes: recorder.writes,
      requests: recorder.requests,
      notes,
    };
  } finally {
    await close();
  }
}

function toRawCookie(c: Protocol.Network.Cookie): RawCookie {
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    expires: c.session ? -1 : c.expires,
    session: c.session,
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: c.sameSite,
    partition: c.partitionKey
      ? typeof c.partitionKey == 'string'
        ? c.partitionKey
        : c.partitionKey.topLevelSite
      : undefined,
  };
}
