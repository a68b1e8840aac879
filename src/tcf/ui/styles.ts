/**
 * The TCF screens' own look, adopted by `<cookie-consent>`'s shadow root next to its sheet
 * (src/ui/styles.ts) when the screens are loaded: a site without TCF never downloads it. It
 * adds only layout: colours, switches, lists and focus rings are the element's, and so is the
 * theming (`--cc-*`, `::part()`).
 */
const css = String.raw;

export const tcfStyles: string = css`
  h3 {
    font-size: 1em;
    margin: 1em 0 .25em;
  }
  .tcf-list {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 .75em;
  }
  .tcf-list li {
    padding: 0;
  }
  .tcf-items>li,
  [part=tcf-vendor] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: .5em var(--_s);
    border-top: 1px solid var(--_l);
  }
  /* Hundreds of vendors: only those in view are laid out and painted. */
  [part=tcf-vendor] {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  details {
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .tcf-vendors {
    margin: 0 0 .25em;
  }
  .tcf-switches {
    display: flex;
    flex-wrap: wrap;
    gap: .5em var(--_s);
  }
  .tcf-switch {
    display: flex;
    align-items: center;
    gap: .5em;
    font-size: .9em;
  }
  dl {
    margin: .5em 0;
    font-size: .9em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 .25em;
  }
  .tcf-facts {
    font-size: .9em;
  }
  .tcf-facts li {
    padding: 0;
  }
  .link {
    background: none;
    border: 0;
    padding: 0;
    color: var(--cc-link);
    text-decoration: underline;
    min-height: 1.5em;
  }
  [part=tcf-first-layer] {
    font-size: .9375em;
  }
`;
