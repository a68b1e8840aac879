import type { Strings } from './en.js';

/** Estonian (eesti). */
export default {
  $code: 'et',
  $dir: 'ltr',
  bannerTitle: 'See veebisait kasutab küpsiseid',
  bannerText:
    'Kasutame küpsiseid, et veebisait toimiks. Teie nõusolekul kasutame neid ka külastatavuse mõõtmiseks ja asjakohaste reklaamide näitamiseks. Saate oma valikut igal ajal muuta.',
  learnMore: 'Lisateave',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  manage: 'Halda eelistusi',
  preferencesTitle: 'Küpsiste eelistused',
  preferencesText:
    'Valikulised küpsised jäävad välja lülitatuks, kui te neid ise sisse ei lülita. Hädavajalikud küpsised on alati sees: ilma nendeta veebisait ei toimi.',
  save: 'Salvesta eelistused',
  close: 'Sulge',
  alwaysOn: 'Alati sees',
  services: 'Teenused',
  cookieSettings: 'Küpsiste seaded',
  gpcNotice:
    'Teie brauser saadab signaali Global Privacy Control: valiku „Nõustu kõigiga“ korral jääb reklaam välja lülitatuks.',
  necessaryTitle: 'Hädavajalikud',
  necessaryDescription: 'Vajalikud veebisaidi toimimiseks ja teie valiku meelespidamiseks.',
  functionalTitle: 'Funktsionaalsed',
  functionalDescription: 'Jätavad meelde teie seaded ja võimaldavad kasutada näiteks kommenteerimist.',
  analyticsTitle: 'Analüütika',
  analyticsDescription:
    'Loendavad külastusi ja näitavad, milliseid artikleid loetakse, et saaksime veebisaiti parandada.',
  marketingTitle: 'Turundus',
  marketingDescription: 'Võimaldavad meil ja meie partneritel näidata ja mõõta teie huvidele vastavaid reklaame.',
  embedLabel: 'Blokeeritud: {name}',
  embedMessage: 'Blokeeritud: {name}, sest te pole lubanud kategooria „{category}“ küpsiseid.',
  embedAllow: 'Luba {name}',
  embedContent: 'kategooria „{category}“ sisu',
} satisfies Strings;
