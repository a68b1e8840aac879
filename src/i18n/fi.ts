import type { Strings } from './en.js';

/** Finnish (suomi). */
export default {
  $code: 'fi',
  $dir: 'ltr',
  bannerTitle: 'Tämä sivusto käyttää evästeitä',
  bannerText:
    'Käytämme evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme niitä myös kävijämäärien mittaamiseen ja sinua kiinnostavien mainosten näyttämiseen. Voit muuttaa valintaasi milloin tahansa.',
  learnMore: 'Lue lisää',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  manage: 'Muokkaa asetuksia',
  preferencesTitle: 'Evästeasetukset',
  preferencesText:
    'Valinnaiset evästeet ovat pois käytöstä, ellet ota niitä käyttöön. Välttämättömät evästeet ovat aina käytössä: sivusto ei toimi ilman niitä.',
  save: 'Tallenna asetukset',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  services: 'Palvelut',
  cookieSettings: 'Evästeasetukset',
  gpcNotice:
    'Selaimesi lähettää Global Privacy Control -signaalin: vaikka valitset ”Hyväksy kaikki”, mainonta pysyy pois käytöstä.',
  necessaryTitle: 'Välttämättömät',
  necessaryDescription: 'Tarvitaan sivuston toimintaan ja valintasi muistamiseen.',
  functionalTitle: 'Toiminnalliset',
  functionalDescription: 'Muistavat asetuksesi ja mahdollistavat esimerkiksi kommentoinnin.',
  analyticsTitle: 'Analytiikka',
  analyticsDescription: 'Laskevat käynnit ja näyttävät, mitä artikkeleita luetaan, jotta voimme kehittää sivustoa.',
  marketingTitle: 'Markkinointi',
  marketingDescription:
    'Antavat meidän ja kumppaniemme näyttää ja mitata mainoksia, jotka vastaavat kiinnostuksen kohteitasi.',
  embedLabel: 'Estetty: {name}',
  embedMessage: 'Estetty: {name}, koska luokan ”{category}” evästeitä ei ole sallittu.',
  embedAllow: 'Salli {name}',
  embedContent: 'luokan ”{category}” sisältö',
} satisfies Strings;
