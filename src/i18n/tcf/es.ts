import type { TcfStrings } from './en.js';

/** Spanish (Español): the TCF screens' own strings. */
export default {
  $code: 'es',
  tcfIntro:
    'Nosotros y nuestros {count} socios almacenamos información en su dispositivo y accedemos a ella, como las cookies, y tratamos datos personales, como identificadores únicos y datos de navegación, para estos fines:',
  tcfPartnerCount: '{iab} proveedores de IAB TCF y {other} otros socios',
  tcfSpecialFeaturesNote: '«Aceptar todo» también permite:',
  tcfLegitimateInterestNote:
    'Algunos socios tratan sus datos sin pedir su consentimiento, basándose en su interés legítimo. Tiene derecho a oponerse en «Gestionar preferencias».',
  tcfScope: 'Su elección solo se aplica a este sitio.',
  tcfChangeMind:
    'Puede cambiar de opinión y retirar su consentimiento en cualquier momento en la configuración de cookies.',
  tcfVendorsLink: 'Ver nuestros socios',
  tcfPurposes: 'Fines',
  tcfConsent: 'Consentimiento',
  tcfLegitimateInterest: 'Interés legítimo',
  tcfSpecialPurposes: 'Fines especiales',
  tcfFeatures: 'Funciones',
  tcfSpecialFeatures: 'Funciones especiales',
  tcfVendors: 'Proveedores de IAB TCF',
  tcfOtherPartners: 'Otros socios',
  tcfDataCategories: 'Datos utilizados',
  tcfRetention: 'Datos conservados {days} días',
  tcfCookies: 'Cookies conservadas hasta {days} días',
  tcfCookieRefresh: 'Su duración vuelve a empezar en cada visita',
  tcfNoCookies: 'No utiliza cookies',
  tcfNonCookieAccess: 'También almacena o lee otra información en su dispositivo',
  tcfPrivacyPolicy: 'Política de privacidad',
  tcfLegitimateInterestClaim: 'Su interés legítimo',
  tcfDeviceStorage: 'Lo que almacena en su dispositivo',
  tcfUnavailable: 'No disponible',
} satisfies TcfStrings;
