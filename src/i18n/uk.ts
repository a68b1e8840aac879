import type { Strings } from './en.js';

/** Ukrainian (українська). */
export default {
  $code: 'uk',
  $dir: 'ltr',
  bannerTitle: 'Цей сайт використовує файли cookie',
  bannerText:
    'Ми використовуємо файли cookie, щоб сайт працював, а з вашої згоди — ще й для вимірювання аудиторії та доречної реклами. Змінити вибір можна будь-коли.',
  learnMore: 'Докладніше',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  manage: 'Налаштувати',
  preferencesTitle: 'Налаштування cookie',
  preferencesText:
    'Необов’язкові cookie вимкнені, доки ви їх не ввімкнете. Суворо необхідні cookie ввімкнені завжди: без них сайт не працює.',
  save: 'Зберегти налаштування',
  close: 'Закрити',
  alwaysOn: 'Завжди ввімкнені',
  services: 'Сервіси',
  cookieSettings: 'Налаштування cookie',
  gpcNotice: 'Ваш браузер надсилає сигнал Global Privacy Control, тож «Прийняти всі» не вмикає рекламу.',
  necessaryTitle: 'Суворо необхідні',
  necessaryDescription: 'Потрібні, щоб сайт працював і запам’ятовував ваш вибір.',
  functionalTitle: 'Функціональні',
  functionalDescription: 'Запам’ятовують налаштування й вмикають функції на кшталт коментарів.',
  analyticsTitle: 'Аналітичні',
  analyticsDescription: 'Рахують відвідування й читані статті, щоб ми поліпшували сайт.',
  marketingTitle: 'Маркетингові',
  marketingDescription: 'Дають нам і партнерам змогу показувати й вимірювати рекламу за вашими інтересами.',
  embedLabel: 'Заблоковано: {name}',
  embedMessage: '{name}: заблоковано, бо ви не дозволили cookie категорії «{category}».',
  embedAllow: 'Дозволити: {name}',
  embedContent: 'Вміст категорії «{category}»',
} satisfies Strings;
