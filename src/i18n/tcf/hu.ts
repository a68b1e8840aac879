import type { TcfStrings } from './en.js';

/** Hungarian (Magyar): the TCF screens' own strings. */
export default {
  $code: 'hu',
  tcfIntro:
    'Mi és {count} partnerünk információkat tárolunk az eszközén és hozzáférünk azokhoz, például sütikhez, valamint személyes adatokat kezelünk, például egyedi azonosítókat és böngészési adatokat, az alábbi célokra:',
  tcfPartnerCount: '{iab} IAB TCF-szolgáltató és {other} további partner',
  tcfSpecialFeaturesNote: 'Az „Összes elfogadása” ezeket is engedélyezi:',
  tcfLegitimateInterestNote:
    'Egyes partnerek az Ön hozzájárulása nélkül, jogos érdekük alapján kezelik az adatait. Ön ez ellen tiltakozhat a „Beállítások kezelése” alatt.',
  tcfScope: 'A választása csak erre a webhelyre vonatkozik.',
  tcfChangeMind: 'Választását bármikor módosíthatja, és hozzájárulását visszavonhatja a sütibeállításokban.',
  tcfVendorsLink: 'Partnereink megtekintése',
  tcfPurposes: 'Célok',
  tcfConsent: 'Hozzájárulás',
  tcfLegitimateInterest: 'Jogos érdek',
  tcfSpecialPurposes: 'Különleges célok',
  tcfFeatures: 'Funkciók',
  tcfSpecialFeatures: 'Különleges funkciók',
  tcfVendors: 'IAB TCF-szolgáltatók',
  tcfOtherPartners: 'További partnerek',
  tcfDataCategories: 'Felhasznált adatok',
  tcfRetention: 'Az adatokat {days} napig őrzi',
  tcfCookies: 'A sütiket legfeljebb {days} napig őrzi',
  tcfCookieRefresh: 'Élettartamuk minden látogatáskor újraindul',
  tcfNoCookies: 'Nem használ sütiket',
  tcfNonCookieAccess: 'Más információkat is tárol vagy olvas az eszközén',
  tcfPrivacyPolicy: 'Adatvédelmi tájékoztató',
  tcfLegitimateInterestClaim: 'Jogos érdeke',
  tcfDeviceStorage: 'Mit tárol az eszközén',
  tcfUnavailable: 'Nem elérhető',
} satisfies TcfStrings;
