/**
 * Keeps marked-up scripts, iframes and images inert until their category (and
 * service) is granted (docs/contract.md §4). DOM only: no Lit, no cookies. The notice standing in
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
  isGranted: (category: string, service?: string) => boolean;
  /** A notice in place of each blocked iframe, with a button that grants it. No notices without it. */
  notice?: Notice;
  /** Called when a blocked iframe is found while there is no `notice` (the drop-in then loads its UI). */
  onBlockedFrame?: () => void;
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

  constructor({ document: doc = document, isGranted, notice, onBlockedFrame }: GateOptions) {
    /** Granted scripts waiting their turn, in document order. */
    const queue: HTMLScriptElement[] = [];
    /** Blocked iframes showing a notice (or about to), each with what takes it away (or, called with true, redraws it). */
    const notices = new Map<Node, ReturnType<typeof block>>();
    /** A script is loading: the next one waits for it, as the parser would. */
    let busy = false;

    /** Takes away the notices of blocked iframes in `within` (or all): granted, removed or no longer watched. */
    const drop = (within?: Node) => {
      for (const [iframe, undo] of notices)
        if (!within || within.contains(iframe)) {
          notices.delete(iframe);
          undo();
        }
    };

    /** Swaps one queued script for a live copy; returns whether the next must wait for it to load. */
    const activate = (old: HTMLScriptElement): boolean => {
      // A fresh element: the browser never runs a script whose type is changed after insertion, nor a
      // clone of one made by innerHTML. Attribute nodes are copied whatever their names.
      const live = doc.createElement('script');
      const type = old.dataset.type ?? '';
      for (const attribute of old.attributes) live.setAttributeNode(attribute.cloneNode() as Attr);
      // Browsers hide the nonce attribute once parsed; the property keeps it.
      live.nonce = old.nonce;
      live.text = old.text;
      if (type) live.type = type;
      else live.removeAttribute('type');
      // Only a script the browser fetches fires load/error: waiting on any other kind would stall the queue.
      // (Chrome fires nothing for inline modules; like parsed ones, they run deferred, out of the queue.)
      const fetched = !!live.src && !live.noModule && /^(module)?$|(java|ecma)script/i.test(type);
      // Listeners, not onload/onerror: the page's own attributes must still fire.
      if (fetched) for (const type of ['load', 'error']) live.addEventListener(type, loaded);
      old.replaceWith(live);
      // Removed by the page before its turn: the copy lands nowhere live, so it neither runs nor holds the queue.
      return fetched && live.isConnected;
    };

    /** Swaps queued scripts for live copies, one at a time while a fetched one loads. */
    const run = (): void => {
      while (!busy && queue.length) {
        const old = queue.shift()!;
        busy = guard(() => activate(old)) ?? false;
      }
    };

    /** The script being loaded is done (loaded or failed): the next one's turn. */
    const loaded = () => {
      busy = false;
      run();
    };

    const scan = (root: Document | Element) => {
      for (const element of [root, ...root.querySelectorAll(GATED)])
        guard(() => {
          const gated = element as HTMLScriptElement & HTMLImageElement;
          // The root itself may not be gated.
          if (!gated.matches?.(GATED)) return;
          const { category, service, src, srcset } = gated.dataset;
          if (!isGranted(category!, service)) {
            if (gated.localName != 'iframe' || notices.has(gated)) return;
            const shown = notice;
            if (!shown) return onBlockedFrame?.();
            notices.set(
              gated,
              shown.block(
                gated,
                () => shown.text(category!, service),
                () =>
                  guard(() => {
                    shown.grant(category!, service);
                    refresh();
                  }),
              ),
            );
            return;
          }
          gated.setAttribute('data-cc-activated', '');
          drop(gated);
          if (gated.localName == 'script') {
            queue.push(gated);
            return;
          }
          // Never a script URL: a `javascript:` src in a data-* attribute (which HTML sanitizers let
          // through) would otherwise run as script in the page on grant.
          if (`${src},${srcset}`.split(',').some(isScriptUrl)) throw new Error('unsafe data-src refused');
          // srcset first, so an image does not also fetch its fallback src. An empty one is no URL.
          if (srcset) gated.srcset = srcset;
          if (src) gated.src = src;
        });
      run();
    };
    const refresh = (this.refresh = () => scan(doc));

    const observer = new MutationObserver((records) => {
      for (const record of records) {
        // Removed or moved (frameworks re-render): its notice goes; a move gets a new one in place.
        for (const node of record.removedNodes) drop(node);
        for (const node of record.addedNodes) if (node.nodeType == Node.ELEMENT_NODE) scan(node as Element);
      }
    });

    /** Started and not stopped: the document is scanned and watched. */
    let observing = false;
    // An inline script seen while the parser is still at it may not have all its text yet.
    const start = (this.start = () => {
      if (doc.readyState == 'loading') return doc.addEventListener('DOMContentLoaded', start);
      observing = true;
      refresh();
      observer.observe(doc, { childList: true, subtree: true });
    });
    this.stop = () => {
      observing = false;
      doc.removeEventListener('DOMContentLoaded', start);
      observer.disconnect();
      drop();
    };
    this.setNotice = (given) => {
      notice = given;
      if (observing) refresh();
    };
    // In place: taken away and put back, a notice would leave its blank iframe showing for a frame.
    this.relabel = () => notices.forEach((redraw) => redraw(true));
  }
}
