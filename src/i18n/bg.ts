import type { Strings } from './en.js';

/** Bulgarian (български). */
export default {
  $code: 'bg',
  $dir: 'ltr',
  bannerTitle: 'Този сайт използва бисквитки',
  bannerText:
    'Използваме бисквитки, за да работи сайтът, а с ваше съгласие – и за измерване на аудиторията и подходящи реклами. Можете да промените избора си по всяко време.',
  learnMore: 'Научете повече',
  acceptAll: 'Приемане на всички',
  rejectAll: 'Отхвърляне на всички',
  manage: 'Настройки',
  preferencesTitle: 'Предпочитания за бисквитки',
  preferencesText:
    'Незадължителните бисквитки са изключени, докато не ги включите. Строго необходимите са винаги включени: без тях сайтът не работи.',
  save: 'Запазване на избора',
  close: 'Затваряне',
  alwaysOn: 'Винаги включени',
  services: 'Услуги',
  cookieSettings: 'Настройки за бисквитки',
  gpcNotice: 'Браузърът ви изпраща Global Privacy Control: „Приемане на всички“ не включва рекламата.',
  necessaryTitle: 'Строго необходими',
  necessaryDescription: 'Нужни са, за да работи сайтът и да помни избора ви.',
  functionalTitle: 'Функционални',
  functionalDescription: 'Помнят настройките ви и позволяват функции като коментари.',
  analyticsTitle: 'Аналитични',
  analyticsDescription: 'Отчитат посещенията и кои статии се четат, за да подобряваме сайта.',
  marketingTitle: 'Маркетингови',
  marketingDescription: 'С тях ние и партньорите ни показваме и измерваме реклами според интересите ви.',
  embedLabel: 'Блокирано: {name}',
  embedMessage: '{name} е блокирано: не сте разрешили бисквитките „{category}“.',
  embedAllow: 'Разрешаване на {name}',
  embedContent: 'съдържанието от категория „{category}“',
} satisfies Strings;
