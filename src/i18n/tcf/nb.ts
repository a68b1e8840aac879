import type { TcfStrings } from './en.js';

/** Norwegian Bokmål (Norsk bokmål): the TCF screens' own strings. */
export default {
  $code: 'nb',
  tcfIntro:
    'Vi og våre {count} partnere lagrer og leser informasjon på enheten din, for eksempel informasjonskapsler, og behandler personopplysninger, for eksempel unike ID-er og nettleserdata, til disse formålene:',
  tcfPartnerCount: '{iab} IAB TCF-leverandører og {other} andre partnere',
  tcfSpecialFeaturesNote: '«Godta alle» tillater også:',
  tcfLegitimateInterestNote:
    'Noen partnere behandler dataene dine uten samtykke, på grunnlag av sin berettigede interesse. Du har rett til å protestere mot dette under «Tilpass innstillinger».',
  tcfScope: 'Valget ditt gjelder bare dette nettstedet.',
  tcfChangeMind:
    'Du kan når som helst ombestemme deg og trekke tilbake samtykket i innstillingene for informasjonskapsler.',
  tcfVendorsLink: 'Se partnerne våre',
  tcfPurposes: 'Formål',
  tcfConsent: 'Samtykke',
  tcfLegitimateInterest: 'Berettiget interesse',
  tcfSpecialPurposes: 'Spesielle formål',
  tcfFeatures: 'Funksjoner',
  tcfSpecialFeatures: 'Spesielle funksjoner',
  tcfVendors: 'IAB TCF-leverandører',
  tcfOtherPartners: 'Andre partnere',
  tcfDataCategories: 'Data som brukes',
  tcfRetention: 'Data lagres i {days} dager',
  tcfCookies: 'Informasjonskapsler lagres i opptil {days} dager',
  tcfCookieRefresh: 'Levetiden starter på nytt ved hvert besøk',
  tcfNoCookies: 'Bruker ingen informasjonskapsler',
  tcfNonCookieAccess: 'Lagrer eller leser også annen informasjon på enheten din',
  tcfPrivacyPolicy: 'Personvernerklæring',
  tcfLegitimateInterestClaim: 'Dens berettigede interesse',
  tcfDeviceStorage: 'Hva den lagrer på enheten din',
  tcfUnavailable: 'Ikke tilgjengelig',
} satisfies TcfStrings;
