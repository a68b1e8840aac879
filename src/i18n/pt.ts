import type { Strings } from './en.js';

/** European Portuguese (português europeu). */
export default {
  $code: 'pt',
  $dir: 'ltr',
  bannerTitle: 'Este site utiliza cookies',
  bannerText:
    'Utilizamos cookies para que este site funcione. Com o seu consentimento, utilizamo-los também para medir a nossa audiência e mostrar anúncios relevantes. Pode alterar a sua escolha a qualquer momento.',
  learnMore: 'Saber mais',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  manage: 'Gerir preferências',
  preferencesTitle: 'Preferências de cookies',
  preferencesText:
    'Os cookies opcionais ficam desativados, a menos que os ative. Os cookies estritamente necessários estão sempre ativos: sem eles, o site não pode funcionar.',
  save: 'Guardar preferências',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  services: 'Serviços',
  cookieSettings: 'Definições de cookies',
  gpcNotice: 'O seu navegador envia o sinal Global Privacy Control: «Aceitar todos» mantém a publicidade desativada.',
  necessaryTitle: 'Estritamente necessários',
  necessaryDescription: 'Necessários para o funcionamento do site e para guardar a sua escolha.',
  functionalTitle: 'Funcionais',
  functionalDescription: 'Memorizam as suas definições e permitem funcionalidades como os comentários.',
  analyticsTitle: 'Analíticos',
  analyticsDescription: 'Contam as visitas e mostram que artigos são lidos, para podermos melhorar o site.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Permitem que nós e os nossos parceiros mostremos e meçamos anúncios adequados aos seus interesses.',
  embedLabel: 'Conteúdo bloqueado: {name}',
  embedMessage: 'Bloqueámos {name} porque não autorizou os cookies da categoria «{category}».',
  embedAllow: 'Permitir {name}',
  embedContent: 'o conteúdo «{category}»',
} satisfies Strings;
