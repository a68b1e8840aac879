/**
 * Loads a fixture page of tests/fixtures/robustness/ into a same-origin iframe, the way
 * tests/e2e/drop-in.test.ts does, and reads what its recorder.js saw: console errors and
 * warnings, uncaught errors, CSP violations and the widget's events.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../storage/clear-cookies.js';

export const FIX = '/tests/fixtures/robustness/';
/** The cookie every robustness fixture stores its choice in (not the e2e tests' cc_consent). */
export const COOKIE = 'cc_rb';

export interface CcApi {
  acceptAll(): void;
  rejectAll(): void;
  accept(categories: string[], services?: Record<string, string[]>): void;
  hasConsent(category: string, service?: string): boolean;
  getConsent(): Record<string, unknown> | null;
  onGranted(category: string, callback: () => void): () => void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  reset(): void;
}

export interface CcElement extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

export interface CcEvent {
  type: 'consent-ready' | 'consent-change';
  detail: Record<string, unknown> & { consent: Record<string, unknown> | null };
}

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

export type FrameWindow = Window & {
  errors: string[];
  warnings: string[];
  uncaught: string[];
  violations: Violation[];
  ccEvents: CcEvent[];
  pageOk?: boolean;
  statsRan?: number;
  marketingRan?: number;
  CookieConsent?: CcApi;
  [key: string]: unknown;
};

export class Page {
  constructor(readonly iframe: HTMLIFrameElement) {}

  get win(): FrameWindow {
    return this.iframe.contentWindow as unknown as FrameWindow;
  }

  get doc(): Document {
    return this.iframe.contentDocument!;
  }

  get api(): CcApi {
    return this.win.CookieConsent!;
  }

  elements(): CcElement[] {
    return [...this.doc.querySelectorAll<CcElement>('cookie-consent')];
  }

  element(): CcElement {
    const all = this.elements();
    expect(all, '<cookie-consent> elements').to.have.length(1);
    return all[0]!;
  }

  root(): ShadowRoot {
    const root = this.element().shadowRoot;
    expect(root, 'shadow root').not.to.equal(null);
    return root!;
  }

  parts(name: string): HTMLElement[] {
    return this.elements().flatMap((el) => [
      ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
    ]);
  }

  part(name: string): HTMLElement | undefined {
    return this.parts(name)[0];
  }

  visibleBanners(): HTMLElement[] {
    return this.parts('banner').filter((b) => isVisible(b));
  }

  dialog(): HTMLDialogElement | undefined {
    return this.elements()
      .map((el) => el.shadowRoot?.querySelector('dialog'))
      .find((d): d is HTMLDialogElement => !!d);
  }

  events(type: CcEvent['type']): CcEvent[] {
    return this.win.ccEvents.filter((e) => e.type === type);
  }

  async ready(): Promise<void> {
    await waitUntil(() => this.events('consent-ready').length > 0, 'consent-ready never fired', { timeout: 3000 });
    await this.rendered();
  }

  async rendered(): Promise<void> {
    // The drop-in's UI file, when the page asked for it: drawn once it has loaded and upgraded the element.
    if (this.doc.querySelector('script[src*="cookie-consent-ui"]'))
      await waitUntil(() => this.win.customElements.get('cookie-consent'), 'the UI file never defined the element', {
        timeout: 3000,
      });
    for (const el of this.elements()) await el.updateComplete;
  }

  /** Reloads the page in place (or loads another URL in the same frame). */
  async reload(url?: string): Promise<void> {
    const loaded = onLoad(this.iframe);
    if (url) this.win.location.href = url;
    else this.win.location.reload();
    await loaded;
  }

  /** A cookie as this page sees it (Chromium caches document.cookie per document). */
  cookie(name: string): string | undefined {
    return this.doc.cookie
      .split('; ')
      .find((c) => c.startsWith(name + '='))
      ?.slice(name.length + 1);
  }

  storedRecord(): Record<string, unknown> | undefined {
    const raw = this.cookie(COOKIE);
    return raw === undefined ? undefined : (JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>);
  }

  /** Clicks a part of the visible banner (else of the first element that has it). */
  click(name: string): void {
    const button = this.visibleBanners()[0]?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? this.part(name);
    expect(button, `[part~="${name}"]`).not.to.equal(undefined);
    button!.click();
  }

  /** The page was not broken: nothing thrown into it, its own later script ran. */
  expectUnharmed(): void {
    expect(this.win.uncaught, 'uncaught errors in the page').to.deep.equal([]);
    expect(this.win.pageOk, "the page's own script after the widget ran").to.equal(true);
  }
}

export const onLoad = (iframe: HTMLIFrameElement) =>
  new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));

let frames: HTMLIFrameElement[] = [];

/** Loads a fixture into a same-origin iframe (800×600 unless told) and waits for its load event. */
export async function open(
  name: string,
  options: { width?: number; height?: number; sandbox?: string } = {},
): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${options.width ?? 800}px; height: ${options.height ?? 600}px; border: 0`;
  if (options.sandbox !== undefined) iframe.setAttribute('sandbox', options.sandbox);
  const loaded = onLoad(iframe);
  iframe.src = name.startsWith('/') ? name : FIX + name;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return new Page(iframe);
}

/** Deletes the cookies the fixtures set, as this page and every open frame see them. */
/**
 * Deletes the test cookies in this page and its frames, and resolves once the deletion holds (see
 * clearCookies: WebKitGTK can show a just-deleted cookie again for a moment).
 */
export async function deleteCookies(): Promise<void> {
  const docs = [
    document,
    ...frames.map((f) => {
      try {
        return f.contentDocument;
      } catch {
        return null;
      }
    }),
  ];
  for (const doc of docs)
    if (doc)
      for (const name of [COOKIE, '_rb_stats'])
        try {
          doc.cookie = `${name}=; Max-Age=0; Path=/`;
        } catch {
          // A page that made document.cookie throw.
        }
  await clearCookies((name) => name === COOKIE || name === '_rb_stats');
}

/** Removes every frame the test opened. */
export async function closeAll(): Promise<void> {
  for (const f of frames) f.remove();
  frames = [];
  await deleteCookies();
}

/** Long enough for a gated script that was (wrongly) let through to have loaded and run. */
export const settle = (ms = 150) => aTimeout(ms);

export function isVisible(el: Element): boolean {
  const win = el.ownerDocument.defaultView!;
  const style = win.getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return (
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    Number(style.opacity) > 0 &&
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.top < win.innerHeight &&
    rect.right > 0 &&
    rect.left < win.innerWidth
  );
}

/**
 * True when a click at the element's centre would reach it: it is inside the viewport and not
 * covered (elementFromPoint resolved through its shadow root).
 */
export function isClickable(el: HTMLElement): boolean {
  const win = el.ownerDocument.defaultView!;
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  if (r.width < 1 || r.height < 1 || x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(x, y);
  return !!hit && (hit === el || el.contains(hit));
}

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
