// Tags the text for scripts/minify-templates.mjs (which minifies `css` templates); the element
// builds its one CSSStyleSheet from it in a task of its own, just before it first renders. Not Lit's css tag: that would bring
// in code this widget never needs (composing CSSResults), and the sheet would be parsed at start-up.
const css = String.raw;

/**
 * The element's look. Sites theme it through the `--cc-*` custom properties (listed with their
 * defaults in the JSDoc header of cookie-consent.ts, hence in custom-elements.json and the README)
 * and `::part()`; everything else here is private (`--_*`).
 *
 * - `light-dark()` follows `color-scheme`: 'auto' is the reader's setting; `theme` forces one.
 *   Every default pair passes WCAG AA (text ≥ 4.5:1, the switch's off border ≥ 3:1;
 *   tests/ui/look.test.ts measures them).
 * - Equal weight (docs/compliance.md R04/R15): one rule, `[part=actions] *`, draws every button of a
 *   choice (the buttons of a group and nothing else), and no selector here names one of them.
 *   Its size, font, colours, border, visibility, order and transforms are `!important`: inside a
 *   shadow root that beats any `::part()` rule of the page, even an important one, so a site
 *   cannot make "Reject all" weaker than "Accept all" by accident; it themes all of them at once
 *   with `--cc-button-*`.
 * - No layout shift: the host takes no box (`display: contents`) and everything it shows is fixed.
 * - There is no motion; the reduced-motion rule (important, so it wins over `::part()` too) keeps
 *   it that way for a reader who asked, whatever a site adds.
 *
 * The text ships as written, minus comments and indentation (scripts/minify-templates.mjs), so
 * it is written tight: no quotes where an identifier will do, no leading zeros, no spaces that
 * CSS does not need. The declarations inside a rule, the selectors of a list and the rules
 * within a commented section are in no topical order: they are in the order that gzips smallest
 * together with the rest of the drop-in script (found by trying orders; about 80 B of gzip). Order
 * matters only between overlapping properties (a shorthand and its longhands: font before
 * font-family), which keep theirs inside a rule; two rules trade places only when they set no
 * property in common, so the cascade is unchanged. Keep it that way when adding one.
 *
 * Private properties: --_b background, --_f text, --_m muted text, --_l border colour, --_bb /
 * --_bf button background / text, --_r radius, --_s spacing, --_o the focus ring's colour where it
 * must not be the page's.
 */
