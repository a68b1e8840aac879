import type { Strings } from './en.js';

/** Hungarian (magyar). */
export default {
  $code: 'hu',
  $dir: 'ltr',
  bannerTitle: 'Ez a weboldal sütiket használ',
  bannerText:
    'Sütiket használunk, hogy az oldal működjön. Az Ön hozzájárulásával arra is használjuk őket, hogy mérjük a látogatottságot, és releváns hirdetéseket jelenítsünk meg. Döntését bármikor megváltoztathatja.',
  learnMore: 'További információ',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  manage: 'Beállítások kezelése',
  preferencesTitle: 'Sütibeállítások',
  preferencesText:
    'A nem kötelező sütik kikapcsolva maradnak, amíg be nem kapcsolja őket. A feltétlenül szükséges sütik mindig be vannak kapcsolva: nélkülük az oldal nem működik.',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  services: 'Szolgáltatások',
  cookieSettings: 'Sütibeállítások',
  gpcNotice:
    'Böngészője Global Privacy Control jelzést küld, ezért az „Összes elfogadása” gomb sem kapcsolja be a hirdetéseket.',
  necessaryTitle: 'Feltétlenül szükséges',
  necessaryDescription: 'Az oldal működéséhez és az Ön döntésének megjegyzéséhez szükségesek.',
  functionalTitle: 'Funkcionális',
  functionalDescription: 'Megjegyzik a beállításait, és lehetővé teszik például a hozzászólást.',
  analyticsTitle: 'Analitikai',
  analyticsDescription:
    'Számolják a látogatásokat, és megmutatják, mely cikkeket olvassák, hogy fejleszthessük az oldalt.',
  marketingTitle: 'Marketing',
  marketingDescription:
    'Lehetővé teszik, hogy mi és partnereink az Ön érdeklődésének megfelelő hirdetéseket jelenítsünk meg és mérjünk.',
  embedLabel: '{name} (letiltva)',
  embedMessage: '{name} letiltva, mert Ön nem engedélyezte a következő kategória sütijeit: {category}.',
  embedAllow: '{name} engedélyezése',
  embedContent: '{category} tartalom',
} satisfies Strings;
