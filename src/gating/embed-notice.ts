/**
 * The notice that stands in for a blocked iframe (docs/contract.md §4). It lives in its own shadow root and
 * takes its CSS from a constructable stylesheet: page CSS cannot restyle it, and a strict CSP
 * (`style-src 'self'`) that blocks `<style>` elements does not block it.
 */
import { guard } from '../core/log.js';
import type { BlockedFrames } from './gate.js';

export interface NoticeText {
  /** Accessible name of the notice (a region). */
  label: string;
  message: string;
  button: string;
}

// Taken over from the iframe (besides display and size), in the notice's own sheet, which a strict CSP
// allows: the `all: initial !important` that shields it from page CSS would beat inline styles too.
const LAYOUT_PROPERTIES = ['position', 'inset', 'float', 'margin', 'max-width', 'aspect-ratio'] as const;

// Inherited properties are all the page can push into a shadow root: `all: initial` stops them,
// but not custom properties, so the banner's --cc-* theme (colours, font, radius, focus) reaches the
// notice too; the font family is the page's unless --cc-font says otherwise, as in the banner.
// The default colours pass WCAG AA (>= 4.5:1). The button's transparent border shows only in
// forced colours, where it draws the button's edge. Every declaration is made !important in fit().
/** The notice's own look: its box (after the declarations fit() writes for `:host`), its focus ring, text and button. */
const HOST_CSS = [
  // One column of flex items, centred.
  'flex-flow:column',
  'justify-content:center',
  'align-items:center',
  'gap:.5em',
  'box-sizing:border-box',
  'padding:.75em',
  'contain:layout',
  'text-align:center',
  'overflow-wrap:anywhere',
  'line-height:1.45',
  'font-family:var(--cc-font,inherit)',
  'color:var(--cc-fg,#1b1b1b)',
  'background:var(--cc-bg,#f2f2f2)',
  'border:1px solid',
  'border-radius:var(--cc-radius,.5em)',
];
const CSS = `${HOST_CSS.join(';')};}
:focus{outline:3px solid var(--cc-focus,#1a5fb4);}
p{margin:0;}
button{padding:.5em 1em;border:2px solid #0000;border-radius:inherit;font:inherit;color:var(--cc-bg,#fff);background:var(--cc-fg,#1b1b1b);}`;

/** A read for a notice, returning what then writes (if anything). */
type Read = () => (() => void) | void;
const reads: Read[] = [];

/**
 * Runs `read` once the browser has laid the page out for a frame, in a ResizeObserver's callback:
 * layout is clean there whatever other tasks wrote before (a timer after the frame could follow one
 * that wrote), so reading it costs nothing. Every read of the batch runs before any write (what each
 * read returns), so however many iframes wait, nothing forces a synchronous style or layout; the
 * writes are laid out in the same frame. A frame that does not come within two seconds (a tab in the
 * background, a browser starved of time) does not hold the notices back: a timer runs the batch.
 */
let frame: ResizeObserver | undefined;
const run = () => {
  frame?.disconnect();
  const writes = reads.splice(0).map((read) => guard(read));
  for (const write of writes) guard(write);
};
const later = (read: Read) => {
  if (reads.push(read) > 1) return;
  // Observed from an animation frame, so that frame delivers it: observing from inside the callback
  // (a batch's second read) would end the frame with an undelivered notification, an error event.
  requestAnimationFrame(() => {
    frame ||= new ResizeObserver(run);
    frame.observe(document.documentElement);
  });
  // Still first in line two seconds on: this batch has not run.
  setTimeout(() => {
    if (reads[0] == read) run();
  }, 2000);
};

/**
 * Puts a notice of the same size in the iframe's place and hides the iframe, once a frame has been
 * rendered (until then the inert iframe keeps its box). Returns what undoes both, or what was not
 * done yet; it moves focus to the iframe when the notice was used or had it (its button is gone).
 * Called with `true`, it redraws the notice with `text()` instead (e.g. in another language); what that throws goes to the console.
 */
