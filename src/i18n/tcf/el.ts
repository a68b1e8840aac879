import type { TcfStrings } from './en.js';

/** Greek (Ελληνικά): the TCF screens' own strings. */
export default {
  $code: 'el',
  tcfIntro:
    'Εμείς και οι {count} συνεργάτες μας αποθηκεύουμε και προσπελαύνουμε πληροφορίες στη συσκευή σας, όπως cookies, και επεξεργαζόμαστε προσωπικά δεδομένα, όπως μοναδικά αναγνωριστικά και δεδομένα περιήγησης, για τους εξής σκοπούς:',
  tcfPartnerCount: '{iab} πάροχοι IAB TCF και {other} άλλοι συνεργάτες',
  tcfSpecialFeaturesNote: 'Η «Αποδοχή όλων» επιτρέπει επίσης:',
  tcfLegitimateInterestNote:
    'Ορισμένοι συνεργάτες επεξεργάζονται τα δεδομένα σας χωρίς τη συγκατάθεσή σας, βάσει έννομου συμφέροντος. Έχετε δικαίωμα να αντιταχθείτε στις «Προτιμήσεις».',
  tcfScope: 'Η επιλογή σας ισχύει μόνο για αυτόν τον ιστότοπο.',
  tcfChangeMind:
    'Μπορείτε ανά πάσα στιγμή να αλλάξετε την επιλογή σας και να ανακαλέσετε τη συγκατάθεσή σας στις ρυθμίσεις cookies.',
  tcfVendorsLink: 'Δείτε τους συνεργάτες μας',
  tcfPurposes: 'Σκοποί',
  tcfConsent: 'Συγκατάθεση',
  tcfLegitimateInterest: 'Έννομο συμφέρον',
  tcfSpecialPurposes: 'Ειδικοί σκοποί',
  tcfFeatures: 'Λειτουργίες',
  tcfSpecialFeatures: 'Ειδικές λειτουργίες',
  tcfVendors: 'Πάροχοι IAB TCF',
  tcfOtherPartners: 'Άλλοι συνεργάτες',
  tcfDataCategories: 'Δεδομένα που χρησιμοποιούνται',
  tcfRetention: 'Τα δεδομένα διατηρούνται {days} ημέρες',
  tcfCookies: 'Τα cookies διατηρούνται έως {days} ημέρες',
  tcfCookieRefresh: 'Η διάρκειά τους ξεκινά από την αρχή σε κάθε επίσκεψη',
  tcfNoCookies: 'Δεν χρησιμοποιεί cookies',
  tcfNonCookieAccess: 'Αποθηκεύει ή διαβάζει και άλλες πληροφορίες στη συσκευή σας',
  tcfPrivacyPolicy: 'Πολιτική απορρήτου',
  tcfLegitimateInterestClaim: 'Το έννομο συμφέρον του',
  tcfDeviceStorage: 'Τι αποθηκεύει στη συσκευή σας',
  tcfUnavailable: 'Μη διαθέσιμο',
} satisfies TcfStrings;
