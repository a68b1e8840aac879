// A rollup plugin for the drop-in script: Lit's css-tag module (the `css` tag, CSSResult and its
// fallbacks for browsers without constructable stylesheets) is replaced by the two functions that
// ReactiveElement calls. The element never uses `static styles`: it adopts its one CSSStyleSheet
// itself (src/ui/cookie-consent.ts, createRenderRoot), so ReactiveElement only ever hands these an
// empty list. About 500 bytes gzipped less. The ES module build keeps Lit as it is (an import).
const ID = /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;

const replacement = `
export const getCompatibleStyle = (s) => s;
export const adoptStyles = (root, sheets) => { root.adoptedStyleSheets = sheets; };
// Re-exported by Lit's index but never imported by this widget (rollup drops them); undefined here.
export let CSSResult, css, supportsAdoptingStyleSheets, unsafeCSS;
`;

export function litWithoutCssTag() {
  return {
    name: 'lit-without-css-tag',
    load(id) {
      return ID.test(id) ? replacement : null;
    },
  };
}
