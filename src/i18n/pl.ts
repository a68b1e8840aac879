import type { Strings } from './en.js';

/** Polish (polski). */
export default {
  $code: 'pl',
  $dir: 'ltr',
  bannerTitle: 'Ta strona używa plików cookie',
  bannerText:
    'Używamy plików cookie, aby strona mogła działać. Po wyrażeniu zgody wykorzystujemy je także do pomiaru oglądalności i wyświetlania dopasowanych reklam. Decyzję można zmienić w każdej chwili.',
  learnMore: 'Więcej informacji',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  manage: 'Dostosuj ustawienia',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText:
    'Opcjonalne pliki cookie pozostają wyłączone, dopóki nie zostaną włączone. Niezbędne pliki cookie są zawsze włączone: bez nich strona nie może działać.',
  save: 'Zapisz ustawienia',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  services: 'Usługi',
  cookieSettings: 'Ustawienia cookie',
  gpcNotice:
    'Ta przeglądarka wysyła sygnał Global Privacy Control, więc przycisk „Zaakceptuj wszystkie” nie włącza reklam.',
  necessaryTitle: 'Niezbędne',
  necessaryDescription: 'Potrzebne do działania strony i zapamiętania dokonanego wyboru.',
  functionalTitle: 'Funkcjonalne',
  functionalDescription: 'Zapamiętują ustawienia i umożliwiają korzystanie z funkcji takich jak komentarze.',
  analyticsTitle: 'Analityczne',
  analyticsDescription: 'Zliczają odwiedziny i pokazują, które artykuły są czytane, abyśmy mogli ulepszać stronę.',
  marketingTitle: 'Marketingowe',
  marketingDescription:
    'Pozwalają nam i naszym partnerom wyświetlać reklamy dopasowane do zainteresowań oraz mierzyć ich skuteczność.',
  embedLabel: 'Zablokowano: {name}',
  embedMessage: 'Zablokowano: {name}. Powód: brak zgody na pliki cookie z kategorii „{category}”.',
  embedAllow: 'Zezwól: {name}',
  embedContent: 'treści „{category}”',
} satisfies Strings;
