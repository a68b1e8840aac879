import { css } from 'lit';

/**
 * The element's look. Sites theme it through the `--cc-*` custom properties (listed with their
 * defaults in the JSDoc header of cookie-consent.ts, hence in custom-elements.json and the README)
 * and `::part()`; everything else here is private (`--_*`).
 *
 * - `light-dark()` follows `color-scheme`: 'auto' is the reader's setting; `theme` forces one.
 *   Every default pair passes WCAG AA (text ≥ 4.5:1, the switch's off border ≥ 3:1;
 *   tests/ui/look.test.ts measures them).
 * - Equal weight (COMPLIANCE R04/R15): one rule, `.btn`, draws every button of a choice, and no
 *   selector here names one of them. Its size, font, colours, border, visibility and order are
 *   `!important`: inside a shadow root that beats any `::part()` rule of the page, even an
 *   important one, so a site cannot make "Reject all" weaker than "Accept all" by accident; it
 *   themes all of them at once with `--cc-button-*`.
 * - No layout shift: the host takes no box (`display: contents`) and everything it shows is fixed.
 * - There is no motion; the reduced-motion rule (important, so it wins over `::part()` too) keeps
 *   it that way for a reader who asked, whatever a site adds.
 */
export const styles = css`
  :host {
    display: contents;
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#fff, #1e1e1e));
    --_fg: var(--cc-fg, light-dark(#1b1b1b, #f2f2f2));
    --_muted: var(--cc-muted, light-dark(#4d4d4d, #c8c8c8));
    --_border: var(--cc-border, light-dark(#767676, #9a9a9a));
    --_btn-bg: var(--cc-button-bg, var(--_fg));
    --_btn-fg: var(--cc-button-fg, var(--_bg));
    --_line: 1px solid var(--_border);
    --_radius: var(--cc-radius, 0.5em);
    --_space: var(--cc-space, 1em);
    /* The site's font family; the size and the rest of the text's look are our own, important so
       that no page rule on the element reaches them (an important declaration inside a shadow
       root wins over the page's). The size is the reader's default (medium), not 1rem: a page's
       root size is page CSS too (html { font-size: 62.5% } is common). Lengths are in em, so
       everything follows --cc-font-size. */
    font-family: var(--cc-font, inherit);
    font-size: var(--cc-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--cc-line-height, 1.45) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    writing-mode: horizontal-tb !important;
  }
  /* The element sets dir for the language shown; a page's own direction rule must not turn it. */
  :host([dir='rtl']) {
    direction: rtl !important;
  }
  :host([dir='ltr']) {
    direction: ltr !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
  }
  .banner,
  dialog,
  .reopen {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    background: var(--_bg);
    color: var(--_fg);
    border: var(--_line);
    border-radius: var(--_radius);
  }
  .banner,
  dialog {
    box-shadow: var(--cc-shadow, 0 0 0.75em #0004);
  }

  /* Layouts. Any position a layout does not know falls back to its default (bar: bottom, box: bottom-right). */
  .banner {
    inset: auto 0 0;
    max-height: 70%;
    overflow: auto;
    overscroll-behavior: contain;
    /* Full width, the content centred at --cc-bar-width. */
    padding: var(--_space) max(var(--_space), 50% - var(--cc-bar-width, 72em) / 2);
    border-width: 1px 0 0;
    border-radius: 0;
  }
  :host(:not([layout='box'])[position='top']) .banner {
    inset: 0 0 auto;
    border-width: 0 0 1px;
  }
  :host([layout='box']) .banner {
    inset: auto var(--_space) var(--_space) auto;
    width: min(var(--cc-box-width, 24em), 100% - 2 * var(--_space));
    padding: var(--_space);
    border-width: 1px;
    border-radius: var(--_radius);
  }
  :host([layout='box'][position='bottom-left']) .banner {
    inset: auto auto var(--_space) var(--_space);
  }
  .inner,
  .foot {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.15em;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--cc-link, inherit);
  }
  .small {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Buttons: stacked, or three equal columns where there is room. */
  .actions {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  @container (min-width: 36em) {
    .actions {
      grid-template-columns: 1fr 1fr 1fr;
    }
  }
  /* Phones: a modest banner that leaves the top of the page (the headline) readable. The
     message gets smaller and, only if a long translation needs it, scrolls inside the banner:
     the buttons always stay in view. */
  @media (max-width: 30rem) {
    .banner {
      padding: calc(var(--_space) * 0.75);
    }
    /* Every layout sits along the bottom edge, where it leaves the headline readable: a top bar
       moves down, and the box becomes a sheet as wide as the bar. */
    :host(:not([layout='box'])[position='top']) .banner {
      inset: auto 0 0;
      border-width: 1px 0 0;
    }
    :host([layout='box']) .banner,
    :host([layout='box'][position='bottom-left']) .banner {
      inset: auto 0 0;
      width: auto;
      padding: calc(var(--_space) * 0.75);
      border-width: 1px 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    .msg {
      max-height: calc(5lh + 0.75em);
      overflow: auto;
      /* Room for the focus ring of the link (3px + 2px), which the scrolling box would clip. */
      margin: -0.375em -0.375em 0.25em;
      padding: 0.375em;
      font-size: 0.9375em;
    }
    .actions {
      gap: 0.375em;
    }
    h2 {
      font-size: 1.05em;
    }
  }

  button {
    cursor: pointer;
  }
  .btn {
    display: block !important;
    position: static !important;
    order: 0 !important;
    visibility: visible !important;
    opacity: 1 !important;
    filter: none !important;
    transform: none !important;
    margin: 0 !important;
    width: auto !important;
    height: auto !important;
    min-width: 0 !important;
    max-width: none !important;
    max-height: none !important;
    min-height: 2.75em !important;
    padding: calc(var(--_space) / 2) var(--_space) !important;
    border: 2px solid var(--cc-button-border, var(--_btn-bg)) !important;
    border-radius: var(--_radius) !important;
    background: var(--_btn-bg) !important;
    color: var(--_btn-fg) !important;
    font: inherit !important;
    font-weight: 600 !important;
    letter-spacing: inherit !important;
    text-align: center;
  }
  .btn:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--cc-focus, light-dark(#1a5fb4, #8cb4ff));
    outline-offset: 2px;
  }

  /* The preferences dialog: centred; on a phone the whole screen, its header and buttons fixed
     and the categories scrolling between them. */
  dialog {
    inset: 0;
    margin: auto;
    width: min(40em, 100% - 2 * var(--_space));
    max-width: none;
    height: fit-content;
    max-height: min(48em, 100% - 2 * var(--_space));
    padding: 0;
    overflow: hidden;
    flex-direction: column;
  }
  dialog[open] {
    display: flex;
  }
  dialog::backdrop {
    background: var(--cc-backdrop, #0008);
  }
  @media (max-width: 30rem) {
    dialog {
      width: 100%;
      height: 100%;
      max-height: none;
      border: 0;
      border-radius: 0;
    }
  }
  .head,
  .body,
  .foot {
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .head {
    flex: none;
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    border-bottom: var(--_line);
  }
  .head h2 {
    margin: 0;
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .foot {
    flex: none;
    border-top: var(--_line);
  }
  .x {
    display: grid;
    flex: none;
    place-items: center;
    /* 2.75em of the base size: this button's own font is 1.5 times larger. */
    min-width: calc(2.75em / 1.5);
    min-height: calc(2.75em / 1.5);
    padding: 0;
    /* Transparent, so invisible, except in forced colours, where it draws the button's edge. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-size: 1.5em;
    line-height: 1;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.5em 0;
  }
  li + li {
    border-top: var(--_line);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    font-weight: 600;
  }
  .services {
    padding-inline-start: var(--_space);
    font-weight: 400;
  }
  .services li {
    border: 0;
  }
  .cat p {
    margin: 0.25em 0 0;
  }
  /* A switch: off is an outlined track with the knob at the start, on a filled one with the knob at the end. */
  .switch {
    flex: none;
    width: 3em;
    height: 1.75em;
    padding: 2px;
    border: 2px solid var(--_border);
    border-radius: 1em;
    background: var(--_bg);
  }
  .switch::after {
    content: '';
    display: block;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    background: var(--_muted);
  }
  [aria-checked='true'] {
    border-color: var(--_btn-bg);
    background: var(--_btn-bg);
  }
  [aria-checked='true']::after {
    margin-inline-start: auto;
    background: var(--_btn-fg);
  }
  :disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .reopen {
    inset: auto auto var(--_space) var(--_space);
    padding: 0.4em 0.8em;
    font-size: 0.85em;
  }

  /* Windows high contrast and other forced colours: the browser replaces every colour, which
     would leave a switch's knob and filled track invisible. They get system colours of their own:
     the knob in the text colour, the on state filled with Highlight. */
  @media (forced-colors: active) {
    .switch {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
    }
    .switch::after {
      background: ButtonText;
    }
    [aria-checked='true'] {
      border-color: Highlight;
      background: Highlight;
    }
    [aria-checked='true']::after {
      background: HighlightText;
    }
    .switch:disabled {
      border-color: GrayText;
      opacity: 1;
    }
    [aria-checked='true']:disabled {
      background: GrayText;
    }
    [aria-checked='true']:disabled::after {
      background: Canvas;
    }
    .switch:focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after,
    ::backdrop {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
