// Floor 4: what the widget is built on: a ReactiveElement drawn by lit-html (as src/ui/cookie-consent.ts), writing a cookie with js-cookie.
import { ReactiveElement, html, nothing, render } from 'lit';
import Cookies from 'js-cookie';
customElements.define(
  'x-floor',
  class extends ReactiveElement {
    static properties = { open: { attribute: false } };
    update(changed) {
      super.update(changed);
      render(
        html`<p><button @click=${() => Cookies.set('a', 'b')}>OK</button>${this.open ? html`<b>!</b>` : nothing}</p>`,
        this.renderRoot,
        { host: this },
      );
    }
  },
);
document.addEventListener('DOMContentLoaded', () => document.body.prepend(document.createElement('x-floor')));
