import type { Strings } from './en.js';

/** Czech (čeština). */
export default {
  $code: 'cs',
  $dir: 'ltr',
  bannerTitle: 'Tento web používá soubory cookie',
  bannerText:
    'Soubory cookie používáme, aby tento web fungoval. S vaším souhlasem je používáme také k měření návštěvnosti a k zobrazování relevantní reklamy. Svou volbu můžete kdykoli změnit.',
  learnMore: 'Další informace',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  manage: 'Upravit předvolby',
  preferencesTitle: 'Předvolby souborů cookie',
  preferencesText:
    'Volitelné soubory cookie zůstanou vypnuté, dokud je nezapnete. Nezbytné soubory cookie jsou vždy zapnuté: bez nich web nemůže fungovat.',
  save: 'Uložit předvolby',
  close: 'Zavřít',
  alwaysOn: 'Vždy zapnuté',
  services: 'Služby',
  cookieSettings: 'Nastavení souborů cookie',
  gpcNotice: 'Váš prohlížeč odesílá signál Global Privacy Control: i po volbě „Přijmout vše“ zůstane reklama vypnutá.',
  necessaryTitle: 'Nezbytné',
  necessaryDescription: 'Nutné pro fungování webu a pro zapamatování vaší volby.',
  functionalTitle: 'Funkční',
  functionalDescription: 'Pamatují si vaše nastavení a umožňují funkce, jako jsou komentáře.',
  analyticsTitle: 'Analytické',
  analyticsDescription: 'Počítají návštěvy a ukazují, které články se čtou, abychom mohli web zlepšovat.',
  marketingTitle: 'Marketingové',
  marketingDescription: 'Umožňují nám a našim partnerům zobrazovat a měřit reklamu odpovídající vašim zájmům.',
  embedLabel: 'Zablokováno: {name}',
  embedMessage: 'Zablokováno: {name}. Důvod: soubory cookie kategorie „{category}“ nejsou povoleny.',
  embedAllow: 'Povolit: {name}',
  embedContent: 'obsah kategorie „{category}“',
} satisfies Strings;
