/** Language choice and per-language texts (docs/contract.md §8). Pure. */
import type { LocalizedText } from './types.js';

/**
 * The first wanted language that is available, in its available spelling: exact tag first,
 * then its primary subtag (`pt-BR` → `pt`), case-insensitively. Falls back to English.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[], available: readonly string[]): string {
  // Lowercased once and searched with indexOf rather than compared one by one: this runs on every page
  // (a returning reader's too), and a tag with a region (`en-GB`) misses the whole list before its
  // primary subtag matches. A loop of string comparisons run that often gets compiled to machine
  // code that the page's heap then holds.
  const lower = available.map((a) => a.toLowerCase());
  for (const tag of wanted)
    for (const w of [tag, tag?.split('-')[0]]) {
      const found = w ? lower.indexOf(w.toLowerCase()) : -1;
      if (found >= 0) return available[found]!;
    }
  return 'en';
}

/** A site's text in the shown language: the language, its primary subtag, English, or any. */
export const localize = (text: LocalizedText | undefined, language: string): string | undefined =>
  typeof text == 'object'
    ? (text[language] ?? text[language.split('-')[0]!] ?? text.en ?? Object.values(text)[0])
    : text;
