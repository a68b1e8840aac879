import type { Strings } from './en.js';

/** Swedish (svenska). */
export default {
  $code: 'sv',
  $dir: 'ltr',
  bannerTitle: 'Den här webbplatsen använder kakor',
  bannerText:
    'Vi använder kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi dem också för att mäta vår publik och visa relevanta annonser. Du kan ändra ditt val när som helst.',
  learnMore: 'Läs mer',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  manage: 'Hantera inställningar',
  preferencesTitle: 'Inställningar för kakor',
  preferencesText:
    'Valfria kakor är avstängda tills du slår på dem. Strikt nödvändiga kakor är alltid på: utan dem fungerar inte webbplatsen.',
  save: 'Spara inställningar',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  services: 'Tjänster',
  cookieSettings: 'Kakinställningar',
  gpcNotice:
    'Din webbläsare skickar signalen Global Privacy Control, så med ”Godkänn alla” förblir annonsering avstängd.',
  necessaryTitle: 'Strikt nödvändiga',
  necessaryDescription: 'Behövs för att webbplatsen ska fungera och för att komma ihåg ditt val.',
  functionalTitle: 'Funktionella',
  functionalDescription: 'Kommer ihåg dina inställningar och möjliggör funktioner som kommentarer.',
  analyticsTitle: 'Analys',
  analyticsDescription: 'Räknar besök och visar vilka artiklar som läses, så att vi kan förbättra webbplatsen.',
  marketingTitle: 'Marknadsföring',
  marketingDescription: 'Låter oss och våra partner visa och mäta annonser som passar dina intressen.',
  embedLabel: 'Blockerat innehåll: {name}',
  embedMessage: '{name} visas inte eftersom du inte har tillåtit kakor i kategorin {category}.',
  embedAllow: 'Tillåt {name}',
  embedContent: 'Innehåll i kategorin {category}',
} satisfies Strings;
