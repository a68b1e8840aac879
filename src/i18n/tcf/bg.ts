import type { TcfStrings } from './en.js';

/** Bulgarian (Български): the TCF screens' own strings. */
export default {
  $code: 'bg',
  tcfIntro:
    'Ние и нашите {count} партньори съхраняваме информация на устройството ви и имаме достъп до нея, например бисквитки, и обработваме лични данни, например уникални идентификатори и данни за сърфиране, за следните цели:',
  tcfPartnerCount: 'Доставчици по IAB TCF: {iab}, други партньори: {other}',
  tcfSpecialFeaturesNote: '„Приемане на всички“ разрешава също:',
  tcfLegitimateInterestNote:
    'Някои партньори обработват данните ви без съгласието ви, въз основа на законния си интерес. Имате право да възразите в „Настройки“.',
  tcfScope: 'Изборът ви важи само за този сайт.',
  tcfChangeMind:
    'Можете по всяко време да промените избора си и да оттеглите съгласието си в настройките за бисквитки.',
  tcfVendorsLink: 'Вижте партньорите ни',
  tcfPurposes: 'Цели',
  tcfConsent: 'Съгласие',
  tcfLegitimateInterest: 'Законен интерес',
  tcfSpecialPurposes: 'Специални цели',
  tcfFeatures: 'Функции',
  tcfSpecialFeatures: 'Специални функции',
  tcfVendors: 'Доставчици по IAB TCF',
  tcfOtherPartners: 'Други партньори',
  tcfDataCategories: 'Използвани данни',
  tcfRetention: 'Данните се пазят {days} дни',
  tcfCookies: 'Бисквитките се пазят до {days} дни',
  tcfCookieRefresh: 'Срокът им започва отначало при всяко посещение',
  tcfNoCookies: 'Не използва бисквитки',
  tcfNonCookieAccess: 'Съхранява или чете и друга информация на устройството ви',
  tcfPrivacyPolicy: 'Политика за поверителност',
  tcfLegitimateInterestClaim: 'Законният му интерес',
  tcfDeviceStorage: 'Какво съхранява на устройството ви',
  tcfUnavailable: 'Не е налично',
} satisfies TcfStrings;
