/**
 * English: the default strings (contract §8) and the shape every language must fill.
 * Other languages are typed as `Strings`, so a missing key is a compile error.
 */
export const en = {
  $code: 'en',
  $dir: 'ltr' as 'ltr' | 'rtl',
  bannerTitle: 'This site uses cookies',
  bannerText:
    'We use cookies that the site needs to work. With your consent we also use cookies to measure our audience and to show relevant advertising. You can change your choice at any time under “Cookie settings”.',
  learnMore: 'Learn more',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Optional cookies stay off unless you switch them on. Strictly necessary cookies are always on: the site cannot work without them.',
  save: 'Save preferences',
  close: 'Close',
  alwaysOn: 'Always on',
  services: 'Services',
  cookies: 'Cookies',
  cookieSettings: 'Cookie settings',
  gpcNotice: 'Your browser sends a Global Privacy Control signal, so “Accept all” leaves advertising off.',
  necessaryTitle: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work and to remember your cookie choice. They cannot be switched off.',
  functionalTitle: 'Functional',
  functionalDescription: 'Remember your settings, such as region or text size, and power features like comments.',
  analyticsTitle: 'Analytics',
  analyticsDescription: 'Count visits and see which articles are read, so we can improve the site. The data is aggregated.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Let us and our advertising partners show ads that match your interests, and measure them.',
};

/** Every UI string, by key. */
export type Strings = typeof en;
/** A UI string key (not the `$` metadata). */
export type StringKey = Exclude<keyof Strings, `$${string}`>;
