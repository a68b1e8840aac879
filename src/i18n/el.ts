import type { Strings } from './en.js';

/** Greek (Ελληνικά). */
export default {
  $code: 'el',
  $dir: 'ltr',
  bannerTitle: 'Ο ιστότοπος χρησιμοποιεί cookies',
  bannerText:
    'Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου και, με τη συγκατάθεσή σας, για στατιστικά και σχετικές διαφημίσεις. Μπορείτε να αλλάξετε την επιλογή σας οποτεδήποτε.',
  learnMore: 'Μάθετε περισσότερα',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  manage: 'Προτιμήσεις',
  preferencesTitle: 'Προτιμήσεις cookies',
  preferencesText:
    'Τα προαιρετικά cookies μένουν ανενεργά αν δεν τα ενεργοποιήσετε. Τα απαραίτητα είναι πάντα ενεργά: χωρίς αυτά ο ιστότοπος δεν λειτουργεί.',
  save: 'Αποθήκευση',
  close: 'Κλείσιμο',
  alwaysOn: 'Πάντα ενεργά',
  services: 'Υπηρεσίες',
  cookieSettings: 'Ρυθμίσεις cookies',
  gpcNotice: 'Ο περιηγητής σας στέλνει Global Privacy Control: η «Αποδοχή όλων» δεν ενεργοποιεί διαφημίσεις.',
  necessaryTitle: 'Απολύτως απαραίτητα',
  necessaryDescription: 'Για να λειτουργεί ο ιστότοπος και να θυμάται την επιλογή σας.',
  functionalTitle: 'Λειτουργικά',
  functionalDescription: 'Θυμούνται τις ρυθμίσεις σας και επιτρέπουν λειτουργίες όπως τα σχόλια.',
  analyticsTitle: 'Στατιστικά',
  analyticsDescription: 'Μετρούν επισκέψεις και αναγνώσεις άρθρων, για να βελτιώνουμε τον ιστότοπο.',
  marketingTitle: 'Μάρκετινγκ',
  marketingDescription:
    'Επιτρέπουν σε εμάς και σε συνεργάτες να δείχνουμε και να μετράμε διαφημίσεις κατά τα ενδιαφέροντά σας.',
  embedLabel: 'Αποκλείστηκε: {name}',
  embedMessage: '{name}: αποκλείστηκε, γιατί δεν επιτρέψατε τα cookies «{category}».',
  embedAllow: 'Επιτρέψτε: {name}',
  embedContent: 'περιεχόμενο «{category}»',
} satisfies Strings;
