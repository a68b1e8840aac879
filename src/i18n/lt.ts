import type { Strings } from './en.js';

/** Lithuanian (lietuvių). */
export default {
  $code: 'lt',
  $dir: 'ltr',
  bannerTitle: 'Šioje svetainėje naudojami slapukai',
  bannerText:
    'Slapukus naudojame, kad svetainė veiktų. Jums sutikus, juos taip pat naudojame auditorijai matuoti ir aktualiai reklamai rodyti. Savo pasirinkimą galite bet kada pakeisti.',
  learnMore: 'Sužinoti daugiau',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  manage: 'Tvarkyti nuostatas',
  preferencesTitle: 'Slapukų nuostatos',
  preferencesText:
    'Neprivalomi slapukai lieka išjungti, kol jų neįjungsite. Būtinieji slapukai visada įjungti: be jų svetainė negali veikti.',
  save: 'Išsaugoti nuostatas',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  services: 'Paslaugos',
  cookieSettings: 'Slapukų nustatymai',
  gpcNotice:
    'Jūsų naršyklė siunčia Global Privacy Control signalą, todėl paspaudus „Priimti visus“ reklama lieka išjungta.',
  necessaryTitle: 'Būtinieji',
  necessaryDescription: 'Reikalingi, kad svetainė veiktų ir įsimintų jūsų pasirinkimą.',
  functionalTitle: 'Funkciniai',
  functionalDescription: 'Įsimena jūsų nustatymus ir įgalina tokias funkcijas kaip komentarai.',
  analyticsTitle: 'Analitiniai',
  analyticsDescription:
    'Skaičiuoja apsilankymus ir parodo, kurie straipsniai skaitomi, kad galėtume tobulinti svetainę.',
  marketingTitle: 'Rinkodaros',
  marketingDescription: 'Leidžia mums ir mūsų partneriams rodyti ir vertinti jūsų interesus atitinkančią reklamą.',
  embedLabel: 'Užblokuota: {name}',
  embedMessage: 'Užblokuota: {name}. Priežastis: neleidote naudoti kategorijos „{category}“ slapukų.',
  embedAllow: 'Leisti: {name}',
  embedContent: 'kategorijos „{category}“ turinys',
} satisfies Strings;
