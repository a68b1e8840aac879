import type { TcfStrings } from './en.js';

/** Estonian (Eesti): the TCF screens' own strings. */
export default {
  $code: 'et',
  tcfIntro:
    'Meie ja meie {count} partnerit salvestame teie seadmesse teavet ja loeme seda, näiteks küpsiseid, ning töötleme isikuandmeid, näiteks unikaalseid tunnuseid ja sirvimisandmeid, järgmistel eesmärkidel:',
  tcfPartnerCount: 'IAB TCF-i tarnijaid: {iab}, muid partnereid: {other}',
  tcfSpecialFeaturesNote: '„Nõustu kõigiga“ lubab ka:',
  tcfLegitimateInterestNote:
    'Mõni partner töötleb teie andmeid ilma teie nõusolekuta, oma õigustatud huvi alusel. Teil on õigus esitada vastuväide jaotises „Halda eelistusi“.',
  tcfScope: 'Teie valik kehtib ainult sellel saidil.',
  tcfChangeMind: 'Saate oma valikut igal ajal muuta ja nõusoleku tagasi võtta küpsiste seadetes.',
  tcfVendorsLink: 'Vaata meie partnereid',
  tcfPurposes: 'Eesmärgid',
  tcfConsent: 'Nõusolek',
  tcfLegitimateInterest: 'Õigustatud huvi',
  tcfSpecialPurposes: 'Eriotstarbed',
  tcfFeatures: 'Funktsioonid',
  tcfSpecialFeatures: 'Erifunktsioonid',
  tcfVendors: 'IAB TCF-i tarnijad',
  tcfOtherPartners: 'Muud partnerid',
  tcfDataCategories: 'Kasutatavad andmed',
  tcfRetention: 'Andmeid säilitatakse {days} päeva',
  tcfCookies: 'Küpsiseid säilitatakse kuni {days} päeva',
  tcfCookieRefresh: 'Nende kehtivus algab igal külastusel uuesti',
  tcfNoCookies: 'Ei kasuta küpsiseid',
  tcfNonCookieAccess: 'Salvestab või loeb teie seadmes ka muud teavet',
  tcfPrivacyPolicy: 'Privaatsuspoliitika',
  tcfLegitimateInterestClaim: 'Tema õigustatud huvi',
  tcfDeviceStorage: 'Mida see teie seadmesse salvestab',
  tcfUnavailable: 'Pole saadaval',
} satisfies TcfStrings;
