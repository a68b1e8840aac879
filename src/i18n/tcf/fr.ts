import type { TcfStrings } from './en.js';

/** French (Français): the TCF screens' own strings. */
export default {
  $code: 'fr',
  tcfIntro:
    'Nos {count} partenaires et nous-mêmes stockons des informations sur votre appareil et y accédons, comme les cookies, et traitons des données personnelles, comme des identifiants uniques et des données de navigation, pour les finalités suivantes :',
  tcfPartnerCount: '{iab} fournisseurs IAB TCF et {other} autres partenaires',
  tcfSpecialFeaturesNote: '« Tout accepter » autorise aussi :',
  tcfLegitimateInterestNote:
    'Certains partenaires traitent vos données sans votre consentement, sur la base de leur intérêt légitime. Vous avez le droit de vous y opposer dans « Gérer les préférences ».',
  tcfScope: 'Votre choix ne s’applique qu’à ce site.',
  tcfChangeMind:
    'Vous pouvez changer d’avis et retirer votre consentement à tout moment dans les paramètres des cookies.',
  tcfVendorsLink: 'Voir nos partenaires',
  tcfPurposes: 'Finalités',
  tcfConsent: 'Consentement',
  tcfLegitimateInterest: 'Intérêt légitime',
  tcfSpecialPurposes: 'Finalités spéciales',
  tcfFeatures: 'Fonctionnalités',
  tcfSpecialFeatures: 'Fonctionnalités spéciales',
  tcfVendors: 'Fournisseurs IAB TCF',
  tcfOtherPartners: 'Autres partenaires',
  tcfDataCategories: 'Données utilisées',
  tcfRetention: 'Données conservées {days} jours',
  tcfCookies: 'Cookies conservés jusqu’à {days} jours',
  tcfCookieRefresh: 'Leur durée repart à chaque visite',
  tcfNoCookies: 'N’utilise aucun cookie',
  tcfNonCookieAccess: 'Stocke ou lit aussi d’autres informations sur votre appareil',
  tcfPrivacyPolicy: 'Politique de confidentialité',
  tcfLegitimateInterestClaim: 'Son intérêt légitime',
  tcfDeviceStorage: 'Ce qu’il stocke sur votre appareil',
  tcfUnavailable: 'Non disponible',
} satisfies TcfStrings;
