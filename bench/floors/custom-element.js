// Floor 2: the same button in a custom element's shadow root, with an adopted stylesheet; no library.
const sheet = new CSSStyleSheet();
sheet.replaceSync(':host{display:block}p{margin:0}');
customElements.define(
  'x-floor',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = '<p><button>OK</button></p>';
    }
  },
);
document.addEventListener('DOMContentLoaded', () => document.body.prepend(document.createElement('x-floor')));
