import type { TcfStrings } from './en.js';

/** Italian (Italiano): the TCF screens' own strings. */
export default {
  $code: 'it',
  tcfIntro:
    'Noi e i nostri {count} partner archiviamo informazioni sul tuo dispositivo e vi accediamo, come i cookie, e trattiamo dati personali, come identificatori univoci e dati di navigazione, per queste finalità:',
  tcfPartnerCount: '{iab} fornitori IAB TCF e {other} altri partner',
  tcfSpecialFeaturesNote: '«Accetta tutti» consente anche:',
  tcfLegitimateInterestNote:
    'Alcuni partner trattano i tuoi dati senza chiedere il consenso, sulla base del loro legittimo interesse. Hai il diritto di opporti in «Gestisci preferenze».',
  tcfScope: 'La tua scelta vale solo per questo sito.',
  tcfChangeMind: 'Puoi cambiare idea e revocare il consenso in qualsiasi momento nelle impostazioni dei cookie.',
  tcfVendorsLink: 'Vedi i nostri partner',
  tcfPurposes: 'Finalità',
  tcfConsent: 'Consenso',
  tcfLegitimateInterest: 'Legittimo interesse',
  tcfSpecialPurposes: 'Finalità speciali',
  tcfFeatures: 'Funzionalità',
  tcfSpecialFeatures: 'Funzionalità speciali',
  tcfVendors: 'Fornitori IAB TCF',
  tcfOtherPartners: 'Altri partner',
  tcfDataCategories: 'Dati utilizzati',
  tcfRetention: 'Dati conservati per {days} giorni',
  tcfCookies: 'Cookie conservati fino a {days} giorni',
  tcfCookieRefresh: 'La loro durata riparte a ogni visita',
  tcfNoCookies: 'Non usa cookie',
  tcfNonCookieAccess: 'Archivia o legge anche altre informazioni sul tuo dispositivo',
  tcfPrivacyPolicy: 'Informativa sulla privacy',
  tcfLegitimateInterestClaim: 'Il suo legittimo interesse',
  tcfDeviceStorage: 'Cosa archivia sul tuo dispositivo',
  tcfUnavailable: 'Non disponibile',
} satisfies TcfStrings;
