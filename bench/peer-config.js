// vanilla-cookieconsent v3 set up like demo/config.js: the same three categories, services and texts,
// a bottom bar like the widget's default. hideFromBots is off, or v3 never shows its banner to headless Chromium.
/* global CookieConsent -- vanilla-cookieconsent, loaded before this script */
CookieConsent.run({
  hideFromBots: false,
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom' },
    preferencesModal: { layout: 'box' },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: '_demo_analytics' }] } },
    marketing: {
      autoClear: { cookies: [{ name: '_demo_ads' }] },
      services: { ads: { label: 'Advertising' }, video: { label: 'Video player' } },
    },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'This site uses cookies',
          description:
            'We use cookies to make this site work. With your consent, we also use them to measure our audience and show relevant ads. You can change your choice at any time. <a href="/demo/cookies.html">Learn more</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Necessary',
              description:
                'Needed for the site to work, for example to remember your cookie choices. They cannot be switched off.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Analytics',
              description:
                'Count visits and see which stories are read, so we can improve the site. The figures are anonymous.',
              linkedCategory: 'analytics',
            },
            {
              title: 'Marketing',
              description:
                'Show adverts and embedded videos from our partners, who may recognise you across other sites.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
