import type { TcfStrings } from './en.js';

/** Welsh (Cymraeg): the TCF screens' own strings. */
export default {
  $code: 'cy',
  tcfIntro:
    'Rydym ni a’n {count} partner yn storio ac yn cyrchu gwybodaeth ar eich dyfais, fel cwcis, ac yn prosesu data personol, fel dynodwyr unigryw a data pori, at y dibenion hyn:',
  tcfPartnerCount: '{iab} gwerthwr IAB TCF a {other} partner arall',
  tcfSpecialFeaturesNote: 'Mae “Derbyn y cyfan” hefyd yn caniatáu:',
  tcfLegitimateInterestNote:
    'Mae rhai partneriaid yn prosesu eich data heb ofyn am eich caniatâd, ar sail eu buddiant dilys. Mae gennych hawl i wrthwynebu hyn yn “Rheoli dewisiadau”.',
  tcfScope: 'Mae eich dewis yn berthnasol i’r wefan hon yn unig.',
  tcfChangeMind: 'Gallwch newid eich meddwl a thynnu eich caniatâd yn ôl unrhyw bryd yn y gosodiadau cwcis.',
  tcfVendorsLink: 'Gweld ein partneriaid',
  tcfPurposes: 'Dibenion',
  tcfConsent: 'Caniatâd',
  tcfLegitimateInterest: 'Buddiant dilys',
  tcfSpecialPurposes: 'Dibenion arbennig',
  tcfFeatures: 'Nodweddion',
  tcfSpecialFeatures: 'Nodweddion arbennig',
  tcfVendors: 'Gwerthwyr IAB TCF',
  tcfOtherPartners: 'Partneriaid eraill',
  tcfDataCategories: 'Data a ddefnyddir',
  tcfRetention: 'Cedwir data am {days} diwrnod',
  tcfCookies: 'Cedwir cwcis am hyd at {days} diwrnod',
  tcfCookieRefresh: 'Mae eu hoes yn ailddechrau bob ymweliad',
  tcfNoCookies: 'Nid yw’n defnyddio cwcis',
  tcfNonCookieAccess: 'Mae hefyd yn storio neu’n darllen gwybodaeth arall ar eich dyfais',
  tcfPrivacyPolicy: 'Polisi preifatrwydd',
  tcfLegitimateInterestClaim: 'Ei fuddiant dilys',
  tcfDeviceStorage: 'Beth mae’n ei storio ar eich dyfais',
  tcfUnavailable: 'Ddim ar gael',
} satisfies TcfStrings;
