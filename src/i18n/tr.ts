import type { Strings } from './en.js';

/** Turkish (Türkçe). */
export default {
  $code: 'tr',
  $dir: 'ltr',
  bannerTitle: 'Bu site çerez kullanıyor',
  bannerText:
    'Sitemizin çalışması için çerez kullanıyoruz. Onay vermeniz hâlinde çerezleri okur kitlemizi ölçmek ve size uygun reklamlar göstermek için de kullanıyoruz. Tercihinizi istediğiniz zaman değiştirebilirsiniz.',
  learnMore: 'Daha fazla bilgi',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  manage: 'Tercihleri yönet',
  preferencesTitle: 'Çerez tercihleri',
  preferencesText:
    'İsteğe bağlı çerezler, siz açmadığınız sürece kapalı kalır. Zorunlu çerezler her zaman açıktır: Site bunlar olmadan çalışamaz.',
  save: 'Tercihleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  services: 'Hizmetler',
  cookieSettings: 'Çerez ayarları',
  gpcNotice:
    'Tarayıcınız Global Privacy Control sinyali gönderiyor. Bu nedenle “Tümünü kabul et” reklam çerezlerini kapalı bırakır.',
  necessaryTitle: 'Zorunlu',
  necessaryDescription: 'Sitenin çalışması ve tercihinizin hatırlanması için gereklidir.',
  functionalTitle: 'İşlevsel',
  functionalDescription: 'Ayarlarınızı hatırlar ve yorumlar gibi özellikleri etkinleştirir.',
  analyticsTitle: 'Analiz',
  analyticsDescription: 'Siteyi geliştirebilmemiz için ziyaretleri sayar ve hangi yazıların okunduğunu gösterir.',
  marketingTitle: 'Pazarlama',
  marketingDescription: 'Bizim ve iş ortaklarımızın ilgi alanlarınıza uygun reklamlar gösterip ölçmesini sağlar.',
  embedLabel: '{name} (engellendi)',
  embedMessage: '“{category}” kategorisindeki çerezlere izin vermediğiniz için {name} engellendi.',
  embedAllow: '{name} için izin ver',
  embedContent: '{category} içeriği',
} satisfies Strings;
