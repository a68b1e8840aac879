import type { TcfStrings } from './en.js';

/** Scottish Gaelic (Gàidhlig): the TCF screens' own strings. */
export default {
  $code: 'gd',
  tcfIntro:
    'Bidh sinne agus ar {count} com-pàirtichean a’ stòradh is a’ faighinn cothrom air fiosrachadh air an uidheam agad, mar bhriosgaidean, agus a’ làimhseachadh dàta pearsanta, mar aithnichearan sònraichte agus dàta brabhsaidh, airson nan adhbharan seo:',
  tcfPartnerCount: '{iab} reiceadairean IAB TCF agus {other} com-pàirtichean eile',
  tcfSpecialFeaturesNote: 'Ceadaichidh “Gabh ris na h-uile” cuideachd:',
  tcfLegitimateInterestNote:
    'Bidh cuid de chom-pàirtichean a’ làimhseachadh an dàta agad gun do chead, air bunait an ùidh dhligheach. Tha còir agad cur na aghaidh ann an “Stiùirich roghainnean”.',
  tcfScope: 'Chan eil do roghainn an sàs ach air an làrach seo.',
  tcfChangeMind:
    'Faodaidh tu do roghainn atharrachadh agus do chead a tharraing air ais uair sam bith ann an roghainnean nam briosgaidean.',
  tcfVendorsLink: 'Seall ar com-pàirtichean',
  tcfPurposes: 'Adhbharan',
  tcfConsent: 'Cead',
  tcfLegitimateInterest: 'Ùidh dhligheach',
  tcfSpecialPurposes: 'Adhbharan sònraichte',
  tcfFeatures: 'Feartan',
  tcfSpecialFeatures: 'Feartan sònraichte',
  tcfVendors: 'Reiceadairean IAB TCF',
  tcfOtherPartners: 'Com-pàirtichean eile',
  tcfDataCategories: 'Dàta a thèid a chleachdadh',
  tcfRetention: 'Cumar dàta fad {days} latha',
  tcfCookies: 'Cumar briosgaidean fad suas ri {days} latha',
  tcfCookieRefresh: 'Tòisichidh an ùine aca às ùr aig gach tadhal',
  tcfNoCookies: 'Cha chleachd e briosgaidean',
  tcfNonCookieAccess: 'Stòraidh no leughaidh e fiosrachadh eile air an uidheam agad cuideachd',
  tcfPrivacyPolicy: 'Poileasaidh prìobhaideachd',
  tcfLegitimateInterestClaim: 'An ùidh dhligheach aige',
  tcfDeviceStorage: 'Na stòras e air an uidheam agad',
  tcfUnavailable: 'Chan eil seo ri fhaighinn',
} satisfies TcfStrings;
