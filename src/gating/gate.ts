/**
 * Keeps marked-up scripts, iframes and images inert until their category (and
 * service) is granted (docs/contract.md §4). DOM only: no Lit, no cookies. The notices standing in
 * for blocked iframes (embed-notice.ts, noticeBoard) are handed in, not imported: the drop-in's
 * core gates without them, and its UI file adds them when it is loaded.
 */

import { guard } from '../core/log.js';
import { isScriptUrl } from '../core/url.js';

export interface GateOptions {
  /** The document to gate; defaults to globalThis.document. */
  document?: Document;
  /** Whether a category (and optionally a service in it) is granted now. */
  isGranted: (category: string, service?: string) => boolean;
  /** What is told about blocked iframes (their notices: noticeBoard of embed-notice.ts). No notices without it. */
  frames?: BlockedFrames;
  /** Called when a blocked iframe is found while there are no `frames` (the drop-in then loads its UI). */
  onBlockedFrame?: () => void;
}

/** What the Gate tells about blocked iframes: whatever stands in for them (noticeBoard of embed-notice.ts). */
export interface BlockedFrames {
  /**
   * A blocked iframe, found by a scan (and again by every later scan while it stays blocked).
   * `refresh` re-checks the page, for after a grant.
   */
  blocked(iframe: HTMLElement, category: string, service: string | undefined, refresh: () => void): void;
  /** Nothing in `within` (without it: on the page) is blocked any more: activated, removed, or no longer watched. */
  release(within?: Node): void;
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
  /** Stop watching. Already-activated content stays, and granted scripts still queued still run; notices go (`frames` are released). */
  stop: () => void;
  /** Tells `frames` about the blocked iframes from now on (those blocked already included). */
  setFrames: (frames: BlockedFrames) => void;

  constructor({ document: doc = document, isGranted, frames, onBlockedFrame }: GateOptions) {
    /** Granted scripts waiting their turn, in document order. */
    const queue: HTMLScriptElement[] = [];
    /** A script is loading: the next one waits for it, as the parser would. */
    let busy = false;

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
            if (gated.localName != 'iframe') return;
            if (!frames) return onBlockedFrame?.();
            return frames.blocked(gated, category!, service, refresh);
          }
          gated.setAttribute('data-cc-activated', '');
          frames?.release(gated);
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
        for (const node of record.removedNodes) frames?.release(node);
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
      frames?.release();
    };
    this.setFrames = (given) => {
      frames = given;
      if (observing) refresh();
    };
  }
}
