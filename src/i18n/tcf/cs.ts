import type { TcfStrings } from './en.js';

/** Czech (Čeština): the TCF screens' own strings. */
export default {
  $code: 'cs',
  tcfIntro:
    'My a naši partneři ({count}) ukládáme informace ve vašem zařízení a přistupujeme k nim, například k souborům cookie, a zpracováváme osobní údaje, například jedinečné identifikátory a údaje o prohlížení, k těmto účelům:',
  tcfPartnerCount: 'Dodavatelé IAB TCF: {iab}, další partneři: {other}',
  tcfSpecialFeaturesNote: '„Přijmout vše“ také povolí:',
  tcfLegitimateInterestNote:
    'Někteří partneři zpracovávají vaše údaje bez vašeho souhlasu na základě svého oprávněného zájmu. Máte právo vznést námitku v části „Upravit předvolby“.',
  tcfScope: 'Vaše volba platí jen pro tento web.',
  tcfChangeMind: 'Svou volbu můžete kdykoli změnit a souhlas odvolat v nastavení souborů cookie.',
  tcfVendorsLink: 'Zobrazit naše partnery',
  tcfPurposes: 'Účely',
  tcfConsent: 'Souhlas',
  tcfLegitimateInterest: 'Oprávněný zájem',
  tcfSpecialPurposes: 'Zvláštní účely',
  tcfFeatures: 'Funkce',
  tcfSpecialFeatures: 'Zvláštní funkce',
  tcfVendors: 'Dodavatelé IAB TCF',
  tcfOtherPartners: 'Další partneři',
  tcfDataCategories: 'Používané údaje',
  tcfRetention: 'Údaje uchovávány {days} dní',
  tcfCookies: 'Soubory cookie uchovávány až {days} dní',
  tcfCookieRefresh: 'Jejich platnost začíná při každé návštěvě znovu',
  tcfNoCookies: 'Nepoužívá soubory cookie',
  tcfNonCookieAccess: 'Ukládá nebo čte ve vašem zařízení i jiné informace',
  tcfPrivacyPolicy: 'Zásady ochrany osobních údajů',
  tcfLegitimateInterestClaim: 'Jeho oprávněný zájem',
  tcfDeviceStorage: 'Co ukládá ve vašem zařízení',
  tcfUnavailable: 'Není k dispozici',
} satisfies TcfStrings;