export const styles: string = css`
  /* The host takes no box, and its text look is our own: important, so that no page rule on
     the element reaches it (a "* { … !important }" reset does; an important declaration inside a
     shadow root wins over the page's, even its important ones). The font shorthand resets every
     font property (its family, "a", is only there because the shorthand needs one); then the
     family is --cc-font or the page's (unset, var() makes the declaration invalid at computed-value
     time, which for an inherited property is inherit: the documented default with no fallback
     to ship; the same goes for --cc-link); the size is the reader's default (medium, not 1rem: a
     page's root size is page CSS too; lengths are in em, so everything follows --cc-font-size).
     Not all: initial, which would also drop the language (lang) that Chromium uses to pick
     glyphs and case rules. The element sets dir for the language shown, and a page's own
     direction rule must not turn it. */
  :host {
    color-scheme: light dark;
    letter-spacing: normal!important;
    white-space: normal!important;
    writing-mode: horizontal-tb!important;
    text-align: start!important;
    text-indent: 0!important;
    text-transform: none!important;
    display: contents;
    direction: ltr!important;
    --_f: var(--cc-fg, light-dark(#1b1b1b, #f2f2f2));
    --_m: var(--cc-muted, light-dark(#4d4d4d, #c8c8c8));
    --_b: var(--cc-bg, light-dark(#fff, #1e1e1e));
    --_bb: var(--cc-button-bg, var(--_f));
    --_bf: var(--cc-button-fg, var(--_b));
    --_l: var(--cc-border, light-dark(#767676, #9a9a9a));
    --_s: var(--cc-space, 1em);
    font: var(--cc-font-size, medium)/var(--cc-line-height, 1.45) a!important;
    --_r: var(--cc-radius, .5em);
    font-family: var(--cc-font)!important;
    word-spacing: normal!important;
  }
  :host([dir=rtl]) {
    direction: rtl!important;
  }
  :host([theme=light]) {
    color-scheme: light;
  }
  * {
    box-sizing: border-box;
  }
  section,
  dialog {
    box-shadow: var(--cc-shadow, 0 0 .75em #0004);
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~=reopen],
  section,
  dialog {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    color: var(--_f);
    background: var(--_b);
    border: 1px solid var(--_l);
  }
  [part~=button],
  dialog {
    border-radius: var(--_r);
  }

  /* Layouts. On a phone (up to 30rem) every layout is a bar along the bottom edge, where it
     leaves the headline readable: a top bar moves down, the box becomes a sheet as wide as the
     bar. Wider, the bar's content is centred at --cc-bar-width; a position a layout does not know
     is its default (bar: bottom, box: bottom-right; the box rule comes after the top one). */
  section {
    padding: calc(var(--_s)*.75);
    border-width: 1px 0 0;
    max-height: 70%;
    inset: auto 0 0;
  }
  [part=preferences-body],
  section {
    overscroll-behavior: contain;
    overflow: auto;
  }
  :host([layout=box]) section {
    border-radius: var(--_r) var(--_r) 0 0;
  }
  @media(width>30rem) {
    section {
      padding: var(--_s) max(var(--_s), 50% - var(--cc-bar-width, 72em)/2);
    }
    :host([position=top]) section {
      border-width: 0 0 1px;
      inset: 0 0 auto;
    }
    /* Its auto margin takes the room its width leaves: at the right, or (below) at the left. A
       bar's width is auto, which makes auto margins 0. */
    :host([layout=box]) section {
      padding: var(--_s);
      width: min(var(--cc-box-width, 24em), 100% - 2*var(--_s));
      border-width: 1px;
      inset: auto var(--_s) var(--_s);
      margin-left: auto;
      border-radius: var(--_r);
    }
    :host([position=bottom-left]) section {
      margin: 0 auto 0 0;
    }
  }
  h2 {
    margin: 0 0 .25em;
    font-size: 1.15em;
  }
  p {
    margin: 0 0 .75em;
  }
  [part=preferences-footer],
  section>div {
    container-type: inline-size;
  }
  a {
    color: var(--cc-link);
  }
  .small {
    color: var(--_m);
    font-size: .9em;
  }
  /* Read by screen readers and search engines, never seen: the end of the "Learn more" link's name. */
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* Buttons: stacked, or three equal columns where there is room. */
  [part=actions] {
    display: grid;
    gap: calc(var(--_s)/2);
  }
  @container(width>=36em) {
    [part=actions] {
      grid-template-columns: 1fr 1fr 1fr;
    }
  }

  /* Pinned: whatever a page could set on one choice button to hide it, fade it, move it or
     change its size, font or colours (tests/ui/look.test.ts tries each). min-width: 0 keeps the
     three columns equal even when one label has a long word. The radius may differ. */
  [part=actions] * {
    color: var(--_bf)!important;
    width: auto!important;
    filter: none!important;
    transform: none!important;
    display: block!important;
    translate: none!important;
    rotate: none!important;
    scale: none!important;
    /* The weight is the group's ([part=actions]). */
    font: inherit!important;
    margin: 0!important;
    min-height: 2.75em!important;
    min-width: 0!important;
    order: 0!important;
    opacity: 1!important;
    padding: calc(var(--_s)/2) var(--_s)!important;
    background: var(--_bb)!important;
    border: 2px solid var(--cc-button-border, var(--_bb))!important;
    visibility: visible!important;
    height: auto!important;
  }
  [part=actions] :hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_o, var(--cc-focus, light-dark(#1a5fb4, #8cb4ff)));
    outline-offset: 2px;
  }

  /* The preferences dialog (modal, so the browser centres it): on a phone the whole screen, its
     header and buttons fixed and the categories scrolling between them. */
  dialog {
    width: min(40em, 100% - 2*var(--_s));
    max-width: none;
    padding: 0;
    max-height: min(48em, 100% - 2*var(--_s));
  }
  dialog[open] {
    display: flex;
    flex-flow: column;
  }
  ::backdrop {
    background: var(--cc-backdrop, #0008);
  }
  dialog>div {
    padding: calc(var(--_s)*.75) var(--_s);
  }
  [part=preferences-header],
  .row {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_s);
  }
  [part=preferences-header] h2 {
    margin: 0;
  }
  /* A scroll container (above), so it may shrink to nothing; the header and footer never shrink
     below their content. */
  [part=preferences-body] {
    flex: auto;
    /* The header's and the footer's edges (outside the scrolling). */
    border-block: 1px solid var(--_l);
  }
  [part~=close] {
    /* Transparent, so invisible, except in forced colours, where it draws the button's edge. */
    border: 2px solid #0000;
    background: none;
    padding: 0;
    /* Both minimums are 2.75em of the base size: this button's own font is 1.5 times larger (2.75 / 1.5). */
    min-height: 1.8334em;
    font-size: 1.5em;
    min-width: 1.8334em;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part=category]+li {
    border-top: 1px solid var(--_l);
  }
  li {
    padding: .5em 0;
  }
  /* The choice buttons' weight (they take the group's font), and the category titles'. */
  [part=actions],
  .row {
    font-weight: 600;
  }
  [part=services] {
    padding-inline-start: var(--_s);
  }
  [part=description] {
    margin: .25em 0 0;
  }
  /* A switch: off is an outlined track with the knob at the start, on a filled one with the knob at the end. */
  [part=switch] {
    padding: 2px;
    flex: none;
    border: 2px solid var(--_l);
    background: var(--_b);
    width: 3em;
    border-radius: 1em;
    height: 1.75em;
  }
  [part=switch]::after {
    width: 1.2em;
    height: 1.2em;
    content: '';
    display: block;
    border-radius: 50%;
    background: var(--_m);
  }
  [aria-checked=true] {
    border-color: var(--_bb);
    background: var(--_bb);
  }
  [aria-checked=true]::after {
    background: var(--_bf);
    margin-inline-start: auto;
  }
  :disabled {
    opacity: .7;
    cursor: not-allowed;
  }
  [part~=reopen] {
    left: var(--_s);
    bottom: var(--_s);
    font-size: .85em;
    padding: .4em .8em;
  }

  @media(width<=30rem) {
    [part=actions] {
      gap: .375em;
    }
    /* The message gets smaller and, only if a long translation needs it, scrolls inside the
       banner: the buttons always stay in view. */
    [part=message] {
      /* Room for the focus ring of the link (3px + 2px), which the scrolling box would clip. */
      margin: -.375em -.375em .25em;
      padding: .375em;
      overflow: auto;
      max-height: calc(5lh + .75em);
      font-size: .9375em;
    }
    dialog {
      width: 100%;
      max-height: none;
      border: 0;
      height: 100%;
      border-radius: 0;
    }
    h2 {
      font-size: 1.05em;
    }
  }

  /* Windows high contrast and other forced colours: the browser replaces every colour, which
     would leave a switch's knob and filled track invisible. Switches keep their colours, made
     system colours: off a ButtonFace track with a ButtonText edge and knob, on a Highlight track
     with a HighlightText knob, locked on GrayText with a Canvas knob. */
  @media(forced-colors:active) {
    [part=switch] {
      forced-color-adjust: none;
      --_m: ButtonText;
      --_bf: HighlightText;
      --_l: ButtonText;
      --_o: Highlight;
      --_bb: Highlight;
      --_b: ButtonFace;
    }
    :disabled {
      opacity: 1;
      --_bb: GrayText;
      --_bf: Canvas;
    }
  }

  @media(prefers-reduced-motion:reduce) {
    *,
    ::before,
    ::after,
    ::backdrop {
      animation: none!important;
      transition: none!important;
      scroll-behavior: auto!important;
    }
  }
`;
