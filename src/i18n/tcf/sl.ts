import type { TcfStrings } from './en.js';

/** Slovenian (Slovenščina): the TCF screens' own strings. */
export default {
  $code: 'sl',
  tcfIntro:
    'Mi in naši partnerji ({count}) shranjujemo podatke v vaši napravi in dostopamo do njih, na primer piškotke, ter obdelujemo osebne podatke, na primer enolične identifikatorje in podatke o brskanju, za te namene:',
  tcfPartnerCount: 'Ponudniki IAB TCF: {iab}, drugi partnerji: {other}',
  tcfSpecialFeaturesNote: '»Sprejmi vse« dovoli tudi:',
  tcfLegitimateInterestNote:
    'Nekateri partnerji obdelujejo vaše podatke brez vaše privolitve, na podlagi zakonitega interesa. Temu imate pravico ugovarjati v »Upravljaj nastavitve«.',
  tcfScope: 'Vaša izbira velja samo za to spletno mesto.',
  tcfChangeMind: 'Svojo izbiro lahko kadar koli spremenite in privolitev prekličete v nastavitvah piškotkov.',
  tcfVendorsLink: 'Oglejte si naše partnerje',
  tcfPurposes: 'Nameni',
  tcfConsent: 'Privolitev',
  tcfLegitimateInterest: 'Zakoniti interes',
  tcfSpecialPurposes: 'Posebni nameni',
  tcfFeatures: 'Funkcije',
  tcfSpecialFeatures: 'Posebne funkcije',
  tcfVendors: 'Ponudniki IAB TCF',
  tcfOtherPartners: 'Drugi partnerji',
  tcfDataCategories: 'Uporabljeni podatki',
  tcfRetention: 'Podatki se hranijo {days} dni',
  tcfCookies: 'Piškotki se hranijo do {days} dni',
  tcfCookieRefresh: 'Njihova veljavnost se ob vsakem obisku začne znova',
  tcfNoCookies: 'Ne uporablja piškotkov',
  tcfNonCookieAccess: 'V vaši napravi shranjuje ali bere tudi druge podatke',
  tcfPrivacyPolicy: 'Politika zasebnosti',
  tcfLegitimateInterestClaim: 'Njegov zakoniti interes',
  tcfDeviceStorage: 'Kaj shranjuje v vaši napravi',
  tcfUnavailable: 'Ni na voljo',
} satisfies TcfStrings;
