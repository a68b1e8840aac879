// A rollup plugin for the drop-in script only: it leaves out the parts of Lit this widget never runs.
// The ES module build keeps `import … from 'lit'` as it is, so an app that has Lit ships it once.
//
// - 'lit' resolves to @lit/reactive-element and lit-html. The element is a ReactiveElement that
//   renders with lit-html's render() (src/ui/cookie-consent.ts); LitElement, which lit's index
//   keeps alive for its side effects, would add only what async directives need, and no template
//   uses one. About 170 B gzipped.
// - Lit's css-tag module (the `css` tag, CSSResult and its fallbacks for browsers without
//   constructable stylesheets) becomes the two functions ReactiveElement calls. The element never
//   uses `static styles`: it adopts its one CSSStyleSheet itself, so ReactiveElement only ever
//   hands these an empty list. About 380 B gzipped.
const LIT = '\0lit-for-drop-in';
const CSS_TAG = /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;

const sources = {
  [LIT]: "export * from '@lit/reactive-element'; export * from 'lit-html';",
  css: `
export const getCompatibleStyle = (s) => s;
export const adoptStyles = (root, sheets) => { root.adoptedStyleSheets = sheets; };
// Re-exported by Lit's index but never imported by this widget (rollup drops them); undefined here.
export let CSSResult, css, supportsAdoptingStyleSheets, unsafeCSS;
`,
};

export function litForDropIn() {
  return {
    name: 'lit-for-drop-in',
    resolveId: (id) => (id === 'lit' ? LIT : null),
    load: (id) => (id === LIT ? sources[LIT] : CSS_TAG.test(id) ? sources.css : null),
  };
}
