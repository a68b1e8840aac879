import type { TcfStrings } from './en.js';

/** Dutch (Nederlands): the TCF screens' own strings. */
export default {
  $code: 'nl',
  tcfIntro:
    'Wij en onze {count} partners slaan informatie op uw apparaat op en lezen die uit, zoals cookies, en verwerken persoonsgegevens, zoals unieke ID’s en surfgegevens, voor deze doeleinden:',
  tcfPartnerCount: '{iab} IAB TCF-leveranciers en {other} andere partners',
  tcfSpecialFeaturesNote: '‘Alles accepteren’ staat ook toe:',
  tcfLegitimateInterestNote:
    'Sommige partners verwerken uw gegevens zonder uw toestemming, op grond van hun gerechtvaardigd belang. U hebt het recht daartegen bezwaar te maken via ‘Voorkeuren beheren’.',
  tcfScope: 'Uw keuze geldt alleen voor deze site.',
  tcfChangeMind: 'U kunt uw keuze op elk moment wijzigen en uw toestemming intrekken in de cookie-instellingen.',
  tcfVendorsLink: 'Bekijk onze partners',
  tcfPurposes: 'Doeleinden',
  tcfConsent: 'Toestemming',
  tcfLegitimateInterest: 'Gerechtvaardigd belang',
  tcfSpecialPurposes: 'Speciale doeleinden',
  tcfFeatures: 'Functies',
  tcfSpecialFeatures: 'Speciale functies',
  tcfVendors: 'IAB TCF-leveranciers',
  tcfOtherPartners: 'Andere partners',
  tcfDataCategories: 'Gebruikte gegevens',
  tcfRetention: 'Gegevens {days} dagen bewaard',
  tcfCookies: 'Cookies tot {days} dagen bewaard',
  tcfCookieRefresh: 'Hun looptijd begint bij elk bezoek opnieuw',
  tcfNoCookies: 'Gebruikt geen cookies',
  tcfNonCookieAccess: 'Slaat ook andere informatie op uw apparaat op of leest die uit',
  tcfPrivacyPolicy: 'Privacybeleid',
  tcfLegitimateInterestClaim: 'Zijn gerechtvaardigd belang',
  tcfDeviceStorage: 'Wat het op uw apparaat opslaat',
  tcfUnavailable: 'Niet beschikbaar',
} satisfies TcfStrings;
