import type { TcfStrings } from './en.js';

/** Maltese (Malti): the TCF screens' own strings. */
export default {
  $code: 'mt',
  tcfIntro:
    'Aħna u l-{count} sieħeb tagħna naħżnu u naċċessaw informazzjoni fuq it-tagħmir tiegħek, bħall-cookies, u nipproċessaw data personali, bħal identifikaturi uniċi u data tal-browsing, għal dawn l-għanijiet:',
  tcfPartnerCount: '{iab} bejjiegħ tal-IAB TCF u {other} sieħeb ieħor',
  tcfSpecialFeaturesNote: '“Aċċetta kollox” jippermetti wkoll:',
  tcfLegitimateInterestNote:
    'Xi sħab jipproċessaw id-data tiegħek mingħajr il-kunsens tiegħek, abbażi tal-interess leġittimu tagħhom. Għandek id-dritt toġġezzjona f’“Agħżel il-preferenzi”.',
  tcfScope: 'L-għażla tiegħek tgħodd għal dan is-sit biss.',
  tcfChangeMind: 'Tista’ tibdel l-għażla tiegħek u tirtira l-kunsens tiegħek meta trid fl-issettjar tal-cookies.',
  tcfVendorsLink: 'Ara s-sħab tagħna',
  tcfPurposes: 'Għanijiet',
  tcfConsent: 'Kunsens',
  tcfLegitimateInterest: 'Interess leġittimu',
  tcfSpecialPurposes: 'Għanijiet speċjali',
  tcfFeatures: 'Karatteristiċi',
  tcfSpecialFeatures: 'Karatteristiċi speċjali',
  tcfVendors: 'Bejjiegħa tal-IAB TCF',
  tcfOtherPartners: 'Sħab oħra',
  tcfDataCategories: 'Data użata',
  tcfRetention: 'Data miżmuma għal {days} jum',
  tcfCookies: 'Cookies miżmuma sa {days} jum',
  tcfCookieRefresh: 'Il-ħajja tagħhom terġa’ tibda f’kull żjara',
  tcfNoCookies: 'Ma jużax cookies',
  tcfNonCookieAccess: 'Jaħżen jew jaqra wkoll informazzjoni oħra fuq it-tagħmir tiegħek',
  tcfPrivacyPolicy: 'Politika tal-privatezza',
  tcfLegitimateInterestClaim: 'L-interess leġittimu tiegħu',
  tcfDeviceStorage: 'X’jaħżen fuq it-tagħmir tiegħek',
  tcfUnavailable: 'Mhux disponibbli',
} satisfies TcfStrings;
