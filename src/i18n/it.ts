import type { Strings } from './en.js';

/** Italian (italiano). */
export default {
  $code: 'it',
  $dir: 'ltr',
  bannerTitle: 'Questo sito utilizza i cookie',
  bannerText:
    'Utilizziamo i cookie per far funzionare il sito. Con il suo consenso, li usiamo anche per misurare il nostro pubblico e mostrarle annunci pertinenti. Può modificare la sua scelta in qualsiasi momento.',
  learnMore: 'Maggiori informazioni',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  manage: 'Gestisci preferenze',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText:
    'I cookie facoltativi restano disattivati finché non li attiva. I cookie strettamente necessari sono sempre attivi: senza di essi il sito non può funzionare.',
  save: 'Salva preferenze',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  services: 'Servizi',
  cookieSettings: 'Impostazioni cookie',
  gpcNotice:
    'Il suo browser invia il segnale Global Privacy Control: «Accetta tutti» lascia disattivata la pubblicità.',
  necessaryTitle: 'Strettamente necessari',
  necessaryDescription: 'Servono al funzionamento del sito e a ricordare la sua scelta.',
  functionalTitle: 'Funzionali',
  functionalDescription: 'Ricordano le sue impostazioni e attivano funzioni come i commenti.',
  analyticsTitle: 'Analitici',
  analyticsDescription: 'Contano le visite e mostrano quali articoli vengono letti, così possiamo migliorare il sito.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Consentono a noi e ai nostri partner di mostrare e misurare annunci in linea con i suoi interessi.',
  embedLabel: 'Contenuto bloccato: {name}',
  embedMessage: 'Abbiamo bloccato {name} perché non ha consentito i cookie della categoria «{category}».',
  embedAllow: 'Consenti {name}',
  embedContent: 'i contenuti «{category}»',
} satisfies Strings;
