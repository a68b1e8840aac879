import type { TcfStrings } from './en.js';

/** Hebrew (עברית): the TCF screens' own strings. */
export default {
  $code: 'he',
  tcfIntro:
    'אנחנו ו־{count} השותפים שלנו שומרים מידע במכשיר שלך וניגשים אליו, כמו עוגיות, ומעבדים מידע אישי, כמו מזהים ייחודיים ונתוני גלישה, למטרות הבאות:',
  tcfPartnerCount: 'ספקי IAB TCF: {iab}, שותפים אחרים: {other}',
  tcfSpecialFeaturesNote: '„אישור הכול” מתיר גם:',
  tcfLegitimateInterestNote:
    'חלק מהשותפים מעבדים את המידע שלך בלי הסכמתך, על בסיס האינטרס הלגיטימי שלהם. יש לך זכות להתנגד לכך ב„ניהול העדפות”.',
  tcfScope: 'הבחירה שלך חלה על אתר זה בלבד.',
  tcfChangeMind: 'אפשר לשנות את הבחירה ולבטל את ההסכמה בכל עת בהגדרות העוגיות.',
  tcfVendorsLink: 'הצגת השותפים שלנו',
  tcfPurposes: 'מטרות',
  tcfConsent: 'הסכמה',
  tcfLegitimateInterest: 'אינטרס לגיטימי',
  tcfSpecialPurposes: 'מטרות מיוחדות',
  tcfFeatures: 'תכונות',
  tcfSpecialFeatures: 'תכונות מיוחדות',
  tcfVendors: 'ספקי IAB TCF',
  tcfOtherPartners: 'שותפים אחרים',
  tcfDataCategories: 'מידע בשימוש',
  tcfRetention: 'המידע נשמר {days} ימים',
  tcfCookies: 'עוגיות נשמרות עד {days} ימים',
  tcfCookieRefresh: 'תוקפן מתחיל מחדש בכל ביקור',
  tcfNoCookies: 'לא משתמש בעוגיות',
  tcfNonCookieAccess: 'שומר או קורא גם מידע אחר במכשיר שלך',
  tcfPrivacyPolicy: 'מדיניות פרטיות',
  tcfLegitimateInterestClaim: 'האינטרס הלגיטימי שלו',
  tcfDeviceStorage: 'מה הוא שומר במכשיר שלך',
  tcfUnavailable: 'לא זמין',
} satisfies TcfStrings;
