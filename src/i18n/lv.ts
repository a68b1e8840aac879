import type { Strings } from './en.js';

/** Latvian (latviešu). */
export default {
  $code: 'lv',
  $dir: 'ltr',
  bannerTitle: 'Šī vietne izmanto sīkdatnes',
  bannerText:
    'Mēs izmantojam sīkdatnes, lai vietne darbotos. Ar jūsu piekrišanu tās izmantojam arī auditorijas mērīšanai un atbilstošu reklāmu rādīšanai. Savu izvēli varat jebkurā laikā mainīt.',
  learnMore: 'Uzzināt vairāk',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  manage: 'Pārvaldīt iestatījumus',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesText:
    'Neobligātās sīkdatnes paliek izslēgtas, kamēr jūs tās neieslēdzat. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas: bez tām vietne nevar darboties.',
  save: 'Saglabāt iestatījumus',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  services: 'Pakalpojumi',
  cookieSettings: 'Sīkdatņu iestatījumi',
  gpcNotice: 'Jūsu pārlūkprogramma sūta Global Privacy Control signālu, tāpēc poga “Pieņemt visas” reklāmas neieslēdz.',
  necessaryTitle: 'Nepieciešamās',
  necessaryDescription: 'Vajadzīgas vietnes darbībai un jūsu izvēles saglabāšanai.',
  functionalTitle: 'Funkcionālās',
  functionalDescription: 'Atceras jūsu iestatījumus un nodrošina tādas funkcijas kā komentāri.',
  analyticsTitle: 'Analītiskās',
  analyticsDescription: 'Uzskaita apmeklējumus un parāda, kurus rakstus lasa, lai mēs varētu uzlabot vietni.',
  marketingTitle: 'Mārketinga',
  marketingDescription: 'Ļauj mums un mūsu partneriem rādīt un novērtēt jūsu interesēm atbilstošas reklāmas.',
  embedLabel: 'Bloķēts: {name}',
  embedMessage: 'Bloķēts: {name}. Iemesls: nav atļautas kategorijas “{category}” sīkdatnes.',
  embedAllow: 'Atļaut: {name}',
  embedContent: 'kategorijas “{category}” saturs',
} satisfies Strings;
