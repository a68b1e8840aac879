import type { TcfStrings } from './en.js';

/** Finnish (Suomi): the TCF screens' own strings. */
export default {
  $code: 'fi',
  tcfIntro:
    'Me ja {count} kumppaniamme tallennamme tietoja laitteellesi ja luemme niitä, kuten evästeitä, ja käsittelemme henkilötietoja, kuten yksilöllisiä tunnisteita ja selaustietoja, näihin tarkoituksiin:',
  tcfPartnerCount: '{iab} IAB TCF -toimittajaa ja {other} muuta kumppania',
  tcfSpecialFeaturesNote: '”Hyväksy kaikki” sallii myös:',
  tcfLegitimateInterestNote:
    'Jotkin kumppanit käsittelevät tietojasi ilman suostumustasi oikeutetun etunsa perusteella. Sinulla on oikeus vastustaa tätä kohdassa ”Muokkaa asetuksia”.',
  tcfScope: 'Valintasi koskee vain tätä sivustoa.',
  tcfChangeMind: 'Voit muuttaa valintaasi ja perua suostumuksesi milloin tahansa evästeasetuksissa.',
  tcfVendorsLink: 'Näytä kumppanimme',
  tcfPurposes: 'Käyttötarkoitukset',
  tcfConsent: 'Suostumus',
  tcfLegitimateInterest: 'Oikeutettu etu',
  tcfSpecialPurposes: 'Erityiset käyttötarkoitukset',
  tcfFeatures: 'Ominaisuudet',
  tcfSpecialFeatures: 'Erityisominaisuudet',
  tcfVendors: 'IAB TCF -toimittajat',
  tcfOtherPartners: 'Muut kumppanit',
  tcfDataCategories: 'Käytetyt tiedot',
  tcfRetention: 'Tietoja säilytetään {days} päivää',
  tcfCookies: 'Evästeitä säilytetään enintään {days} päivää',
  tcfCookieRefresh: 'Niiden voimassaolo alkaa alusta jokaisella käynnillä',
  tcfNoCookies: 'Ei käytä evästeitä',
  tcfNonCookieAccess: 'Tallentaa tai lukee myös muita tietoja laitteellasi',
  tcfPrivacyPolicy: 'Tietosuojaseloste',
  tcfLegitimateInterestClaim: 'Sen oikeutettu etu',
  tcfDeviceStorage: 'Mitä se tallentaa laitteellesi',
  tcfUnavailable: 'Ei saatavilla',
} satisfies TcfStrings;
