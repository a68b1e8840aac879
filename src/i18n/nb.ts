import type { Strings } from './en.js';

/** Norwegian Bokmål (norsk bokmål). */
export default {
  $code: 'nb',
  $dir: 'ltr',
  bannerTitle: 'Dette nettstedet bruker informasjonskapsler',
  bannerText:
    'Vi bruker informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke bruker vi dem også til å måle hvor mange som leser oss, og til å vise relevante annonser. Du kan når som helst endre valget ditt.',
  learnMore: 'Les mer',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  manage: 'Tilpass innstillinger',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesText:
    'Valgfrie informasjonskapsler forblir avslått med mindre du slår dem på. Strengt nødvendige informasjonskapsler er alltid på: nettstedet fungerer ikke uten dem.',
  save: 'Lagre innstillinger',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  services: 'Tjenester',
  cookieSettings: 'Informasjonskapsler',
  gpcNotice: 'Nettleseren din sender signalet Global Privacy Control, så med «Godta alle» forblir annonsering avslått.',
  necessaryTitle: 'Strengt nødvendige',
  necessaryDescription: 'Trengs for at nettstedet skal fungere, og for å huske valget ditt.',
  functionalTitle: 'Funksjonelle',
  functionalDescription: 'Husker innstillingene dine og aktiverer funksjoner som kommentarer.',
  analyticsTitle: 'Analyse',
  analyticsDescription: 'Teller besøk og viser hvilke artikler som blir lest, slik at vi kan forbedre nettstedet.',
  marketingTitle: 'Markedsføring',
  marketingDescription: 'Lar oss og våre partnere vise og måle annonser som er tilpasset interessene dine.',
  embedLabel: '{name} (blokkert)',
  embedMessage: '{name} er blokkert fordi du ikke har tillatt informasjonskapsler i kategorien {category}.',
  embedAllow: 'Tillat {name}',
  embedContent: 'Innhold i kategorien {category}',
} satisfies Strings;
