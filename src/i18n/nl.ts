import type { Strings } from './en.js';

/** Dutch (Nederlands). */
export default {
  $code: 'nl',
  $dir: 'ltr',
  bannerTitle: 'Deze website gebruikt cookies',
  bannerText:
    'We gebruiken cookies om deze website te laten werken. Met uw toestemming gebruiken we ze ook om ons bereik te meten en relevante advertenties te tonen. U kunt uw keuze altijd wijzigen.',
  learnMore: 'Meer informatie',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  manage: 'Voorkeuren beheren',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText:
    'Optionele cookies blijven uitgeschakeld, tenzij u ze inschakelt. Strikt noodzakelijke cookies zijn altijd ingeschakeld: zonder deze cookies kan de website niet werken.',
  save: 'Voorkeuren opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  services: 'Diensten',
  cookieSettings: 'Cookie-instellingen',
  gpcNotice: 'Uw browser stuurt een Global Privacy Control-signaal, dus ‘Alles accepteren’ zet advertenties niet aan.',
  necessaryTitle: 'Strikt noodzakelijk',
  necessaryDescription: 'Nodig om de website te laten werken en om uw keuze te onthouden.',
  functionalTitle: 'Functioneel',
  functionalDescription: 'Onthouden uw instellingen en maken functies zoals reacties mogelijk.',
  analyticsTitle: 'Analytisch',
  analyticsDescription:
    'Tellen bezoeken en laten zien welke artikelen worden gelezen, zodat we de website kunnen verbeteren.',
  marketingTitle: 'Marketing',
  marketingDescription: 'Laten ons en onze partners advertenties tonen en meten die aansluiten bij uw interesses.',
  embedLabel: '{name} (geblokkeerd)',
  embedMessage: '{name} is geblokkeerd omdat u cookies uit de categorie {category} niet hebt toegestaan.',
  embedAllow: '{name} toestaan',
  embedContent: 'Inhoud uit de categorie {category}',
} satisfies Strings;
