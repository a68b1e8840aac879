// Demo-only "Look" switcher: changes the widget's layout and theme live, on the element's
// `layout`, `position` and `theme` attributes (the ones the config sets), and keeps the choice in
// the address (?layout=…&position=…&theme=…), which demo/config.js reads on the next load.
// Plain JS, no build. Fills <form id="look"> with <select name="look"> and <select name="theme">.
(function () {
  'use strict';

  var DEFAULT_POSITION = { bar: 'bottom', box: 'bottom-right' };

  function widget() {
    return document.querySelector('cookie-consent');
  }

  function current() {
    var el = widget();
    var config = window.cookieConsentConfig || {};
    var layout = (el && el.getAttribute('layout')) || config.layout || 'bar';
    return {
      layout: layout,
      position: (el && el.getAttribute('position')) || config.position || DEFAULT_POSITION[layout],
      theme: (el && el.getAttribute('theme')) || config.theme || 'auto',
    };
  }

  function show(form) {
    var look = current();
    form.elements.look.value = look.layout + ' ' + look.position;
    form.elements.theme.value = look.theme;
  }

  function apply(form) {
    var parts = form.elements.look.value.split(' ');
    var look = { layout: parts[0], position: parts[1], theme: form.elements.theme.value };
    var el = widget();
    if (el) {
      el.setAttribute('layout', look.layout);
      el.setAttribute('position', look.position);
      el.setAttribute('theme', look.theme);
    }
    var url = new URL(window.location.href);
    Object.keys(look).forEach(function (key) {
      url.searchParams.set(key, look[key]);
    });
    window.history.replaceState(null, '', url);
    // The look shows on the banner: bring it back if the reader has already chosen.
    var shown = el && el.shadowRoot && el.shadowRoot.querySelector('[part~="banner"], dialog[open]');
    if (!shown && window.CookieConsent) window.CookieConsent.showBanner();
  }

  function start() {
    var form = document.getElementById('look');
    if (!form) return;
    show(form);
    form.addEventListener('change', function () {
      apply(form);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      apply(form);
    });
    // The widget sets its attributes once it has read its config.
    document.addEventListener('consent-ready', function () {
      show(form);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
