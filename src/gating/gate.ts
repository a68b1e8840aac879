/**
 * Keeps marked-up scripts, iframes and images inert until their category (and
 * service) is granted (contract §4). DOM only: no Lit, no cookies. The notice standing in
 * for a blocked iframe (embed-notice.ts) is handed in, not imported: the drop-in's core gates
 * without it, and its UI file adds the notices when it is loaded.
 */

import type { block, NoticeText } from './embed-notice.js';
import { guard } from '../core/log.js';
import { isScriptUrl } from '../core/url.js';

export interface GateOptions {
  /** The document to gate; defaults to globalThis.document. */
  document?: Document;
  /** Whether a category (and optionally a service in it) is granted now. */
  isGranted(category: string, service?: string): boolean;
  /** A notice in place of each blocked iframe, with a button that grants it. No notices without it. */
  notice?: Notice;
  /** Called when a blocked iframe is found while there is no `notice` (the drop-in then loads its UI). */
  onBlockedFrame?(): void;
}

/** What a notice for a blocked iframe needs. */
export interface Notice {
  /** Texts for a blocked iframe, given its `data-category` and `data-service` names. */
  text(category: string, service: string | undefined): NoticeText;
  /** Grants exactly what this iframe needs (the service, else the category); the Gate's refresh() then loads it. */
  grant(category: string, service: string | undefined): void;
  /** Draws the notice: `block` of embed-notice.ts. */
  block: typeof block;
}

/**
 * Gated elements not handled yet: `data-cc-activated` is set on handled ones (and so copied onto the live
 * scripts), so nothing runs twice. A script of any type but text/plain already ran when the page loaded it.
 */
const GATED = '[data-category]:not([data-cc-activated],script:not([type="text/plain" i]))';

/** Activates gated content of a document as consent allows, now and as it is added. */
export class Gate {
  /** Activate what is granted now, and watch for gated elements added later. */
  start: () => void;
  /** Re-check every still-inert gated element (call after every consent change). */
  refresh: () => void;
  /** Redraws the notices of blocked iframes, e.g. once the reader's language is in place. */
  relabel: () => void;
  /** Stop watching. Already-activated content stays, and granted scripts still queued still run; notices go. */
  stop: () => void;
  /** Puts notices in place of the blocked iframes from now on (those blocked already included). */
  setNotice: (notice: Notice) => void;

  constructor({ document: d = document, isGranted, notice, onBlockedFrame }: GateOptions) {
    /** Granted scripts waiting their turn, in document order. */
    const queue: HTMLScriptElement[] = [];
    /** Blocked iframes showing a notice (or about to), each with what takes it away (or, called with 1, redraws it). */
    const notices = new Map<Node, ReturnType<typeof block>>();
    /** A script is loading: the next one waits for it, as the parser would. */
    let busy: unknown;

    /** Takes away the notices of blocked iframes in `n` (or all): granted, removed or no longer watched. */
    const drop = (n?: Node) => {
      for (const [f, undo] of notices)
        if (!n || n.contains(f)) {
          notices.delete(f);
          undo();
        }
    };

    /** Swaps queued scripts for live copies, one at a time while a fetched one loads. Given an event (a load/error listener), that one is done. */
    const run = (done?: unknown): void => {
      if (done) busy = 0;
      const old = !busy && queue.shift();
      if (old) {
        guard(() => {
          // A fresh element: the browser never runs a script whose type is changed after insertion, nor a
          // clone of one made by innerHTML. Attribute nodes are copied whatever their names.
          const s = d.createElement('script'),
            type = old.dataset.type ?? '';
          for (const a of old.attributes) s.setAttributeNode(a.cloneNode() as Attr);
          // Browsers hide the nonce attribute once parsed; the property keeps it.
          s.nonce = old.nonce;
          s.text = old.text;
          if (type) s.type = type;
          else s.removeAttribute('type');
          // Only a script the browser fetches fires load/error: waiting on any other kind would stall the queue.
          // (Chrome fires nothing for inline modules; like parsed ones, they run deferred, out of the queue.)
          const fetched = s.src && !s.noModule && /^(module)?$|(java|ecma)script/i.test(type);
          // Listeners, not onload/onerror: the page's own attributes must still fire.
          if (fetched) for (const ev of ['load', 'error']) s.addEventListener(ev, run);
          old.replaceWith(s);
          // Removed by the page before its turn: the copy lands nowhere live, so it neither runs nor holds the queue.
          busy = fetched && s.isConnected;
        });
        run();
      }
    };

    const scan = (root: Document | Element) => {
      for (const el of [root, ...root.querySelectorAll(GATED)])
        guard(() => {
          const e = el as HTMLScriptElement & HTMLImageElement,
            script = e.localName == 'script';
          // The root itself may not be gated.
          if (!e.matches?.(GATED)) return;
          const { category: c, service: s, src, srcset: set } = e.dataset;
          if (!isGranted(c!, s)) {
            if (e.localName != 'iframe' || notices.has(e)) return;
            const shown = notice;
            if (!shown) return onBlockedFrame?.();
            notices.set(
              e,
              shown.block(
                e,
                () => shown.text(c!, s),
                () =>
                  guard(() => {
                    shown.grant(c!, s);
                    refresh();
                  }),
              ),
            );
            return;
          }
          e.setAttribute('data-cc-activated', '');
          drop(e);
          if (script) return void queue.push(e);
          // Never a script URL: a `javascript:` src in a data-* attribute (which HTML sanitizers let
          // through) would otherwise run as script in the page on grant.
          if (`${src},${set}`.split(',').some(isScriptUrl)) throw 'unsafe data-src refused';
          // srcset first, so an image does not also fetch its fallback src. An empty one is no URL.
          if (set) e.srcset = set;
          if (src) e.src = src;
        });
      run();
    };
    const refresh = (this.refresh = () => scan(d));

    const observer = new MutationObserver((records) => {
      for (const r of records) {
        // Removed or moved (frameworks re-render): its notice goes; a move gets a new one in place.
        for (const n of r.removedNodes) drop(n);
        for (const n of r.addedNodes) if (n.nodeType == 1) scan(n as Element);
      }
    });

    // An inline script seen while the parser is still at it may not have all its text yet.
    /** Started and not stopped: the document is scanned and watched. */
    let observing = false;
    const start = (this.start = () => {
      if (d.readyState == 'loading') return d.addEventListener('DOMContentLoaded', start);
      observing = true;
      refresh();
      observer.observe(d, { childList: true, subtree: true });
    });
    this.stop = () => {
      observing = false;
      d.removeEventListener('DOMContentLoaded', start);
      observer.disconnect();
      drop();
    };
    this.setNotice = (given) => {
      notice = given;
      if (observing) refresh();
    };
    // In place: taken away and put back, a notice would leave its blank iframe showing for a frame.
    this.relabel = () => notices.forEach((redraw) => redraw(1));
  }
}
