import type { Strings } from './en.js';

/** Croatian (hrvatski). */
export default {
  $code: 'hr',
  $dir: 'ltr',
  bannerTitle: 'Ova stranica koristi kolačiće',
  bannerText:
    'Kolačiće upotrebljavamo kako bi stranica ispravno radila. Uz vašu privolu upotrebljavamo ih i za mjerenje posjećenosti te prikazivanje relevantnih oglasa. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  learnMore: 'Više informacija',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  manage: 'Upravljaj postavkama',
  preferencesTitle: 'Postavke kolačića',
  preferencesText:
    'Neobavezni kolačići ostaju isključeni dok ih ne uključite. Nužni kolačići uvijek su uključeni: bez njih stranica ne može raditi.',
  save: 'Spremi postavke',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeno',
  services: 'Usluge',
  cookieSettings: 'Postavke kolačića',
  gpcNotice:
    'Vaš preglednik šalje signal Global Privacy Control: i nakon odabira „Prihvati sve“ oglašavanje ostaje isključeno.',
  necessaryTitle: 'Nužni',
  necessaryDescription: 'Potrebni su za rad stranice i pamćenje vašeg izbora.',
  functionalTitle: 'Funkcionalni',
  functionalDescription: 'Pamte vaše postavke i omogućuju značajke poput komentara.',
  analyticsTitle: 'Analitički',
  analyticsDescription: 'Broje posjete i pokazuju koji se članci čitaju kako bismo mogli poboljšati stranicu.',
  marketingTitle: 'Marketinški',
  marketingDescription:
    'Nama i našim partnerima omogućuju prikazivanje i mjerenje oglasa prilagođenih vašim interesima.',
  embedLabel: 'Blokirano: {name}',
  embedMessage: 'Blokirano: {name}. Razlog: niste dopustili kolačiće kategorije „{category}“.',
  embedAllow: 'Dopusti: {name}',
  embedContent: 'sadržaj kategorije „{category}“',
} satisfies Strings;
