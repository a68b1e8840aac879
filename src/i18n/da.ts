import type { Strings } from './en.js';

/** Danish (dansk). */
export default {
  $code: 'da',
  $dir: 'ltr',
  bannerTitle: 'Dette websted bruger cookies',
  bannerText:
    'Vi bruger cookies for at få webstedet til at fungere. Med dit samtykke bruger vi dem også til at måle vores trafik og vise relevante annoncer. Du kan til enhver tid ændre dit valg.',
  learnMore: 'Læs mere',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  manage: 'Tilpas indstillinger',
  preferencesTitle: 'Dine valg af cookies',
  preferencesText:
    'Valgfrie cookies forbliver slået fra, medmindre du slår dem til. Strengt nødvendige cookies er altid slået til: Uden dem kan webstedet ikke fungere.',
  save: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid slået til',
  services: 'Tjenester',
  cookieSettings: 'Cookieindstillinger',
  gpcNotice:
    'Din browser sender et Global Privacy Control-signal: Vælger du »Accepter alle«, forbliver annoncering slået fra.',
  necessaryTitle: 'Strengt nødvendige',
  necessaryDescription: 'Nødvendige for at webstedet kan fungere og huske dit valg.',
  functionalTitle: 'Funktionelle',
  functionalDescription: 'Husker dine indstillinger og giver adgang til funktioner som kommentarer.',
  analyticsTitle: 'Statistik',
  analyticsDescription: 'Tæller besøg og viser, hvilke artikler der bliver læst, så vi kan forbedre webstedet.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Lader os og vores partnere vise og måle annoncer, der passer til dine interesser.',
  embedLabel: 'Blokeret: {name}',
  embedMessage: 'Vi har blokeret {name}, fordi du ikke har tilladt cookies i kategorien »{category}«.',
  embedAllow: 'Tillad {name}',
  embedContent: 'indhold i kategorien »{category}«',
} satisfies Strings;
