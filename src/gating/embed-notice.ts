/**
 * The notice that stands in for a blocked iframe (contract §4). It lives in its own shadow root and
 * takes its CSS from a constructable stylesheet: page CSS cannot restyle it, and a strict CSP
 * (`style-src 'self'`) that blocks `<style>` elements does not block it.
 */

export interface NoticeText {
  /** Accessible name of the notice (a region). */
  label: string;
  message: string;
  button: string;
}

// Taken over from the iframe (besides display and size), in the notice's own sheet, which a strict CSP
// allows: the `all: initial !important` that shields it from page CSS would beat inline styles too.
const LAYOUT = ['position', 'inset', 'float', 'margin', 'max-width', 'aspect-ratio'];

// Inherited properties are all the page can push into a shadow root: `all: initial` stops them,
// but not custom properties, so the banner's --cc-* theme (colours, font, radius, focus) reaches the
// notice too; the font family is the page's unless --cc-font says otherwise, as in the banner.
// The default colours pass WCAG AA (>= 4.5:1). The button's transparent border shows only in
// forced colours, where it draws the button's edge. Every declaration is made !important below.
const CSS = `box-sizing:border-box;flex-flow:column;place-content:center;place-items:center;gap:.5em;padding:.75em;text-align:center;overflow-wrap:anywhere;background:var(--cc-bg,#f2f2f2);color:var(--cc-fg,#1b1b1b);border:1px solid;border-radius:var(--cc-radius,.5em);font-family:var(--cc-font,inherit);line-height:1.45;}p{margin:0;}button{font:inherit;padding:.5em 1em;border:2px solid #0000;border-radius:inherit;background:var(--cc-fg,#1b1b1b);color:var(--cc-bg,#fff);}:focus{outline:3px solid var(--cc-focus,#1a5fb4);}`;

/**
 * Puts a notice of the same size in the iframe's place and hides the iframe. Returns what undoes
 * both; it moves focus to the iframe when the notice was used or had it (its button is gone).
 */
export function block(f: HTMLElement, text: NoticeText, grant: () => void): () => void {
  const cs = getComputedStyle(f), r = f.getBoundingClientRect(), dis = cs.display, s = f.style, display = s.display;
  const host = document.createElement('cc-embed-notice'), root = host.attachShadow({ mode: 'open' });
  const add = (tag: string, t: string) => ((root.appendChild(document.createElement(tag)).textContent = t), root.lastChild as HTMLElement);
  const undo = () => {
    const focus = root.activeElement;
    host.remove();
    s.display = display;
    // Read back first: Chrome writes a changed inline style to the attribute lazily, even after its removal.
    if (!f.getAttribute('style')) f.removeAttribute('style');
    if (focus) f.focus();
  };
  // A percentage stays fluid; else the size laid out (border box), else (not laid out, e.g. in a closed
  // tab) the computed one, `auto` being an iframe's 300×150. The height is a minimum: text that does not
  // fit a small frame makes the notice taller, never cut off; with an aspect ratio, `auto` keeps to it.
  const size = (v: string, n: number, auto: number) => (/%/.test(v) ? v : (n || parseFloat(v) || auto) + 'px');
  // Inline and important: page CSS such as `.player iframe { display: block }` must not show it.
  s.setProperty('display', 'none', 'important');
  // Hidden, the iframe shows its computed values: a percentage or `margin: auto` as written, not as laid out.
  const w = size(cs.width, r.width, 300), h = cs.aspectRatio != 'auto' && cs.height == 'auto' ? 'auto' : size(cs.height, r.height, 150);
  // A 0/1-pixel tracker frame: a notice would be a button nobody can see.
  if (parseFloat(w) < 2 || parseFloat(h) < 2) return undo(), undo;
  host.role = 'region';
  host.ariaLabel = text.label;
  add('p', text.message);
  const b = add('button', text.button);
  b.onclick = () => {
    b.focus();
    grant();
  };
  // A flex box stretches its content to the (minimum) height; an iframe lays out inline as an inline-block.
  const layout = `display:${dis == 'none' ? dis : /^inline/.test(dis) ? 'inline-flex' : 'flex'};width:${w};min-height:${h};`;
  (root.adoptedStyleSheets = [new CSSStyleSheet()])[0]!.replaceSync(
    `:host{all:initial;${layout + LAYOUT.map((k) => `${k}:${(cs as unknown as Record<string, string>)[k]};`).join('')}${CSS}`.replace(/;/g, '!important;'),
  );
  f.before(host);
  return undo;
}
