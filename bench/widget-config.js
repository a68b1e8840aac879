// This widget set up like bench/peer-config.js: demo/config.js's three categories, services and texts,
// without what the peer has no counterpart for (the proof-of-consent beacon, the demo's look switcher).
window.cookieConsentConfig = {
  policyUrl: '/demo/cookies.html',
  categories: {
    necessary: {
      required: true,
      description: 'Needed for the site to work, for example to remember your cookie choices. They cannot be switched off.',
    },
    analytics: {
      description: 'Count visits and see which stories are read, so we can improve the site. The figures are anonymous.',
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
