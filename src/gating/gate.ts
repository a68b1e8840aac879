/**
 * Keeps marked-up scripts, iframes and images inert until their category (and
 * service) is granted (contract §4). DOM only: no Lit, no cookies; the one UI is
 * the notice standing in for a blocked iframe (embed-notice.ts).
 */

import { block, type NoticeText } from './embed-notice.js';
import { isScriptUrl } from '../core/url.js';

export interface GateOptions {
  /** The document to gate; defaults to globalThis.document. */
  document?: Document;
  /** Whether a category (and optionally a service in it) is granted now. */
  isGranted(category: string, service?: string): boolean;
  /** A notice in place of each blocked iframe, with a button that grants it. No notices without it. */
  notice?: {
    /** Texts for a blocked iframe, given its `data-category` and `data-service` names. */
    text(category: string, service: string | undefined): NoticeText;
    /** Grants exactly what this iframe needs (the service, else the category); the Gate's refresh() then loads it. */
    grant(category: string, service: string | undefined): void;
  };
}

/** Set on handled gated elements (and so copied onto the fresh scripts): nothing runs twice. */
const DONE = 'data-cc-activated';
const GATED = `[data-category]:not([${DONE}])`;

const report = (e: unknown) => console.error('[cookie-consent]', e);

/** Activates gated content of a document as consent allows, now and as it is added. */
export class Gate {
  private readonly d: Document;
  private observer?: MutationObserver;
  /** Granted scripts waiting their turn, in document order. */
  private readonly queue: HTMLScriptElement[] = [];
  /** A script is loading: the next one waits for it, as the parser would. */
  private busy = false;
  private readonly onParsed = () => this.start();
  /** Blocked iframes showing a notice, each with what takes the notice away. */
  private readonly notices = new Map<Element, () => void>();

  constructor(private readonly options: GateOptions) {
    this.d = options.document ?? document;
  }

  /** Activate what is granted now, and watch for gated elements added later. */
  start(): void {
    // An inline script seen while the parser is still at it may not have all its text yet.
    if (this.d.readyState == 'loading') return void this.d.addEventListener('DOMContentLoaded', this.onParsed, { once: true });
    this.refresh();
    this.observer ??= new MutationObserver((records) => {
      for (const r of records) {
        // Removed or moved (frameworks re-render): its notice goes; a move gets a new one in place.
        for (const n of r.removedNodes) for (const f of this.notices.keys()) if (n.contains(f)) this.unblock(f);
        for (const n of r.addedNodes) if (n.nodeType == 1) this.scan(n as Element);
      }
    });
    this.observer.observe(this.d, { childList: true, subtree: true });
  }

  /** Re-check every still-inert gated element (call after every consent change). */
  refresh(): void {
    this.scan(this.d);
  }

  /** Redraws the notices of blocked iframes, e.g. once the reader's language is in place. */
  relabel(): void {
    for (const f of [...this.notices.keys()]) this.unblock(f);
    this.refresh();
  }

  /** Stop watching. Already-activated content stays, and granted scripts still queued still run; notices go. */
  stop(): void {
    this.d.removeEventListener('DOMContentLoaded', this.onParsed);
    this.observer?.disconnect();
    for (const f of this.notices.keys()) this.unblock(f);
  }

  private unblock(f: Element): void {
    try {
      this.notices.get(f)?.();
    } catch (e) {
      report(e);
    }
    this.notices.delete(f);
  }

  private scan(root: Document | Element): void {
    const found = [...root.querySelectorAll(GATED)];
    if (root.nodeType == 1 && (root as Element).matches(GATED)) found.unshift(root as Element);
    for (const el of found) {
      try {
        const script = el.localName == 'script';
        // A script of any other type already ran when the page loaded it.
        if (script && el.getAttribute('type')?.toLowerCase() != 'text/plain') continue;
        const c = el.getAttribute('data-category')!, s = el.getAttribute('data-service') ?? undefined, n = this.options.notice;
        if (!this.options.isGranted(c, s)) {
          if (n && el.localName == 'iframe' && !this.notices.has(el))
            this.notices.set(el, block(el as HTMLElement, n.text(c, s), () => {
              try {
                n.grant(c, s);
                this.refresh();
              } catch (e) {
                report(e);
              }
            }));
          continue;
        }
        el.setAttribute(DONE, '');
        if (script) this.queue.push(el as HTMLScriptElement);
        else {
          const srcset = el.getAttribute('data-srcset'), src = el.getAttribute('data-src');
          // Never a script URL: a `javascript:` src in a data-* attribute (which HTML sanitizers let
          // through) would otherwise run as script in the page on grant.
          if ([src ?? '', ...(srcset?.split(',') ?? [])].some((u) => isScriptUrl(u.trim())))
            throw new Error(`refused an unsafe URL in data-src/data-srcset of ${el.localName}`);
          // srcset first, so an image does not also fetch its fallback src.
          if (srcset != null) el.setAttribute('srcset', srcset);
          if (src != null) el.setAttribute('src', src);
          this.unblock(el);
        }
      } catch (e) {
        report(e);
      }
    }
    this.run();
  }

  /** Swaps queued scripts for live copies, one at a time while a fetched one loads. */
  private run(): void {
    let old: HTMLScriptElement | undefined;
    while (!this.busy && (old = this.queue.shift())) {
      try {
        // Removed by the page before its turn: not ours to run.
        if (!old.isConnected) continue;
        // A fresh element: the browser never runs a script whose type is changed after insertion.
        const s = this.d.createElement('script');
        const type = old.getAttribute('data-type') ?? '';
        for (const a of old.attributes) if (a.name != 'type') s.setAttribute(a.name, a.value);
        if (type) s.type = type;
        // Browsers hide the nonce attribute once parsed; the property keeps it.
        s.nonce = old.nonce;
        s.text = old.text;
        // Only a script the browser fetches fires load/error: waiting on any other kind would stall the queue.
        // (Chrome fires nothing for inline modules; like parsed ones, they run deferred, out of the queue.)
        if (s.hasAttribute('src') && !s.noModule && /^(module)?$|(java|ecma)script/i.test(type)) {
          this.busy = true;
          const next = () => {
            this.busy = false;
            this.run();
          };
          // Listeners, not onload/onerror: the page's own attributes were copied and must still fire.
          s.addEventListener('load', next);
          s.addEventListener('error', next);
        }
        old.replaceWith(s);
      } catch (e) {
        this.busy = false;
        report(e);
      }
    }
  }
}
