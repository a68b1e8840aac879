import { css } from 'lit';

/**
 * One set of rules for all three first-layer buttons: "Reject all" can never look weaker than
 * "Accept all" (COMPLIANCE R04/R15), whatever a theme changes, because there is only one class.
 */
export const styles = css`
  :host {
    /* light-dark() follows color-scheme: 'auto' = the reader's setting, or forced by theme. */
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#fff, #1e1e1e));
    --_fg: var(--cc-fg, light-dark(#1b1b1b, #f2f2f2));
    --_muted: var(--cc-muted, light-dark(#4d4d4d, #c8c8c8));
    --_btn-bg: var(--cc-button-bg, var(--_fg));
    --_btn-fg: var(--cc-button-fg, var(--_bg));
    --_border: var(--cc-border, light-dark(#767676, #9a9a9a));
    --_focus: var(--cc-focus, light-dark(#1a5fb4, #8cb4ff));
    --_radius: var(--cc-radius, 0.5rem);
    font: var(--cc-font, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.45;
    color: var(--_fg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
  }
  .banner,
  dialog,
  .reopen {
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 0 0 0;
    max-height: 70vh;
    overflow: auto;
    padding: 1rem;
    border-top: 1px solid var(--_border);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 0.2);
  }
  :host([position='top']) .banner {
    inset: 0 0 auto 0;
    border: 0;
    border-bottom: 1px solid var(--_border);
  }
  :host([layout='box']) .banner {
    inset: auto 1rem 1rem auto;
    width: min(24rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([layout='box'][position='bottom-left']) .banner {
    inset: auto auto 1rem 1rem;
  }
  .inner {
    max-width: 72rem;
    margin: auto;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.15em;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: inherit;
  }
  .small {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: grid;
    gap: 0.5rem;
  }
  @media (min-width: 40rem) {
    :host(:not([layout='box'])) .actions {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .btn {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_btn-bg);
    border-radius: var(--_radius);
    background: var(--_btn-bg);
    color: var(--_btn-fg);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  dialog {
    width: min(40rem, 100vw);
    max-height: min(100dvh, 48rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .head,
  .body,
  .foot {
    padding: 1rem;
  }
  .head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
    border-bottom: 1px solid var(--_border);
  }
  .x {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 0;
    background: none;
    color: inherit;
    font-size: 1.5em;
    line-height: 1;
  }
  .foot {
    position: sticky;
    bottom: 0;
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cat {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    font-weight: 600;
  }
  .services {
    margin-inline-start: 1rem;
    font-weight: normal;
  }
  .switch {
    flex: none;
    position: relative;
    width: 3rem;
    height: 1.75rem;
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_bg);
  }
  .switch::after {
    content: '';
    position: absolute;
    top: 0.15rem;
    inset-inline-start: 0.15rem;
    width: 1.2rem;
    height: 1.2rem;
    border-radius: 50%;
    background: var(--_border);
  }
  .switch[aria-checked='true'] {
    border-color: var(--_btn-bg);
    background: var(--_btn-bg);
  }
  .switch[aria-checked='true']::after {
    inset-inline-start: 1.45rem;
    background: var(--_btn-fg);
  }
  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: no-preference) {
    .switch::after {
      transition: inset-inline-start 0.15s;
    }
  }
  .reopen {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto auto 1rem 1rem;
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  @media (forced-colors: active) {
    .switch[aria-checked='true']::after {
      background: Highlight;
    }
  }
`;
