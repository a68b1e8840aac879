/**
 * English TCF strings (docs/tcf.md): the texts of the TCF screens that are ours, not the Global
 * Vendor List's (purposes, features and stacks come from its translations). Only the TCF screens
 * (dist/cookie-consent-tcf-ui.min.js) carry them; every shipped language has its own file here,
 * built as dist/i18n/tcf/<code>.json and fetched by those screens alone, so that a site without
 * TCF never downloads a TCF word. Placeholders: {count}, {iab}, {other}, {days}.
 */
export const tcfEn = {
  $code: 'en',
  tcfIntro:
    'We and our {count} partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and browsing data, for these purposes:',
  tcfPartnerCount: '{iab} IAB TCF vendors and {other} other partners',
  tcfSpecialFeaturesNote: '“Accept all” also allows:',
  tcfLegitimateInterestNote:
    'Some partners process your data without asking for your consent, on the basis of their legitimate interest. You have the right to object to this in “Manage preferences”.',
  tcfScope: 'Your choice applies to this site only.',
  tcfChangeMind: 'You can change your mind and withdraw your consent at any time in the cookie settings.',
  tcfVendorsLink: 'See our partners',
  tcfPurposes: 'Purposes',
  tcfConsent: 'Consent',
  tcfLegitimateInterest: 'Legitimate interest',
  tcfSpecialPurposes: 'Special purposes',
  tcfFeatures: 'Features',
  tcfSpecialFeatures: 'Special features',
  tcfVendors: 'IAB TCF vendors',
  tcfOtherPartners: 'Other partners',
  tcfDataCategories: 'Data used',
  tcfRetention: 'Data kept for {days} days',
  tcfCookies: 'Cookies kept for up to {days} days',
  tcfCookieRefresh: 'Their lifetime starts again on each visit',
  tcfNoCookies: 'Uses no cookies',
  tcfNonCookieAccess: 'Also stores or reads other information on your device',
  tcfPrivacyPolicy: 'Privacy policy',
  tcfLegitimateInterestClaim: 'Its legitimate interest',
  tcfDeviceStorage: 'What it stores on your device',
  tcfUnavailable: 'Not available',
};

/** Every TCF string, by key. */
export type TcfStrings = typeof tcfEn;
/** A TCF string key (not the `$` metadata). */
export type TcfStringKey = Exclude<keyof TcfStrings, `$${string}`>;
