import type { Strings } from './en.js';

/** Welsh (Cymraeg). */
export default {
  $code: 'cy',
  $dir: 'ltr',
  bannerTitle: 'Mae’r wefan hon yn defnyddio cwcis',
  bannerText:
    'Rydym yn defnyddio cwcis i wneud i’r wefan hon weithio. Gyda’ch caniatâd, rydym hefyd yn eu defnyddio i fesur ein cynulleidfa ac i ddangos hysbysebion perthnasol. Gallwch newid eich dewis unrhyw bryd.',
  learnMore: 'Dysgu rhagor',
  acceptAll: 'Derbyn y cyfan',
  rejectAll: 'Gwrthod y cyfan',
  manage: 'Rheoli dewisiadau',
  preferencesTitle: 'Dewisiadau cwcis',
  preferencesText:
    'Bydd cwcis dewisol yn aros i ffwrdd oni bai eich bod yn eu troi ymlaen. Mae cwcis hollol angenrheidiol ymlaen bob amser: ni all y wefan weithio hebddynt.',
  save: 'Cadw dewisiadau',
  close: 'Cau',
  alwaysOn: 'Ymlaen bob amser',
  services: 'Gwasanaethau',
  cookieSettings: 'Gosodiadau cwcis',
  gpcNotice:
    'Mae eich porwr yn anfon signal Global Privacy Control, felly ni fydd “Derbyn y cyfan” yn troi hysbysebu ymlaen.',
  necessaryTitle: 'Hollol angenrheidiol',
  necessaryDescription: 'Mae eu hangen er mwyn i’r wefan weithio ac i gofio eich dewis.',
  functionalTitle: 'Swyddogaethol',
  functionalDescription: 'Cofio eich gosodiadau a galluogi nodweddion fel sylwadau.',
  analyticsTitle: 'Dadansoddi',
  analyticsDescription:
    'Cyfrif ymweliadau a gweld pa erthyglau sy’n cael eu darllen, er mwyn i ni allu gwella’r wefan.',
  marketingTitle: 'Marchnata',
  marketingDescription: 'Caniatáu i ni a’n partneriaid ddangos a mesur hysbysebion sy’n cyd-fynd â’ch diddordebau.',
  embedLabel: 'Cynnwys wedi’i rwystro: {name}',
  embedMessage: 'Nid oes modd dangos {name} am nad ydych wedi caniatáu cwcis {category}.',
  embedAllow: 'Caniatáu {name}',
  embedContent: 'Cynnwys {category}',
} satisfies Strings;
