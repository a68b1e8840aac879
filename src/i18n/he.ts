import type { Strings } from './en.js';

/** Hebrew (עברית). */
export default {
  $code: 'he',
  $dir: 'rtl',
  bannerTitle: 'אתר זה משתמש בעוגיות',
  bannerText:
    'אנו משתמשים בעוגיות כדי שהאתר יפעל. בהסכמתך, נשתמש בהן גם כדי למדוד את קהל הקוראים שלנו ולהציג מודעות רלוונטיות. אפשר לשנות את הבחירה בכל עת.',
  learnMore: 'למידע נוסף',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  manage: 'ניהול העדפות',
  preferencesTitle: 'העדפות עוגיות',
  preferencesText:
    'עוגיות שאינן הכרחיות נשארות כבויות, אלא אם מפעילים אותן. עוגיות הכרחיות פעילות תמיד: בלעדיהן האתר אינו יכול לפעול.',
  save: 'שמירת ההעדפות',
  close: 'סגירה',
  alwaysOn: 'פעילות תמיד',
  services: 'שירותים',
  cookieSettings: 'הגדרות עוגיות',
  gpcNotice: 'הדפדפן שלך שולח אות Global Privacy Control, ולכן ”אישור הכול” משאיר את עוגיות הפרסום כבויות.',
  necessaryTitle: 'הכרחיות',
  necessaryDescription: 'נחוצות לפעולת האתר ולשמירת הבחירה שלך.',
  functionalTitle: 'פונקציונליות',
  functionalDescription: 'שומרות את ההגדרות שלך ומאפשרות תכונות כמו תגובות.',
  analyticsTitle: 'ניתוח נתונים',
  analyticsDescription: 'סופרות ביקורים ומראות אילו כתבות נקראות, כדי שנוכל לשפר את האתר.',
  marketingTitle: 'שיווק',
  marketingDescription: 'מאפשרות לנו ולשותפינו להציג מודעות המותאמות לתחומי העניין שלך ולמדוד אותן.',
  embedLabel: 'תוכן חסום: {name}',
  embedMessage: '{name}: התוכן חסום כי לא אושרו עוגיות בקטגוריה ”{category}”.',
  embedAllow: 'אישור {name}',
  embedContent: 'תוכן בקטגוריה ”{category}”',
} satisfies Strings;
