import type { Strings } from './en.js';

/** French (français). */
export default {
  $code: 'fr',
  $dir: 'ltr',
  bannerTitle: 'Ce site utilise des cookies',
  bannerText:
    'Nous utilisons des cookies pour faire fonctionner ce site. Avec votre consentement, nous les utilisons aussi pour mesurer notre audience et vous proposer des publicités pertinentes. Vous pouvez modifier votre choix à tout moment.',
  learnMore: 'En savoir plus',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  manage: 'Gérer les préférences',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesText:
    'Les cookies facultatifs restent désactivés tant que vous ne les activez pas. Les cookies strictement nécessaires sont toujours actifs : le site ne peut pas fonctionner sans eux.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  services: 'Services',
  cookieSettings: 'Paramètres des cookies',
  gpcNotice:
    'Votre navigateur envoie un signal Global Privacy Control : avec « Tout accepter », la publicité reste désactivée.',
  necessaryTitle: 'Strictement nécessaires',
  necessaryDescription: 'Indispensables au fonctionnement du site et à la mémorisation de votre choix.',
  functionalTitle: 'Fonctionnels',
  functionalDescription: 'Mémorisent vos réglages et activent des fonctionnalités comme les commentaires.',
  analyticsTitle: 'Mesure d’audience',
  analyticsDescription:
    'Comptent les visites et indiquent quels articles sont lus, pour nous aider à améliorer le site.',
  marketingTitle: 'Publicité',
  marketingDescription:
    'Permettent à nos partenaires et à nous-mêmes d’afficher et de mesurer des publicités adaptées à vos centres d’intérêt.',
  embedLabel: 'Contenu bloqué : {name}',
  embedMessage: 'Nous avons bloqué {name}, car vous n’avez pas autorisé les cookies de la catégorie « {category} ».',
  embedAllow: 'Autoriser {name}',
  embedContent: 'le contenu « {category} »',
} satisfies Strings;
