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

// Copied from the iframe's computed style. They reach :host through custom properties, since the
// `all: initial !important` that shields it from page CSS would beat inline styles too. The height
// is a minimum: text that does not fit a small frame makes the notice taller, never cut off.
const COPY = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'float', 'margin', 'flex', 'grid-area',
  'vertical-align', 'visibility', 'max-width', 'max-height', 'aspect-ratio', 'width', 'height',
];

// Inherited properties are all the page can push into a shadow root: `all: initial` stops them,
// but not custom properties, so the banner's --cc-* theme (colours, font family, size, radius,
// spacing) reaches the notice too. The font family is the page's unless --cc-font says otherwise,
// as in the banner; the size falls back to `medium`, not `1rem`, since the root's size is page CSS (lengths are in em).
// The default colours pass WCAG AA (>= 4.5:1). The button's transparent border shows only in forced
// colours, where it draws the button's edge.
const CSS = `:host{all:initial!important;${COPY.map((p) => `${p == 'height' ? 'min-height' : p}:var(--cc-n-${p})!important`).join(';')};box-sizing:border-box!important;background:var(--cc-bg,#f2f2f2)!important;color:var(--cc-fg,#1b1b1b)!important;border:1px solid var(--cc-border,#767676)!important;border-radius:var(--cc-radius,.5em)!important;font-family:var(--cc-font,inherit)!important;font-size:var(--cc-font-size,medium)!important;line-height:var(--cc-line-height,1.45)!important}
div{box-sizing:border-box;flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:calc(var(--cc-space,1em)/2);padding:calc(var(--cc-space,1em)*.75);text-align:center;overflow-wrap:anywhere}
p{margin:0;max-width:40em}
button{font:inherit;font-weight:600;padding:calc(var(--cc-space,1em)/2) var(--cc-space,1em);border:2px solid var(--cc-button-border,transparent);border-radius:var(--cc-radius,.5em);background:var(--cc-button-bg,var(--cc-fg,#1b1b1b));color:var(--cc-button-fg,var(--cc-bg,#fff));cursor:pointer}
button:focus-visible{outline:3px solid var(--cc-focus,#1a5fb4);outline-offset:2px}`;

// One sheet per document: a constructed sheet can only be adopted in the document that made it.
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Puts a notice of the same size in the iframe's place and hides the iframe. Returns what undoes
 * both; it moves focus to the iframe when the notice was used or had it (its button is gone).
 */
export function block(f: HTMLElement, text: NoticeText, grant: () => void): () => void {
  const d = f.ownerDocument, v = d.defaultView!, cs = v.getComputedStyle(f), r = f.getBoundingClientRect(), p = f.parentElement!;
  const shown = f.getClientRects().length > 0;
  // A 0/1-pixel tracker frame: a notice would be a button nobody can see.
  if (shown && (r.width < 2 || r.height < 2)) return () => {};
  const host = d.createElement('cc-embed-notice'), root = host.attachShadow({ mode: 'open' });
  const set = (k: string, x: string) => host.style.setProperty('--cc-n-' + k, x);
  for (const k of COPY) set(k, cs.getPropertyValue(k));
  // A flex box stretches its content to the (minimum) height, however that comes; an iframe lays out inline as an inline-block.
  const dis = cs.display;
  set('display', dis == 'block' ? 'flex' : /^inline(-block)?$/.test(dis) ? 'inline-flex' : dis);
  const ratio = cs.aspectRatio != 'auto', abs = cs.position == 'absolute';
  if (shown) {
    // Only used sizes can be read back: one that fills its parent was most likely 100% and stays fluid.
    const ps = v.getComputedStyle(p), fill = (n: number, box: number) => (Math.abs(n - box) < 1 ? '100%' : n + 'px');
    set('width', fill(r.width, p.clientWidth - (abs ? 0 : parseFloat(ps.paddingLeft) + parseFloat(ps.paddingRight))));
    set('height', ratio ? 'auto' : abs ? fill(r.height, p.clientHeight) : r.height + 'px');
  } else {
    // Not laid out (e.g. in a closed tab): the computed values, 'auto' being an iframe's 300×150.
    if (cs.width == 'auto') set('width', '300px');
    if (!ratio && cs.height == 'auto') set('height', '150px');
  }
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', text.label);
  const box = d.createElement('div'), msg = d.createElement('p'), b = d.createElement('button');
  msg.textContent = text.message;
  b.textContent = text.button;
  b.type = 'button';
  let used = false;
  b.onclick = () => {
    used = true;
    grant();
  };
  box.append(msg, b);
  root.append(box);
  let sheet = sheets.get(d);
  if (!sheet) sheets.set(d, (sheet = new v.CSSStyleSheet())), sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  // Inline and important: page CSS such as `.player iframe { display: block }` must not show it.
  const s = f.style, had = f.hasAttribute('style'), display = s.getPropertyValue('display'), prio = s.getPropertyPriority('display');
  f.before(host);
  s.setProperty('display', 'none', 'important');
  return () => {
    const focus = used || root.activeElement;
    host.remove();
    s.setProperty('display', display, prio);
    // Read back first: Chrome writes a changed inline style to the attribute lazily, even after its removal.
    if (!had && !f.getAttribute('style')) f.removeAttribute('style');
    if (focus) f.focus();
  };
}
