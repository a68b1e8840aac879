/**
 * The notice that stands in for a blocked iframe (docs/contract.md §4). It lives in its own shadow root and
 * takes its CSS from a constructable stylesheet: page CSS cannot restyle it, and a strict CSP
 * (`style-src 'self'`) that blocks `<style>` elements does not block it.
 */
import { guard } from '../core/log.js';

export interface NoticeText {
  /** Accessible name of the notice (a region). */
  label: string;
  message: string;
  button: string;
}

// Taken over from the iframe (besides display and size), in the notice's own sheet, which a strict CSP
// allows: the `all: initial !important` that shields it from page CSS would beat inline styles too.
// One string, each name made a `name:value;` declaration in fit().
const LAYOUT = 'position inset float margin max-width aspect-ratio';

// Inherited properties are all the page can push into a shadow root: `all: initial` stops them,
// but not custom properties, so the banner's --cc-* theme (colours, font, radius, focus) reaches the
// notice too; the font family is the page's unless --cc-font says otherwise, as in the banner.
// The default colours pass WCAG AA (>= 4.5:1). The button's transparent border shows only in
// forced colours, where it draws the button's edge. Every declaration is made !important below.
// One line of flex items: justify-content and align-items centre it (the names the banner's CSS uses too, which gzip likes;
// the declarations' order is the one that compresses best).
const CSS = `justify-content:center;text-align:center;overflow-wrap:anywhere;flex-flow:column;align-items:center;gap:.5em;padding:.75em;contain:layout;line-height:1.45;background:var(--cc-bg,#f2f2f2);color:var(--cc-fg,#1b1b1b);border:1px solid;border-radius:var(--cc-radius,.5em);font-family:var(--cc-font,inherit);box-sizing:border-box;}:focus{outline:3px solid var(--cc-focus,#1a5fb4);}p{margin:0;}button{padding:.5em 1em;border:2px solid #0000;background:var(--cc-fg,#1b1b1b);border-radius:inherit;font:inherit;color:var(--cc-bg,#fff);}`;

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
  reads.splice(0).map(guard).map(guard);
};
const later = (read: Read) => {
  if (reads.push(read) > 1) return;
  // Observed from an animation frame, so that frame delivers it: observing from inside the callback
  // (a batch's second read) would end the frame with an undelivered notification, an error event.
  requestAnimationFrame(() => (frame ||= new ResizeObserver(run)).observe(document.documentElement));
  // Still first in line two seconds on: this batch has not run.
  setTimeout(() => reads[0] == read && run(), 2e3);
};

/**
 * Puts a notice of the same size in the iframe's place and hides the iframe, once a frame has been
 * rendered (until then the inert iframe keeps its box). Returns what undoes both, or what was not
 * done yet; it moves focus to the iframe when the notice was used or had it (its button is gone).
 * Called with an argument, it redraws the notice with `text()` instead (e.g. in another language); what that throws goes to the console.
 */
export function block(f: HTMLElement, text: () => NoticeText, grant: () => void): (relabel?: unknown) => void {
  const s = f.style,
    cs = getComputedStyle(f),
    sheet = new CSSStyleSheet();
  const el = (tag: string) => document.createElement(tag),
    host = el('cc-embed-notice'),
    root = host.attachShadow({ mode: 'open' }),
    p = el('p'),
    b = el('button');
  root.append(p, b);
  /** Read in the first frame: the box and display laid out. `display` is the iframe's own inline one, kept once the notice is in. */
  let live = 1,
    r: DOMRect,
    dis: string,
    display: string | undefined;
  const label = () => {
    const t = text();
    host.ariaLabel = t.label;
    p.textContent = t.message;
    b.textContent = t.button;
  };
  // A percentage stays fluid; else the size laid out (border box), else (not laid out, e.g. in a closed
  // tab) the computed one, `auto` being an iframe's 300×150. The height is a minimum: text that does not
  // fit a small frame makes the notice taller, never cut off; with an aspect ratio, `auto` keeps to it.
  const size = (v: string, n: number, auto: number) => (/%/.test(v) ? v : (n || parseFloat(v) || auto) + 'px');
  // First laid out, the iframe gives its sizes and margins as laid out: the notice takes exactly its box.
  // Then hidden, it gives its computed values: a percentage or `margin: auto` as written, which resolve to
  // the same box now and keep the notice fluid when the page reflows.
  const fit = () => {
    if (!live) return;
    r ||= f.getBoundingClientRect();
    dis ||= cs.display;
    const w = size(cs.width, r.width, 300),
      h = cs.aspectRatio != 'auto' && cs.height == 'auto' ? 'auto' : size(cs.height, r.height, 150);
    // A flex box stretches its content to the (minimum) height; an iframe lays out inline as an inline-block.
    const css =
      `:host{all:initial;display:${dis == 'none' ? dis : /^inline/.test(dis) ? 'inline-flex' : 'flex'};width:${w};min-height:${h};${LAYOUT.replace(/\S+/g, (k) => k + ':' + (cs as unknown as Record<string, string>)[k] + ';')}${CSS}`.replace(
        /;/g,
        '!important;',
      );
    // A 0/1-pixel tracker frame: a notice would be a button nobody can see.
    return parseFloat(w) < 2 || parseFloat(h) < 2
      ? undefined
      : () => {
          sheet.replaceSync(css);
          if (display == null) {
            display = s.display;
            // Inline and important: page CSS such as `.player iframe { display: block }` must not show it.
            s.setProperty('display', 'none', 'important');
            f.before(host);
            later(fit);
          }
        };
  };
  host.role = 'region';
  label();
  b.onclick = () => {
    b.focus();
    grant();
  };
  root.adoptedStyleSheets = [sheet];
  later(fit);
  return (relabel) => {
    if (relabel) return guard(label);
    const focus = root.activeElement;
    live = 0;
    if (display != null) {
      host.remove();
      s.display = display;
      // Read back first: Chrome writes a changed inline style to the attribute lazily, even after its removal.
      if (!f.getAttribute('style')) f.removeAttribute('style');
    }
    if (focus) f.focus();
  };
}
