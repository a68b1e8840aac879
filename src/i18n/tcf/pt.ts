import type { TcfStrings } from './en.js';

/** Portuguese (Português): the TCF screens' own strings. */
export default {
  $code: 'pt',
  tcfIntro:
    'Nós e os nossos {count} parceiros armazenamos e acedemos a informações no seu dispositivo, como cookies, e tratamos dados pessoais, como identificadores únicos e dados de navegação, para estas finalidades:',
  tcfPartnerCount: '{iab} fornecedores IAB TCF e {other} outros parceiros',
  tcfSpecialFeaturesNote: '«Aceitar todos» também permite:',
  tcfLegitimateInterestNote:
    'Alguns parceiros tratam os seus dados sem pedir o seu consentimento, com base no seu interesse legítimo. Tem o direito de se opor em «Gerir preferências».',
  tcfScope: 'A sua escolha aplica-se apenas a este site.',
  tcfChangeMind: 'Pode mudar de ideias e retirar o seu consentimento a qualquer momento nas definições de cookies.',
  tcfVendorsLink: 'Ver os nossos parceiros',
  tcfPurposes: 'Finalidades',
  tcfConsent: 'Consentimento',
  tcfLegitimateInterest: 'Interesse legítimo',
  tcfSpecialPurposes: 'Finalidades especiais',
  tcfFeatures: 'Funcionalidades',
  tcfSpecialFeatures: 'Funcionalidades especiais',
  tcfVendors: 'Fornecedores IAB TCF',
  tcfOtherPartners: 'Outros parceiros',
  tcfDataCategories: 'Dados utilizados',
  tcfRetention: 'Dados guardados durante {days} dias',
  tcfCookies: 'Cookies guardados até {days} dias',
  tcfCookieRefresh: 'A sua duração recomeça a cada visita',
  tcfNoCookies: 'Não utiliza cookies',
  tcfNonCookieAccess: 'Também armazena ou lê outras informações no seu dispositivo',
  tcfPrivacyPolicy: 'Política de privacidade',
  tcfLegitimateInterestClaim: 'O seu interesse legítimo',
  tcfDeviceStorage: 'O que armazena no seu dispositivo',
  tcfUnavailable: 'Não disponível',
} satisfies TcfStrings;
