import type { TcfStrings } from './en.js';

/** Latvian (Latviešu): the TCF screens' own strings. */
export default {
  $code: 'lv',
  tcfIntro:
    'Mēs un mūsu partneri ({count}) glabājam informāciju jūsu ierīcē un piekļūstam tai, piemēram, sīkdatnēm, un apstrādājam personas datus, piemēram, unikālus identifikatorus un pārlūkošanas datus, šādiem nolūkiem:',
  tcfPartnerCount: 'IAB TCF piegādātāji: {iab}, citi partneri: {other}',
  tcfSpecialFeaturesNote: '“Pieņemt visas” atļauj arī:',
  tcfLegitimateInterestNote:
    'Daži partneri apstrādā jūsu datus bez jūsu piekrišanas, pamatojoties uz leģitīmām interesēm. Jums ir tiesības iebilst sadaļā “Pārvaldīt iestatījumus”.',
  tcfScope: 'Jūsu izvēle attiecas tikai uz šo vietni.',
  tcfChangeMind: 'Jebkurā laikā varat mainīt savu izvēli un atsaukt piekrišanu sīkdatņu iestatījumos.',
  tcfVendorsLink: 'Skatīt mūsu partnerus',
  tcfPurposes: 'Nolūki',
  tcfConsent: 'Piekrišana',
  tcfLegitimateInterest: 'Leģitīmās intereses',
  tcfSpecialPurposes: 'Īpašie nolūki',
  tcfFeatures: 'Funkcijas',
  tcfSpecialFeatures: 'Īpašās funkcijas',
  tcfVendors: 'IAB TCF piegādātāji',
  tcfOtherPartners: 'Citi partneri',
  tcfDataCategories: 'Izmantotie dati',
  tcfRetention: 'Dati tiek glabāti {days} dienas',
  tcfCookies: 'Sīkdatnes tiek glabātas līdz {days} dienām',
  tcfCookieRefresh: 'To derīgums sākas no jauna katrā apmeklējumā',
  tcfNoCookies: 'Neizmanto sīkdatnes',
  tcfNonCookieAccess: 'Glabā vai nolasa jūsu ierīcē arī citu informāciju',
  tcfPrivacyPolicy: 'Privātuma politika',
  tcfLegitimateInterestClaim: 'Tā leģitīmās intereses',
  tcfDeviceStorage: 'Ko tas glabā jūsu ierīcē',
  tcfUnavailable: 'Nav pieejams',
} satisfies TcfStrings;
