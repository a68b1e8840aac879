import type { TcfStrings } from './en.js';

/** Ukrainian (Українська): the TCF screens' own strings. */
export default {
  $code: 'uk',
  tcfIntro:
    'Ми та наші партнери ({count}) зберігаємо інформацію на вашому пристрої та отримуємо до неї доступ, наприклад файли cookie, і обробляємо персональні дані, наприклад унікальні ідентифікатори та дані перегляду, з такою метою:',
  tcfPartnerCount: 'Постачальники IAB TCF: {iab}, інші партнери: {other}',
  tcfSpecialFeaturesNote: '«Прийняти всі» також дозволяє:',
  tcfLegitimateInterestNote:
    'Деякі партнери обробляють ваші дані без вашої згоди на підставі законного інтересу. Ви маєте право заперечити в розділі «Налаштувати».',
  tcfScope: 'Ваш вибір стосується лише цього сайту.',
  tcfChangeMind: 'Ви можете будь-коли змінити свій вибір і відкликати згоду в налаштуваннях cookie.',
  tcfVendorsLink: 'Переглянути наших партнерів',
  tcfPurposes: 'Цілі',
  tcfConsent: 'Згода',
  tcfLegitimateInterest: 'Законний інтерес',
  tcfSpecialPurposes: 'Спеціальні цілі',
  tcfFeatures: 'Функції',
  tcfSpecialFeatures: 'Спеціальні функції',
  tcfVendors: 'Постачальники IAB TCF',
  tcfOtherPartners: 'Інші партнери',
  tcfDataCategories: 'Використовувані дані',
  tcfRetention: 'Дані зберігаються {days} дн.',
  tcfCookies: 'Файли cookie зберігаються до {days} дн.',
  tcfCookieRefresh: 'Їхній строк починається заново з кожним відвідуванням',
  tcfNoCookies: 'Не використовує файли cookie',
  tcfNonCookieAccess: 'Також зберігає або зчитує іншу інформацію на вашому пристрої',
  tcfPrivacyPolicy: 'Політика конфіденційності',
  tcfLegitimateInterestClaim: 'Його законний інтерес',
  tcfDeviceStorage: 'Що він зберігає на вашому пристрої',
  tcfUnavailable: 'Недоступно',
} satisfies TcfStrings;
