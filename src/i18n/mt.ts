import type { Strings } from './en.js';

/** Maltese (Malti). */
export default {
  $code: 'mt',
  $dir: 'ltr',
  bannerTitle: 'Dan is-sit juża l-cookies',
  bannerText:
    'Nużaw il-cookies biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużawhom ukoll biex inkejlu l-udjenza tagħna u nuruk reklami rilevanti. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
  learnMore: 'Aktar informazzjoni',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  manage: 'Agħżel il-preferenzi',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesText:
    'Il-cookies opzjonali jibqgħu mitfijin sakemm ma tixgħelhomx. Il-cookies strettament neċessarji huma dejjem attivi: mingħajrhom is-sit ma jistax jaħdem.',
  save: 'Issejvja l-preferenzi',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  services: 'Servizzi',
  cookieSettings: 'Issettjar tal-cookies',
  gpcNotice: 'Il-browser tiegħek jibgħat is-sinjal Global Privacy Control: “Aċċetta kollox” iħalli r-reklamar mitfi.',
  necessaryTitle: 'Strettament neċessarji',
  necessaryDescription: 'Meħtieġa biex is-sit jaħdem u biex tinżamm l-għażla tiegħek.',
  functionalTitle: 'Funzjonali',
  functionalDescription: 'Jiftakru l-preferenzi tiegħek u jippermettu funzjonijiet bħall-kummenti.',
  analyticsTitle: 'Analitiċi',
  analyticsDescription: 'Jgħoddu ż-żjarat u juru liema artikli jinqraw, biex inkunu nistgħu ntejbu s-sit.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Jippermettu lilna u lill-imsieħba tagħna nuru u nkejlu reklami li jaqblu mal-interessi tiegħek.',
  embedLabel: '{name} (mhux disponibbli)',
  embedMessage: '{name} mhux disponibbli għax ma tajtx il-kunsens għall-cookies ta’ {category}.',
  embedAllow: 'Ippermetti {name}',
  embedContent: 'Kontenut ta’ {category}',
} satisfies Strings;
