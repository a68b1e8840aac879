import type { TcfStrings } from './en.js';

/** Swedish (Svenska): the TCF screens' own strings. */
export default {
  $code: 'sv',
  tcfIntro:
    'Vi och våra {count} partner lagrar och läser information på din enhet, till exempel kakor, och behandlar personuppgifter, till exempel unika id:n och surfdata, för dessa ändamål:',
  tcfPartnerCount: '{iab} IAB TCF-leverantörer och {other} andra partner',
  tcfSpecialFeaturesNote: '”Godkänn alla” tillåter också:',
  tcfLegitimateInterestNote:
    'Vissa partner behandlar dina uppgifter utan ditt samtycke, med stöd av sitt berättigade intresse. Du har rätt att invända mot det under ”Hantera inställningar”.',
  tcfScope: 'Ditt val gäller bara den här webbplatsen.',
  tcfChangeMind: 'Du kan när som helst ändra ditt val och återkalla ditt samtycke i kakinställningarna.',
  tcfVendorsLink: 'Se våra partner',
  tcfPurposes: 'Ändamål',
  tcfConsent: 'Samtycke',
  tcfLegitimateInterest: 'Berättigat intresse',
  tcfSpecialPurposes: 'Särskilda ändamål',
  tcfFeatures: 'Funktioner',
  tcfSpecialFeatures: 'Särskilda funktioner',
  tcfVendors: 'IAB TCF-leverantörer',
  tcfOtherPartners: 'Andra partner',
  tcfDataCategories: 'Uppgifter som används',
  tcfRetention: 'Uppgifter sparas i {days} dagar',
  tcfCookies: 'Kakor sparas i upp till {days} dagar',
  tcfCookieRefresh: 'Deras livslängd börjar om vid varje besök',
  tcfNoCookies: 'Använder inga kakor',
  tcfNonCookieAccess: 'Lagrar eller läser även annan information på din enhet',
  tcfPrivacyPolicy: 'Integritetspolicy',
  tcfLegitimateInterestClaim: 'Dess berättigade intresse',
  tcfDeviceStorage: 'Vad den lagrar på din enhet',
  tcfUnavailable: 'Inte tillgängligt',
} satisfies TcfStrings;
