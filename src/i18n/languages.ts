/**
 * The languages shipped as packs (dist/i18n/<code>.json, one small request each; English is built
 * in). Listed here, not discovered, so `language: 'auto'` can choose one before fetching it.
 */
// One string split, not an array literal: fewer bytes in the drop-in script.
export const SHIPPED_LANGUAGES =
  'ar bg cs cy da de el es et fi fr ga gd he hr hu it lt lv mt nb nl pl pt ro sk sl sv tr uk'.split(' ');
