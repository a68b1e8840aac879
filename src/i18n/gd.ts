import type { Strings } from './en.js';

/** Scottish Gaelic (Gàidhlig). */
export default {
  $code: 'gd',
  $dir: 'ltr',
  bannerTitle: 'Tha an làrach-lìn seo a’ cleachdadh bhriosgaidean',
  bannerText:
    'Bidh sinn a’ cleachdadh bhriosgaidean gus am bi an làrach-lìn seo ag obair. Le ur cead, cleachdaidh sinn iad cuideachd gus ar luchd-leughaidh a thomhas agus gus sanasan iomchaidh a shealltainn. ’S urrainn dhuibh ur roghainn atharrachadh uair sam bith.',
  learnMore: 'Barrachd fiosrachaidh',
  acceptAll: 'Gabh ris na h-uile',
  rejectAll: 'Diùlt na h-uile',
  manage: 'Stiùirich roghainnean',
  preferencesTitle: 'Roghainnean bhriosgaidean',
  preferencesText:
    'Bidh briosgaidean roghainneil dheth mura cuir sibh air iad. Bidh briosgaidean fìor-riatanach air an-còmhnaidh: chan obraich an làrach-lìn às an aonais.',
  save: 'Sàbhail na roghainnean',
  close: 'Dùin',
  alwaysOn: 'Air an-còmhnaidh',
  services: 'Seirbheisean',
  cookieSettings: 'Roghainnean bhriosgaidean',
  gpcNotice:
    'Tha am brabhsair agaibh a’ cur siognail Global Privacy Control, mar sin fàgaidh “Gabh ris na h-uile” sanasachd dheth.',
  necessaryTitle: 'Fìor-riatanach',
  necessaryDescription: 'Riatanach gus am bi an làrach-lìn ag obair agus gus ur roghainn a chumail air chuimhne.',
  functionalTitle: 'Gnìomhach',
  functionalDescription: 'Cumaidh iad ur roghainnean air chuimhne agus cuiridh iad feartan mar bheachdan an comas.',
  analyticsTitle: 'Anailis',
  analyticsDescription:
    'Cunntaidh iad na tadhalan agus seallaidh iad dè na h-artaigilean a thathar a’ leughadh, airson ’s gun urrainn dhuinn an làrach-lìn a leasachadh.',
  marketingTitle: 'Margaidheachd',
  marketingDescription:
    'Leigidh iad leinn agus le ar com-pàirtichean sanasan a fhreagras air ur n-ùidhean a shealltainn agus a thomhas.',
  embedLabel: 'Bacte: {name}',
  embedMessage:
    'Chan urrainn dhuinn {name} a shealltainn a chionn ’s nach do cheadaich sibh briosgaidean san roinn “{category}”.',
  embedAllow: 'Ceadaich {name}',
  embedContent: 'Susbaint ({category})',
} satisfies Strings;
