import type { Strings } from './en.js';

/** Irish (Gaeilge). */
export default {
  $code: 'ga',
  $dir: 'ltr',
  bannerTitle: 'Úsáideann an suíomh seo fianáin',
  bannerText:
    'Úsáidimid fianáin chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid iad freisin chun líon na gcuairteoirí a thomhas agus chun fógraí ábhartha a thaispeáint. Is féidir leat do rogha a athrú am ar bith.',
  learnMore: 'Tuilleadh eolais',
  acceptAll: 'Ceadaigh gach ceann',
  rejectAll: 'Diúltaigh gach ceann',
  manage: 'Bainistigh roghanna',
  preferencesTitle: 'Roghanna fianán',
  preferencesText:
    'Fanann fianáin roghnacha múchta mura gcasann tú air iad. Bíonn fianáin fíor-riachtanacha ar siúl i gcónaí: ní féidir leis an suíomh oibriú gan iad.',
  save: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  services: 'Seirbhísí',
  cookieSettings: 'Socruithe fianán',
  gpcNotice:
    'Seolann do bhrabhsálaí comhartha Global Privacy Control: má roghnaíonn tú “Ceadaigh gach ceann”, fanfaidh an fhógraíocht múchta.',
  necessaryTitle: 'Fíor-riachtanach',
  necessaryDescription: 'Teastaíonn siad chun go n-oibreoidh an suíomh agus chun cuimhneamh ar do rogha.',
  functionalTitle: 'Feidhmiúil',
  functionalDescription: 'Cuimhníonn siad ar do shocruithe agus cumasaíonn siad gnéithe ar nós tráchtanna.',
  analyticsTitle: 'Anailísíocht',
  analyticsDescription:
    'Comhaireann siad cuairteanna agus taispeánann siad na hailt a léitear, ionas gur féidir linn an suíomh a fheabhsú.',
  marketingTitle: 'Margaíocht',
  marketingDescription:
    'Ligeann siad dúinn féin agus dár gcomhpháirtithe fógraí a oireann do do spéiseanna a thaispeáint agus a thomhas.',
  embedLabel: 'Blocáilte: {name}',
  embedMessage: 'Tá {name} blocáilte mar nár cheadaigh tú fianáin sa chatagóir “{category}”.',
  embedAllow: 'Ceadaigh {name}',
  embedContent: 'ábhar ón gcatagóir “{category}”',
} satisfies Strings;
