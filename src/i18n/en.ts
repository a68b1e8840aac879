/**
 * English: the default strings (docs/contract.md §8) and the shape every language must fill.
 * Other languages are typed as `Strings`, so a missing key is a compile error.
 */
export const en = {
  $code: 'en',
  $dir: 'ltr' as 'ltr' | 'rtl',
  bannerTitle: 'This site uses cookies',
  bannerText:
    'We use cookies to make this site work. With your consent, we also use them to measure our audience and show relevant ads. You can change your choice at any time.',
  learnMore: 'Learn more',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Optional cookies stay off unless you switch them on. Strictly necessary cookies are always on: the site cannot work without them.',
  save: 'Save preferences',
  close: 'Close',
  alwaysOn: 'Always on',
  services: 'Services',
  cookieSettings: 'Cookie settings',
  gpcNotice: 'Your browser sends a Global Privacy Control signal: “Accept all” leaves advertising off.',
  necessaryTitle: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work and to remember your choice.',
  functionalTitle: 'Functional',
  functionalDescription: 'Remember your settings and enable features such as comments.',
  analyticsTitle: 'Analytics',
  analyticsDescription: 'Count visits and see which articles are read, so we can improve the site.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Let us and our partners show and measure ads that match your interests.',
  // A blocked embed (docs/contract.md §4). {name}: the service's title, else embedContent; {category}: the category's title.
  embedLabel: '{name} (blocked)',
  embedMessage: '{name} is blocked because you have not allowed {category} cookies.',
  embedAllow: 'Allow {name}',
  embedContent: '{category} content',
};

/** Every UI string, by key. */
export type Strings = typeof en;
/** A UI string key (not the `$` metadata). */
export type StringKey = Exclude<keyof Strings, `$${string}`>;
