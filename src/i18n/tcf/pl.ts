import type { TcfStrings } from './en.js';

/** Polish (Polski): the TCF screens' own strings. */
export default {
  $code: 'pl',
  tcfIntro:
    'My i nasi partnerzy ({count}) przechowujemy informacje na Twoim urządzeniu i uzyskujemy do nich dostęp, np. pliki cookie, oraz przetwarzamy dane osobowe, np. unikalne identyfikatory i dane o przeglądaniu, w tych celach:',
  tcfPartnerCount: 'Dostawcy IAB TCF: {iab}, inni partnerzy: {other}',
  tcfSpecialFeaturesNote: '„Zaakceptuj wszystkie” pozwala też na:',
  tcfLegitimateInterestNote:
    'Niektórzy partnerzy przetwarzają Twoje dane bez Twojej zgody, na podstawie prawnie uzasadnionego interesu. Masz prawo wnieść sprzeciw w „Dostosuj ustawienia”.',
  tcfScope: 'Twój wybór dotyczy tylko tej witryny.',
  tcfChangeMind: 'W każdej chwili możesz zmienić zdanie i wycofać zgodę w ustawieniach cookie.',
  tcfVendorsLink: 'Zobacz naszych partnerów',
  tcfPurposes: 'Cele',
  tcfConsent: 'Zgoda',
  tcfLegitimateInterest: 'Prawnie uzasadniony interes',
  tcfSpecialPurposes: 'Cele specjalne',
  tcfFeatures: 'Funkcje',
  tcfSpecialFeatures: 'Funkcje specjalne',
  tcfVendors: 'Dostawcy IAB TCF',
  tcfOtherPartners: 'Inni partnerzy',
  tcfDataCategories: 'Wykorzystywane dane',
  tcfRetention: 'Dane przechowywane przez {days} dni',
  tcfCookies: 'Pliki cookie przechowywane do {days} dni',
  tcfCookieRefresh: 'Ich ważność liczy się od nowa przy każdej wizycie',
  tcfNoCookies: 'Nie używa plików cookie',
  tcfNonCookieAccess: 'Przechowuje lub odczytuje też inne informacje na Twoim urządzeniu',
  tcfPrivacyPolicy: 'Polityka prywatności',
  tcfLegitimateInterestClaim: 'Jego prawnie uzasadniony interes',
  tcfDeviceStorage: 'Co przechowuje na Twoim urządzeniu',
  tcfUnavailable: 'Niedostępne',
} satisfies TcfStrings;
