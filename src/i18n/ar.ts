import type { Strings } from './en.js';

/** Arabic (العربية). */
export default {
  $code: 'ar',
  $dir: 'rtl',
  bannerTitle: 'يستخدم هذا الموقع ملفات تعريف الارتباط',
  bannerText:
    'نستخدم ملفات تعريف الارتباط لكي يعمل هذا الموقع، ونستخدمها أيضًا بموافقتك لقياس جمهورنا وعرض إعلانات ملائمة. يمكنك تغيير اختيارك في أي وقت.',
  learnMore: 'معرفة المزيد',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  manage: 'إدارة التفضيلات',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesText:
    'تبقى ملفات تعريف الارتباط الاختيارية معطّلة ما لم يتم تفعيلها. أما الضرورية للغاية فمفعّلة دائمًا، إذ لا يعمل الموقع بدونها.',
  save: 'حفظ التفضيلات',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  services: 'الخدمات',
  cookieSettings: 'إعدادات ملفات تعريف الارتباط',
  gpcNotice:
    'يرسل متصفحك إشارة Global Privacy Control، لذا يُبقي خيار «قبول الكل» ملفات تعريف الارتباط الإعلانية معطّلة.',
  necessaryTitle: 'الضرورية للغاية',
  necessaryDescription: 'لازمة لعمل الموقع ولحفظ اختيارك.',
  functionalTitle: 'الوظيفية',
  functionalDescription: 'تحفظ إعداداتك وتتيح ميزات مثل التعليقات.',
  analyticsTitle: 'التحليلات',
  analyticsDescription: 'تحصي الزيارات وتُظهر المقالات التي تُقرأ، لكي نتمكّن من تحسين الموقع.',
  marketingTitle: 'التسويق',
  marketingDescription: 'تتيح لنا ولشركائنا عرض إعلانات تناسب اهتماماتك وقياس أدائها.',
  embedLabel: 'محتوى محظور: {name}',
  embedMessage: 'تم حظر {name} لعدم موافقتك على ملفات تعريف الارتباط من فئة «{category}».',
  embedAllow: 'السماح بعرض {name}',
  embedContent: 'محتوى من فئة «{category}»',
} satisfies Strings;
