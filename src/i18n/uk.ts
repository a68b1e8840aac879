import type { Strings } from './en.js';

/** Ukrainian (українська). */
export default {
  $code: 'uk',
  $dir: 'ltr',
  bannerTitle: 'Цей сайт використовує файли cookie',
  bannerText:
    'Ми використовуємо файли cookie, щоб сайт працював. З вашої згоди ми також використовуємо їх, щоб вимірювати аудиторію та показувати доречну рекламу. Змінити свій вибір можна будь-коли.',
  learnMore: 'Докладніше',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  manage: 'Налаштувати',
  preferencesTitle: 'Налаштування файлів cookie',
  preferencesText:
    'Необов’язкові файли cookie вимкнені, доки ви їх не ввімкнете. Суворо необхідні файли cookie ввімкнені завжди: без них сайт не працюватиме.',
  save: 'Зберегти налаштування',
  close: 'Закрити',
  alwaysOn: 'Завжди ввімкнені',
  services: 'Сервіси',
  cookieSettings: 'Налаштування cookie',
  gpcNotice: 'Ваш браузер надсилає сигнал Global Privacy Control, тому «Прийняти всі» не вмикає рекламні файли cookie.',
  necessaryTitle: 'Суворо необхідні',
  necessaryDescription: 'Потрібні, щоб сайт працював і запам’ятовував ваш вибір.',
  functionalTitle: 'Функціональні',
  functionalDescription: 'Запам’ятовують ваші налаштування та вмикають такі функції, як коментарі.',
  analyticsTitle: 'Аналітичні',
  analyticsDescription: 'Рахують відвідування й показують, які статті читають, щоб ми могли поліпшувати сайт.',
  marketingTitle: 'Маркетингові',
  marketingDescription: 'Дають нам і нашим партнерам змогу показувати та вимірювати рекламу відповідно до ваших інтересів.',
  embedLabel: 'Заблоковано: {name}',
  embedMessage: '{name}: заблоковано, оскільки ви не дозволили файли cookie категорії «{category}».',
  embedAllow: 'Дозволити: {name}',
  embedContent: 'Вміст категорії «{category}»',
} satisfies Strings;
