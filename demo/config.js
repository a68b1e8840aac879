// The demo site's cookie-consent config, shared by every demo page.
// Load it before the widget: <script src="/demo/config.js"></script><script src="/dist/cookie-consent.min.js"></script>
window.cookieConsentConfig = {
  revision: 0,
  policyUrl: '/demo/cookies.html',
  recordEndpoint: '/consent', // the consent-records service, run by scripts/serve-demo.mjs
  categories: {
    necessary: {
      required: true,
      description:
        'Needed for the site to work, for example to remember your cookie choices. They cannot be switched off.',
    },
    analytics: {
      description:
        'Count visits and see which stories are read, so we can improve the site. The figures are anonymous.',
      cookies: ['_demo_analytics'],
    },
    marketing: {
      description: 'Show adverts and embedded videos from our partners, who may recognise you across other sites.',
      services: {
        ads: { title: 'Advertising', cookies: ['_demo_ads'] },
        video: { title: 'Video player' },
      },
    },
  },
};

// Demo-only: try other looks without editing this file, e.g. /demo/?layout=box&position=bottom-left&theme=dark
// Only known keys and values are copied, so the config stays valid.
(function () {
  var allowed = {
    layout: ['bar', 'box'],
    position: ['bottom', 'top', 'bottom-left', 'bottom-right'],
    theme: ['light', 'dark', 'auto'],
    language: null, // any simple language tag
    reopenButton: ['true', 'false'],
    googleConsentMode: ['true', 'false'],
  };
  // Nothing to read without a query: a plain load (and the bench's) runs no more than a site's own config would.
  if (!window.location.search) return;
  var params = new URLSearchParams(window.location.search);
  Object.keys(allowed).forEach(function (key) {
    var value = params.get(key);
    if (value === null) return;
    var ok = allowed[key] ? allowed[key].indexOf(value) !== -1 : /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value);
    if (!ok) return;
    window.cookieConsentConfig[key] = value === 'true' ? true : value === 'false' ? false : value;
  });
})();
