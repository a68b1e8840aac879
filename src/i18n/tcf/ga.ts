import type { TcfStrings } from './en.js';

/** Irish (Gaeilge): the TCF screens' own strings. */
export default {
  $code: 'ga',
  tcfIntro:
    'Stórálaimid féin agus ár {count} comhpháirtí faisnéis ar do ghléas agus faighimid rochtain uirthi, fianáin mar shampla, agus próiseálaimid sonraí pearsanta, aitheantóirí uathúla agus sonraí brabhsála mar shampla, chun na gcríoch seo:',
  tcfPartnerCount: '{iab} díoltóir IAB TCF agus {other} comhpháirtí eile',
  tcfSpecialFeaturesNote: 'Ceadaíonn “Ceadaigh gach ceann” freisin:',
  tcfLegitimateInterestNote:
    'Próiseálann roinnt comhpháirtithe do shonraí gan do thoiliú, ar bhonn a leasa dhlisteanaigh. Tá sé de cheart agat agóid a dhéanamh faoi seo in “Bainistigh roghanna”.',
  tcfScope: 'Baineann do rogha leis an suíomh seo amháin.',
  tcfChangeMind:
    'Is féidir leat do rogha a athrú agus do thoiliú a tharraingt siar am ar bith i socruithe na bhfianán.',
  tcfVendorsLink: 'Féach ár gcomhpháirtithe',
  tcfPurposes: 'Críocha',
  tcfConsent: 'Toiliú',
  tcfLegitimateInterest: 'Leas dlisteanach',
  tcfSpecialPurposes: 'Críocha speisialta',
  tcfFeatures: 'Gnéithe',
  tcfSpecialFeatures: 'Gnéithe speisialta',
  tcfVendors: 'Díoltóirí IAB TCF',
  tcfOtherPartners: 'Comhpháirtithe eile',
  tcfDataCategories: 'Sonraí a úsáidtear',
  tcfRetention: 'Sonraí coinnithe ar feadh {days} lá',
  tcfCookies: 'Fianáin coinnithe suas le {days} lá',
  tcfCookieRefresh: 'Tosaíonn a ré as an nua ar gach cuairt',
  tcfNoCookies: 'Ní úsáideann sé fianáin',
  tcfNonCookieAccess: 'Stórálann nó léann sé faisnéis eile ar do ghléas freisin',
  tcfPrivacyPolicy: 'Polasaí príobháideachais',
  tcfLegitimateInterestClaim: 'A leas dlisteanach',
  tcfDeviceStorage: 'A stórálann sé ar do ghléas',
  tcfUnavailable: 'Níl sé ar fáil',
} satisfies TcfStrings;
