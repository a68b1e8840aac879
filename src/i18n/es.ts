import type { Strings } from './en.js';

/** Spanish (español). */
export default {
  $code: 'es',
  $dir: 'ltr',
  bannerTitle: 'Este sitio utiliza cookies',
  bannerText:
    'Utilizamos cookies para que este sitio funcione. Con su consentimiento, también las usamos para medir nuestra audiencia y mostrarle anuncios relevantes. Puede cambiar su elección en cualquier momento.',
  learnMore: 'Más información',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  manage: 'Gestionar preferencias',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Las cookies opcionales permanecen desactivadas a menos que usted las active. Las cookies estrictamente necesarias están siempre activas: sin ellas, el sitio no puede funcionar.',
  save: 'Guardar preferencias',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  services: 'Servicios',
  cookieSettings: 'Configuración de cookies',
  gpcNotice: 'Su navegador envía la señal Global Privacy Control: con «Aceptar todo», la publicidad sigue desactivada.',
  necessaryTitle: 'Estrictamente necesarias',
  necessaryDescription: 'Imprescindibles para que el sitio funcione y para recordar su elección.',
  functionalTitle: 'Funcionales',
  functionalDescription: 'Recuerdan sus ajustes y permiten funciones como los comentarios.',
  analyticsTitle: 'Analíticas',
  analyticsDescription: 'Cuentan las visitas y muestran qué artículos se leen, para que podamos mejorar el sitio.',
  marketingTitle: 'Publicidad',
  marketingDescription:
    'Nos permiten, a nosotros y a nuestros socios, mostrar y medir anuncios acordes con sus intereses.',
  embedLabel: 'Contenido bloqueado: {name}',
  embedMessage: 'Hemos bloqueado {name} porque no ha permitido las cookies de la categoría «{category}».',
  embedAllow: 'Permitir {name}',
  embedContent: 'el contenido de la categoría «{category}»',
} satisfies Strings;
