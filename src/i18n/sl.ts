import type { Strings } from './en.js';

/** Slovenian (slovenščina). */
export default {
  $code: 'sl',
  $dir: 'ltr',
  bannerTitle: 'To spletno mesto uporablja piškotke',
  bannerText:
    'Piškotke uporabljamo za delovanje spletnega mesta. Z vašim soglasjem jih uporabljamo tudi za merjenje obiskanosti in prikazovanje ustreznih oglasov. Svojo izbiro lahko kadar koli spremenite.',
  learnMore: 'Več o tem',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  manage: 'Upravljaj nastavitve',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesText:
    'Neobvezni piškotki ostanejo izklopljeni, dokler jih ne vklopite. Nujno potrebni piškotki so vedno vklopljeni: brez njih spletno mesto ne deluje.',
  save: 'Shrani nastavitve',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  services: 'Storitve',
  cookieSettings: 'Nastavitve piškotkov',
  gpcNotice:
    'Vaš brskalnik pošilja signal Global Privacy Control, zato z »Sprejmi vse« oglaševanje ostane izklopljeno.',
  necessaryTitle: 'Nujno potrebni',
  necessaryDescription: 'Potrebni za delovanje spletnega mesta in shranjevanje vaše izbire.',
  functionalTitle: 'Funkcionalni',
  functionalDescription: 'Shranijo vaše nastavitve in omogočajo funkcije, kot so komentarji.',
  analyticsTitle: 'Analitični',
  analyticsDescription: 'Štejejo obiske in pokažejo, katere članke bralci berejo, da lahko izboljšamo spletno mesto.',
  marketingTitle: 'Oglaševalski',
  marketingDescription:
    'Nam in našim partnerjem omogočajo prikazovanje in merjenje oglasov, prilagojenih vašim interesom.',
  embedLabel: 'Blokirano: {name}',
  embedMessage: '{name}: prikaz je blokiran, ker niste dovolili piškotkov kategorije »{category}«.',
  embedAllow: 'Dovoli: {name}',
  embedContent: 'Vsebina kategorije »{category}«',
} satisfies Strings;
