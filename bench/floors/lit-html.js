// Floor 3 (lit-html alone: Lit's templates without its element class): the button drawn by lit-html in a custom element's shadow root; a click writes a cookie with js-cookie.
import { html, nothing, render } from 'lit-html';
import Cookies from 'js-cookie';
customElements.define(
  'x-floor',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      queueMicrotask(() =>
        render(html`<p><button @click=${() => Cookies.set('a', 'b')}>OK</button>${nothing}</p>`, root, { host: this }),
      );
    }
  },
);
document.addEventListener('DOMContentLoaded', () => document.body.prepend(document.createElement('x-floor')));
