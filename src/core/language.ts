/** Language choice and per-language texts (docs/contract.md §8). Pure. */
import type { LocalizedText } from './types.js';

/**
 * The first wanted language that is available, in its available spelling: exact tag first,
 * then its primary subtag (`pt-BR` → `pt`), case-insensitively. Falls back to English.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[], available: readonly string[]): string {
  for (const tag of wanted)
    for (const w of [tag, tag?.split('-')[0]])
      for (const a of available) if (w && a.toLowerCase() == w.toLowerCase()) return a;
  return 'en';
}

/** A site's text in the shown language: the language, its primary subtag, English, or any. */
export const localize = (text: LocalizedText | undefined, language: string): string | undefined =>
  typeof text == 'object'
    ? (text[language] ?? text[language.split('-')[0]!] ?? text.en ?? Object.values(text)[0])
    : text;
