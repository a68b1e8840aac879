import type { TcfStrings } from './en.js';

/** Lithuanian (Lietuvių): the TCF screens' own strings. */
export default {
  $code: 'lt',
  tcfIntro:
    'Mes ir mūsų partneriai ({count}) saugome informaciją jūsų įrenginyje ir ją pasiekiame, pvz., slapukus, ir tvarkome asmens duomenis, pvz., unikalius identifikatorius ir naršymo duomenis, šiais tikslais:',
  tcfPartnerCount: 'IAB TCF tiekėjai: {iab}, kiti partneriai: {other}',
  tcfSpecialFeaturesNote: '„Priimti visus“ taip pat leidžia:',
  tcfLegitimateInterestNote:
    'Kai kurie partneriai tvarko jūsų duomenis be jūsų sutikimo, remdamiesi teisėtu interesu. Turite teisę nesutikti skiltyje „Tvarkyti nuostatas“.',
  tcfScope: 'Jūsų pasirinkimas galioja tik šioje svetainėje.',
  tcfChangeMind: 'Bet kada galite pakeisti pasirinkimą ir atšaukti sutikimą slapukų nustatymuose.',
  tcfVendorsLink: 'Peržiūrėti mūsų partnerius',
  tcfPurposes: 'Tikslai',
  tcfConsent: 'Sutikimas',
  tcfLegitimateInterest: 'Teisėtas interesas',
  tcfSpecialPurposes: 'Specialieji tikslai',
  tcfFeatures: 'Funkcijos',
  tcfSpecialFeatures: 'Specialiosios funkcijos',
  tcfVendors: 'IAB TCF tiekėjai',
  tcfOtherPartners: 'Kiti partneriai',
  tcfDataCategories: 'Naudojami duomenys',
  tcfRetention: 'Duomenys saugomi {days} d.',
  tcfCookies: 'Slapukai saugomi iki {days} d.',
  tcfCookieRefresh: 'Jų galiojimas prasideda iš naujo kiekvieno apsilankymo metu',
  tcfNoCookies: 'Nenaudoja slapukų',
  tcfNonCookieAccess: 'Jūsų įrenginyje saugo ar skaito ir kitą informaciją',
  tcfPrivacyPolicy: 'Privatumo politika',
  tcfLegitimateInterestClaim: 'Jo teisėtas interesas',
  tcfDeviceStorage: 'Ką jis saugo jūsų įrenginyje',
  tcfUnavailable: 'Nepasiekiama',
} satisfies TcfStrings;
