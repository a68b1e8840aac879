import type { TcfStrings } from './en.js';

/** Arabic (العربية): the TCF screens' own strings. */
export default {
  $code: 'ar',
  tcfIntro:
    'نحن وشركاؤنا البالغ عددهم {count} نخزّن معلومات على جهازك ونصل إليها، مثل ملفات تعريف الارتباط، ونعالج بيانات شخصية، مثل المعرّفات الفريدة وبيانات التصفح، للأغراض التالية:',
  tcfPartnerCount: 'مزوّدو IAB TCF: {iab}، وشركاء آخرون: {other}',
  tcfSpecialFeaturesNote: 'يسمح «قبول الكل» أيضًا بما يلي:',
  tcfLegitimateInterestNote:
    'يعالج بعض الشركاء بياناتك دون موافقتك، استنادًا إلى مصلحتهم المشروعة. يحق لك الاعتراض على ذلك في «إدارة التفضيلات».',
  tcfScope: 'ينطبق اختيارك على هذا الموقع فقط.',
  tcfChangeMind: 'يمكنك تغيير اختيارك وسحب موافقتك في أي وقت من إعدادات ملفات تعريف الارتباط.',
  tcfVendorsLink: 'عرض شركائنا',
  tcfPurposes: 'الأغراض',
  tcfConsent: 'الموافقة',
  tcfLegitimateInterest: 'المصلحة المشروعة',
  tcfSpecialPurposes: 'أغراض خاصة',
  tcfFeatures: 'الميزات',
  tcfSpecialFeatures: 'ميزات خاصة',
  tcfVendors: 'مزوّدو IAB TCF',
  tcfOtherPartners: 'شركاء آخرون',
  tcfDataCategories: 'البيانات المستخدمة',
  tcfRetention: 'تُحفظ البيانات {days} يومًا',
  tcfCookies: 'تُحفظ ملفات تعريف الارتباط حتى {days} يومًا',
  tcfCookieRefresh: 'تبدأ مدتها من جديد مع كل زيارة',
  tcfNoCookies: 'لا يستخدم ملفات تعريف الارتباط',
  tcfNonCookieAccess: 'يخزّن أو يقرأ أيضًا معلومات أخرى على جهازك',
  tcfPrivacyPolicy: 'سياسة الخصوصية',
  tcfLegitimateInterestClaim: 'مصلحته المشروعة',
  tcfDeviceStorage: 'ما يخزّنه على جهازك',
  tcfUnavailable: 'غير متاح',
} satisfies TcfStrings;
