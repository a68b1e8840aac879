import { css } from 'lit';

/**
 * One rule (`.btn`) styles every button of a choice: "Reject all" can never look weaker than
 * "Accept all" (COMPLIANCE R04/R15), whatever a theme changes.
 * `light-dark()` follows `color-scheme`: 'auto' is the reader's setting; `theme` forces one.
 */
export const styles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#fff, #1e1e1e));
    --_fg: var(--cc-fg, light-dark(#1b1b1b, #f2f2f2));
    --_muted: var(--cc-muted, light-dark(#4d4d4d, #c8c8c8));
    --_btn-bg: var(--cc-button-bg, var(--_fg));
    --_btn-fg: var(--cc-button-fg, var(--_bg));
    --_line: 1px solid var(--cc-border, light-dark(#767676, #9a9a9a));
    --_radius: var(--cc-radius, 0.5rem);
    font: var(--cc-font, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.45;
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
  .banner {
    inset: auto 0 0;
    max-height: 70vh;
    overflow: auto;
    padding: 1rem max(1rem, 50% - 36rem);
    border-radius: 0;
    box-shadow: 0 0 12px #0004;
  }
  :host([position='top']) .banner {
    inset: 0 0 auto;
  }
  :host([layout='box']) .banner {
    inset: auto 1rem 1rem auto;
    width: min(24rem, 100% - 2rem);
    padding: 1rem;
    border-radius: var(--_radius);
  }
  :host([position='bottom-left']) .banner {
    inset: auto auto 1rem 1rem;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.15em;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.75rem;
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
      grid-template-columns: 1fr 1fr 1fr;
    }
  }
  button {
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
    outline: 3px solid var(--cc-focus, light-dark(#1a5fb4, #8cb4ff));
    outline-offset: 2px;
  }
  dialog {
    width: min(40rem, 100%);
    max-height: min(100%, 48rem);
    padding: 0 1rem;
  }
  dialog::backdrop {
    background: #0008;
  }
  .head,
  .foot {
    position: sticky;
    display: flex;
    gap: 1rem;
    justify-content: space-between;
    padding: 1rem 0;
    background: var(--_bg);
  }
  .head {
    top: 0;
    border-bottom: var(--_line);
  }
  .foot {
    bottom: 0;
    display: block;
    border-top: var(--_line);
  }
  .x {
    min-width: 2.75rem;
    border: 0;
    background: none;
    font-size: 1.5em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.5rem 0;
  }
  li + li {
    border-top: var(--_line);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    font-weight: 600;
  }
  .services {
    padding-inline-start: 1rem;
    font-weight: 400;
  }
  .services li {
    border: 0;
  }
  .switch {
    flex: none;
    width: 3rem;
    height: 1.75rem;
    padding: 2px;
    border: var(--_line);
    border-width: 2px;
    border-radius: 1rem;
    background: var(--_bg);
  }
  .switch::after {
    content: '';
    display: block;
    width: 1.2rem;
    height: 1.2rem;
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
    inset: auto auto 1rem 1rem;
    padding: 0.4rem 0.8rem;
    font-size: 0.85em;
  }
`;
