import type { TcfStrings } from './en.js';

/** Danish (Dansk): the TCF screens' own strings. */
export default {
  $code: 'da',
  tcfIntro:
    'Vi og vores {count} partnere gemmer og tilgår oplysninger på din enhed, f.eks. cookies, og behandler personoplysninger, f.eks. unikke id’er og browserdata, til disse formål:',
  tcfPartnerCount: '{iab} IAB TCF-leverandører og {other} andre partnere',
  tcfSpecialFeaturesNote: '“Accepter alle” tillader også:',
  tcfLegitimateInterestNote:
    'Nogle partnere behandler dine data uden dit samtykke på grundlag af deres legitime interesse. Du har ret til at gøre indsigelse under “Tilpas indstillinger”.',
  tcfScope: 'Dit valg gælder kun for dette websted.',
  tcfChangeMind: 'Du kan til enhver tid ændre dit valg og trække dit samtykke tilbage i cookieindstillingerne.',
  tcfVendorsLink: 'Se vores partnere',
  tcfPurposes: 'Formål',
  tcfConsent: 'Samtykke',
  tcfLegitimateInterest: 'Legitim interesse',
  tcfSpecialPurposes: 'Særlige formål',
  tcfFeatures: 'Funktioner',
  tcfSpecialFeatures: 'Særlige funktioner',
  tcfVendors: 'IAB TCF-leverandører',
  tcfOtherPartners: 'Andre partnere',
  tcfDataCategories: 'Anvendte data',
  tcfRetention: 'Data opbevares i {days} dage',
  tcfCookies: 'Cookies opbevares i op til {days} dage',
  tcfCookieRefresh: 'Deres levetid starter forfra ved hvert besøg',
  tcfNoCookies: 'Bruger ingen cookies',
  tcfNonCookieAccess: 'Gemmer eller læser også andre oplysninger på din enhed',
  tcfPrivacyPolicy: 'Privatlivspolitik',
  tcfLegitimateInterestClaim: 'Dens legitime interesse',
  tcfDeviceStorage: 'Hvad den gemmer på din enhed',
  tcfUnavailable: 'Ikke tilgængelig',
} satisfies TcfStrings;
