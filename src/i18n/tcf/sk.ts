import type { TcfStrings } from './en.js';

/** Slovak (Slovenčina): the TCF screens' own strings. */
export default {
  $code: 'sk',
  tcfIntro:
    'My a naši partneri ({count}) ukladáme informácie vo vašom zariadení a pristupujeme k nim, napríklad k súborom cookie, a spracúvame osobné údaje, napríklad jedinečné identifikátory a údaje o prehliadaní, na tieto účely:',
  tcfPartnerCount: 'Dodávatelia IAB TCF: {iab}, ďalší partneri: {other}',
  tcfSpecialFeaturesNote: '„Prijať všetky“ povolí aj:',
  tcfLegitimateInterestNote:
    'Niektorí partneri spracúvajú vaše údaje bez vášho súhlasu na základe svojho oprávneného záujmu. Máte právo namietať v časti „Spravovať predvoľby“.',
  tcfScope: 'Vaša voľba platí len pre túto stránku.',
  tcfChangeMind: 'Svoju voľbu môžete kedykoľvek zmeniť a súhlas odvolať v nastaveniach súborov cookie.',
  tcfVendorsLink: 'Zobraziť našich partnerov',
  tcfPurposes: 'Účely',
  tcfConsent: 'Súhlas',
  tcfLegitimateInterest: 'Oprávnený záujem',
  tcfSpecialPurposes: 'Osobitné účely',
  tcfFeatures: 'Funkcie',
  tcfSpecialFeatures: 'Osobitné funkcie',
  tcfVendors: 'Dodávatelia IAB TCF',
  tcfOtherPartners: 'Ďalší partneri',
  tcfDataCategories: 'Používané údaje',
  tcfRetention: 'Údaje sa uchovávajú {days} dní',
  tcfCookies: 'Súbory cookie sa uchovávajú až {days} dní',
  tcfCookieRefresh: 'Ich platnosť sa pri každej návšteve začína znova',
  tcfNoCookies: 'Nepoužíva súbory cookie',
  tcfNonCookieAccess: 'Ukladá alebo číta vo vašom zariadení aj iné informácie',
  tcfPrivacyPolicy: 'Zásady ochrany súkromia',
  tcfLegitimateInterestClaim: 'Jeho oprávnený záujem',
  tcfDeviceStorage: 'Čo ukladá vo vašom zariadení',
  tcfUnavailable: 'Nie je k dispozícii',
} satisfies TcfStrings;
