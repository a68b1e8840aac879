import type { Strings } from './en.js';

/** Slovak (slovenčina). */
export default {
  $code: 'sk',
  $dir: 'ltr',
  bannerTitle: 'Táto stránka používa súbory cookie',
  bannerText:
    'Súbory cookie používame na to, aby stránka fungovala. S vaším súhlasom ich používame aj na meranie návštevnosti a zobrazovanie relevantných reklám. Svoju voľbu môžete kedykoľvek zmeniť.',
  learnMore: 'Viac informácií',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  manage: 'Spravovať predvoľby',
  preferencesTitle: 'Predvoľby súborov cookie',
  preferencesText:
    'Voliteľné súbory cookie zostávajú vypnuté, kým ich nezapnete. Nevyhnutné súbory cookie sú vždy zapnuté: bez nich stránka nemôže fungovať.',
  save: 'Uložiť predvoľby',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  services: 'Služby',
  cookieSettings: 'Nastavenia súborov cookie',
  gpcNotice: 'Váš prehliadač odosiela signál Global Privacy Control: „Prijať všetky“ ponechá reklamy vypnuté.',
  necessaryTitle: 'Nevyhnutné',
  necessaryDescription: 'Potrebné na fungovanie stránky a zapamätanie vašej voľby.',
  functionalTitle: 'Funkčné',
  functionalDescription: 'Pamätajú si vaše nastavenia a umožňujú funkcie, ako sú komentáre.',
  analyticsTitle: 'Analytické',
  analyticsDescription: 'Počítajú návštevy a ukazujú, ktoré články sa čítajú, aby sme mohli stránku zlepšovať.',
  marketingTitle: 'Marketingové',
  marketingDescription: 'Umožňujú nám a našim partnerom zobrazovať a merať reklamy podľa vašich záujmov.',
  embedLabel: 'Zablokované: {name}',
  embedMessage: 'Zablokované: {name}. Dôvod: nepovolili ste súbory cookie kategórie „{category}“.',
  embedAllow: 'Povoliť: {name}',
  embedContent: 'obsah kategórie „{category}“',
} satisfies Strings;