export function block(iframe: HTMLElement, text: () => NoticeText, grant: () => void): (relabel?: boolean) => void {
  const computed = getComputedStyle(iframe);
  const sheet = new CSSStyleSheet();
  const host = document.createElement('cc-embed-notice');
  const root = host.attachShadow({ mode: 'open' });
  const message = document.createElement('p');
  const button = document.createElement('button');
  root.append(message, button);
  /** False once undone: a pending fit() does nothing. */
  let live = true;
  /** Read in the first frame: the box and display laid out. */
  let box: DOMRect | undefined;
  let laidOutDisplay = '';
  /** The iframe's own inline `display`, kept while the notice stands in (undefined until then). */
  let ownDisplay: string | undefined;
  const label = () => {
    const texts = text();
    host.ariaLabel = texts.label;
    message.textContent = texts.message;
    button.textContent = texts.button;
  };
  // A percentage stays fluid; else the size laid out (border box), else (not laid out, e.g. in a closed
  // tab) the computed one, `auto` being an iframe's 300×150. The height is a minimum: text that does not
  // fit a small frame makes the notice taller, never cut off; with an aspect ratio, `auto` keeps to it.
  const size = (computedValue: string, laidOut: number, auto: number) =>
    computedValue.includes('%') ? computedValue : `${laidOut || parseFloat(computedValue) || auto}px`;
  // First laid out, the iframe gives its sizes and margins as laid out: the notice takes exactly its box.
  // Then hidden, it gives its computed values: a percentage or `margin: auto` as written, which resolve to
  // the same box now and keep the notice fluid when the page reflows.
  const fit = () => {
    if (!live) return;
    box ||= iframe.getBoundingClientRect();
    laidOutDisplay ||= computed.display;
    const width = size(computed.width, box.width, 300);
    const height =
      computed.aspectRatio != 'auto' && computed.height == 'auto' ? 'auto' : size(computed.height, box.height, 150);
    // A flex box stretches its content to the (minimum) height; an iframe lays out inline as an inline-block.
    const display = laidOutDisplay == 'none' ? 'none' : laidOutDisplay.startsWith('inline') ? 'inline-flex' : 'flex';
    const layout = LAYOUT_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)};`).join('');
    const css = `:host{all:initial;display:${display};width:${width};min-height:${height};${layout}${CSS}`.replace(
      /;/g,
      '!important;',
    );
    // A 0/1-pixel tracker frame: a notice would be a button nobody can see.
    if (parseFloat(width) < 2 || parseFloat(height) < 2) return;
    return () => {
      sheet.replaceSync(css);
      if (ownDisplay === undefined) {
        ownDisplay = iframe.style.display;
        // Inline and important: page CSS such as `.player iframe { display: block }` must not show it.
        iframe.style.setProperty('display', 'none', 'important');
        iframe.before(host);
        later(fit);
      }
    };
  };
  host.role = 'region';
  label();
  button.onclick = () => {
    button.focus();
    grant();
  };
  root.adoptedStyleSheets = [sheet];
  later(fit);
  return (relabel) => {
    if (relabel) return void guard(label);
    const hadFocus = root.activeElement;
    live = false;
    if (ownDisplay !== undefined) {
      host.remove();
      iframe.style.display = ownDisplay;
      // Read back first: Chrome writes a changed inline style to the attribute lazily, even after its removal.
      if (!iframe.getAttribute('style')) iframe.removeAttribute('style');
    }
    if (hadFocus) iframe.focus();
  };
}

/** What the notices of blocked iframes need from the widget. */
export interface Notice {
  /** Texts for a blocked iframe, given its `data-category` and `data-service` names. */
  text(category: string, service: string | undefined): NoticeText;
  /** Grants exactly what this iframe needs (the service, else the category); the Gate then loads it. */
  grant(category: string, service: string | undefined): void;
  /** Draws the notice: `block` (tests draw their own way). */
  block: typeof block;
}

/**
 * The notices in place of a Gate's blocked iframes (its `frames`): one per iframe, drawn when the
 * Gate first finds it blocked, taken away when it is activated or removed, redrawn in place by
 * relabel() (taken away and put back, a notice would leave its blank iframe showing for a frame).
 */
export function noticeBoard(notice: Notice): BlockedFrames & { relabel(): void } {
  /** Blocked iframes showing a notice (or about to), each with what takes it away (or, called with true, redraws it). */
  const shown = new Map<Node, ReturnType<typeof block>>();
  return {
    blocked(iframe, category, service, refresh) {
      if (shown.has(iframe)) return;
      const grant = () =>
        guard(() => {
          notice.grant(category, service);
          refresh();
        });
      shown.set(
        iframe,
        notice.block(iframe, () => notice.text(category, service), grant),
      );
    },
    release(within) {
      for (const [iframe, undo] of shown)
        if (!within || within.contains(iframe)) {
          shown.delete(iframe);
          undo();
        }
    },
    relabel: () => shown.forEach((redraw) => redraw(true)),
  };
}
