import type { TcfStrings } from './en.js';

/** Romanian (Română): the TCF screens' own strings. */
export default {
  $code: 'ro',
  tcfIntro:
    'Noi și cei {count} parteneri ai noștri stocăm și accesăm informații pe dispozitivul dumneavoastră, cum ar fi cookie-urile, și prelucrăm date cu caracter personal, cum ar fi identificatori unici și date de navigare, în aceste scopuri:',
  tcfPartnerCount: '{iab} furnizori IAB TCF și {other} alți parteneri',
  tcfSpecialFeaturesNote: '„Acceptați toate” permite și:',
  tcfLegitimateInterestNote:
    'Unii parteneri vă prelucrează datele fără consimțământul dumneavoastră, în temeiul interesului lor legitim. Aveți dreptul să vă opuneți în „Gestionați opțiunile”.',
  tcfScope: 'Alegerea dumneavoastră se aplică doar acestui site.',
  tcfChangeMind: 'Vă puteți schimba oricând alegerea și vă puteți retrage consimțământul din setările cookie-urilor.',
  tcfVendorsLink: 'Vedeți partenerii noștri',
  tcfPurposes: 'Scopuri',
  tcfConsent: 'Consimțământ',
  tcfLegitimateInterest: 'Interes legitim',
  tcfSpecialPurposes: 'Scopuri speciale',
  tcfFeatures: 'Funcționalități',
  tcfSpecialFeatures: 'Funcționalități speciale',
  tcfVendors: 'Furnizori IAB TCF',
  tcfOtherPartners: 'Alți parteneri',
  tcfDataCategories: 'Date folosite',
  tcfRetention: 'Date păstrate {days} zile',
  tcfCookies: 'Cookie-uri păstrate până la {days} zile',
  tcfCookieRefresh: 'Durata lor reîncepe la fiecare vizită',
  tcfNoCookies: 'Nu folosește cookie-uri',
  tcfNonCookieAccess: 'Stochează sau citește și alte informații pe dispozitivul dumneavoastră',
  tcfPrivacyPolicy: 'Politica de confidențialitate',
  tcfLegitimateInterestClaim: 'Interesul său legitim',
  tcfDeviceStorage: 'Ce stochează pe dispozitivul dumneavoastră',
  tcfUnavailable: 'Indisponibil',
} satisfies TcfStrings;
