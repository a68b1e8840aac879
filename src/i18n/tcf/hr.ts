import type { TcfStrings } from './en.js';

/** Croatian (Hrvatski): the TCF screens' own strings. */
export default {
  $code: 'hr',
  tcfIntro:
    'Mi i naši partneri ({count}) pohranjujemo informacije na vašem uređaju i pristupamo im, npr. kolačićima, te obrađujemo osobne podatke, npr. jedinstvene identifikatore i podatke o pregledavanju, u ove svrhe:',
  tcfPartnerCount: 'Dobavljači IAB TCF: {iab}, ostali partneri: {other}',
  tcfSpecialFeaturesNote: '„Prihvati sve” dopušta i:',
  tcfLegitimateInterestNote:
    'Neki partneri obrađuju vaše podatke bez vaše privole, na temelju legitimnog interesa. Imate pravo na prigovor u „Upravljaj postavkama”.',
  tcfScope: 'Vaš izbor vrijedi samo za ovu stranicu.',
  tcfChangeMind: 'Svoj izbor možete u bilo kojem trenutku promijeniti i povući privolu u postavkama kolačića.',
  tcfVendorsLink: 'Pogledajte naše partnere',
  tcfPurposes: 'Svrhe',
  tcfConsent: 'Privola',
  tcfLegitimateInterest: 'Legitimni interes',
  tcfSpecialPurposes: 'Posebne svrhe',
  tcfFeatures: 'Značajke',
  tcfSpecialFeatures: 'Posebne značajke',
  tcfVendors: 'Dobavljači IAB TCF',
  tcfOtherPartners: 'Ostali partneri',
  tcfDataCategories: 'Korišteni podaci',
  tcfRetention: 'Podaci se čuvaju {days} dana',
  tcfCookies: 'Kolačići se čuvaju do {days} dana',
  tcfCookieRefresh: 'Njihovo trajanje počinje iznova pri svakom posjetu',
  tcfNoCookies: 'Ne koristi kolačiće',
  tcfNonCookieAccess: 'Pohranjuje ili čita i druge informacije na vašem uređaju',
  tcfPrivacyPolicy: 'Pravila o privatnosti',
  tcfLegitimateInterestClaim: 'Njegov legitimni interes',
  tcfDeviceStorage: 'Što pohranjuje na vašem uređaju',
  tcfUnavailable: 'Nije dostupno',
} satisfies TcfStrings;
