import type { TcfStrings } from './en.js';

/** German (Deutsch): the TCF screens' own strings. */
export default {
  $code: 'de',
  tcfIntro:
    'Wir und unsere {count} Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa auf Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen und Browsing-Daten für diese Zwecke:',
  tcfPartnerCount: '{iab} IAB-TCF-Anbieter und {other} weitere Partner',
  tcfSpecialFeaturesNote: '„Alle akzeptieren“ erlaubt außerdem:',
  tcfLegitimateInterestNote:
    'Einige Partner verarbeiten Ihre Daten ohne Ihre Einwilligung auf Grundlage ihres berechtigten Interesses. Sie haben das Recht, dem unter „Einstellungen anpassen“ zu widersprechen.',
  tcfScope: 'Ihre Auswahl gilt nur für diese Website.',
  tcfChangeMind:
    'Sie können Ihre Auswahl jederzeit in den Cookie-Einstellungen ändern und Ihre Einwilligung widerrufen.',
  tcfVendorsLink: 'Unsere Partner ansehen',
  tcfPurposes: 'Zwecke',
  tcfConsent: 'Einwilligung',
  tcfLegitimateInterest: 'Berechtigtes Interesse',
  tcfSpecialPurposes: 'Besondere Zwecke',
  tcfFeatures: 'Funktionen',
  tcfSpecialFeatures: 'Besondere Funktionen',
  tcfVendors: 'IAB-TCF-Anbieter',
  tcfOtherPartners: 'Weitere Partner',
  tcfDataCategories: 'Verwendete Daten',
  tcfRetention: 'Daten werden {days} Tage gespeichert',
  tcfCookies: 'Cookies werden bis zu {days} Tage gespeichert',
  tcfCookieRefresh: 'Ihre Laufzeit beginnt bei jedem Besuch neu',
  tcfNoCookies: 'Verwendet keine Cookies',
  tcfNonCookieAccess: 'Speichert oder liest auch andere Informationen auf Ihrem Gerät',
  tcfPrivacyPolicy: 'Datenschutzerklärung',
  tcfLegitimateInterestClaim: 'Sein berechtigtes Interesse',
  tcfDeviceStorage: 'Was auf Ihrem Gerät gespeichert wird',
  tcfUnavailable: 'Nicht verfügbar',
} satisfies TcfStrings;
