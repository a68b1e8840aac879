import type { Strings } from './en.js';

/** German (Deutsch). */
export default {
  $code: 'de',
  $dir: 'ltr',
  bannerTitle: 'Diese Website verwendet Cookies',
  bannerText:
    'Wir verwenden Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung nutzen wir sie auch, um unsere Reichweite zu messen und Ihnen relevante Werbung zu zeigen. Sie können Ihre Auswahl jederzeit ändern.',
  learnMore: 'Mehr erfahren',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  manage: 'Einstellungen anpassen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Optionale Cookies bleiben ausgeschaltet, solange Sie sie nicht einschalten. Unbedingt erforderliche Cookies sind immer aktiv: Ohne sie funktioniert die Website nicht.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste',
  cookieSettings: 'Cookie-Einstellungen',
  gpcNotice:
    'Ihr Browser sendet ein Global-Privacy-Control-Signal: Bei „Alle akzeptieren“ bleibt Werbung ausgeschaltet.',
  necessaryTitle: 'Unbedingt erforderlich',
  necessaryDescription: 'Nötig, damit die Website funktioniert und sich Ihre Auswahl merken kann.',
  functionalTitle: 'Funktional',
  functionalDescription: 'Speichern Ihre Einstellungen und ermöglichen Funktionen wie Kommentare.',
  analyticsTitle: 'Analyse',
  analyticsDescription:
    'Zählen Besuche und zeigen, welche Artikel gelesen werden, damit wir die Website verbessern können.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Ermöglichen uns und unseren Partnern, Werbung passend zu Ihren Interessen anzuzeigen und zu messen.',
  embedLabel: '{name} (blockiert)',
  embedMessage: 'Wir haben {name} blockiert, weil Sie Cookies der Kategorie „{category}“ nicht erlaubt haben.',
  embedAllow: '{name} erlauben',
  embedContent: 'Inhalte der Kategorie „{category}“',
} satisfies Strings;
