/** Language choice and per-language texts (contract §8). Pure. */
import type { LocalizedText } from './types.js';

/**
 * The first wanted language that is available: exact tag first, then its primary subtag
 * (`pt-BR` → `pt`). Falls back to English.
 */
export function pickLanguage(wanted: readonly (string | null | undefined)[], available: readonly string[]): string {
  const have = new Set(available.map((a) => a.toLowerCase()));
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    if (have.has(lower)) return available.find((a) => a.toLowerCase() === lower) ?? lower;
    const primary = lower.split('-')[0] ?? '';
    if (have.has(primary)) return primary;
  }
  return 'en';
}

/** A site's text in the shown language: the language, its primary subtag, English, or any. */
export function localize(text: LocalizedText | undefined, language: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[language] ?? text[language.split('-')[0] ?? ''] ?? text.en ?? Object.values(text)[0];
}
