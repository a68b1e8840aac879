import type { TcfStrings } from './en.js';

/** Turkish (Türkçe): the TCF screens' own strings. */
export default {
  $code: 'tr',
  tcfIntro:
    'Biz ve {count} iş ortağımız, çerezler gibi bilgileri cihazınızda saklar ve bunlara erişir; benzersiz tanımlayıcılar ve gezinme verileri gibi kişisel verileri şu amaçlarla işleriz:',
  tcfPartnerCount: '{iab} IAB TCF sağlayıcısı ve {other} diğer iş ortağı',
  tcfSpecialFeaturesNote: '“Tümünü kabul et” ayrıca şunlara izin verir:',
  tcfLegitimateInterestNote:
    'Bazı iş ortakları verilerinizi onayınızı almadan, meşru menfaatlerine dayanarak işler. Buna “Tercihleri yönet” bölümünden itiraz etme hakkınız vardır.',
  tcfScope: 'Seçiminiz yalnızca bu site için geçerlidir.',
  tcfChangeMind: 'Seçiminizi dilediğiniz zaman çerez ayarlarından değiştirebilir ve onayınızı geri çekebilirsiniz.',
  tcfVendorsLink: 'İş ortaklarımızı görün',
  tcfPurposes: 'Amaçlar',
  tcfConsent: 'Onay',
  tcfLegitimateInterest: 'Meşru menfaat',
  tcfSpecialPurposes: 'Özel amaçlar',
  tcfFeatures: 'Özellikler',
  tcfSpecialFeatures: 'Özel özellikler',
  tcfVendors: 'IAB TCF sağlayıcıları',
  tcfOtherPartners: 'Diğer iş ortakları',
  tcfDataCategories: 'Kullanılan veriler',
  tcfRetention: 'Veriler {days} gün saklanır',
  tcfCookies: 'Çerezler en fazla {days} gün saklanır',
  tcfCookieRefresh: 'Süreleri her ziyarette yeniden başlar',
  tcfNoCookies: 'Çerez kullanmaz',
  tcfNonCookieAccess: 'Cihazınızda başka bilgiler de saklar veya okur',
  tcfPrivacyPolicy: 'Gizlilik politikası',
  tcfLegitimateInterestClaim: 'Meşru menfaati',
  tcfDeviceStorage: 'Cihazınızda ne sakladığı',
  tcfUnavailable: 'Mevcut değil',
} satisfies TcfStrings;
