// Osano's cookieconsent v3 (the open-source npm package `cookieconsent`) set up as close to demo/config.js as it
// goes. Its v3 has no categories: one choice covers every optional cookie. So the banner is its "opt-in" type (no
// optional cookie before the reader allows it, buttons to allow and to deny), "Accept all" grants what the other
// two variants grant when all three categories are accepted, and "Reject all" nothing; opt-in also gives it a
// "Cookie Policy" tab to change the choice later, its counterpart of a reopen button.
// It has no attribute-based gating either: its docs gate a script in the onInitialise / onStatusChange hooks,
// so the same analytics stand-in as the other variants is added here once the reader has allowed cookies.
(function () {
  function runAnalytics() {
    if (document.querySelector('script[src="/bench/analytics.js"]')) return;
    var script = document.createElement('script');
    script.src = '/bench/analytics.js';
    document.head.appendChild(script);
  }

  window.cookieconsent.initialise({
    type: 'opt-in',
    position: 'bottom',
    palette: {
      popup: { background: '#ffffff', text: '#1a1a1a' },
      button: { background: '#1a1a1a', text: '#ffffff' },
    },
    content: {
      message:
        'We use cookies to make this site work. With your consent, we also use them to measure our audience and show relevant ads. You can change your choice at any time.',
      allow: 'Accept all',
      deny: 'Reject all',
      link: 'Learn more',
      href: '/demo/cookies.html',
      target: '_self',
    },
    onInitialise: function () {
      if (this.hasConsented()) runAnalytics();
    },
    onStatusChange: function () {
      if (this.hasConsented()) runAnalytics();
    },
  });
})();
