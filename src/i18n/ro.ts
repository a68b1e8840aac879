import type { Strings } from './en.js';

/** Romanian (română). */
export default {
  $code: 'ro',
  $dir: 'ltr',
  bannerTitle: 'Acest site folosește cookie-uri',
  bannerText:
    'Folosim cookie-uri pentru ca site-ul să funcționeze. Cu acordul dumneavoastră, le folosim și pentru a ne măsura audiența și a vă afișa reclame relevante. Vă puteți schimba opțiunea oricând.',
  learnMore: 'Aflați mai multe',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  manage: 'Gestionați opțiunile',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText:
    'Cookie-urile opționale rămân dezactivate dacă nu le activați. Cookie-urile strict necesare sunt mereu active: fără ele, site-ul nu poate funcționa.',
  save: 'Salvați preferințele',
  close: 'Închideți',
  alwaysOn: 'Mereu active',
  services: 'Servicii',
  cookieSettings: 'Setări cookie-uri',
  gpcNotice:
    'Browserul dumneavoastră trimite semnalul Global Privacy Control: „Acceptați toate” lasă publicitatea dezactivată.',
  necessaryTitle: 'Strict necesare',
  necessaryDescription: 'Necesare pentru funcționarea site-ului și pentru a vă reține opțiunea.',
  functionalTitle: 'Funcționale',
  functionalDescription: 'Rețin setările dumneavoastră și permit funcții precum comentariile.',
  analyticsTitle: 'Analitice',
  analyticsDescription: 'Numără vizitele și arată ce articole sunt citite, ca să putem îmbunătăți site-ul.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Ne permit nouă și partenerilor noștri să afișăm și să măsurăm reclame potrivite intereselor dumneavoastră.',
  embedLabel: 'Conținut blocat: {name}',
  embedMessage: 'Am blocat {name} deoarece nu ați permis cookie-urile din categoria „{category}”.',
  embedAllow: 'Permiteți {name}',
  embedContent: 'conținutul „{category}”',
} satisfies Strings;
