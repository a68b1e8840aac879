/**
 * The Global Vendor List's texts (purposes, special purposes, features, special features, stacks,
 * data categories) in the reader's language: `purposes-<lang>.json` beside the site's vendor list
 * (`npx cookie-consent gvl --languages …` writes them), the list's own English for any language or
 * entry it does not have. A fetched file is data: only its strings are read.
 */
import { warn } from '../../core/log.js';
import type { VendorList } from '../vendor-list.js';

/** One entry's texts. */
export interface Texts {
  name: string;
  description: string;
}

export const SECTIONS = [
  'purposes',
  'specialPurposes',
  'features',
  'specialFeatures',
  'stacks',
  'dataCategories',
] as const;
export type Section = (typeof SECTIONS)[number];
export type GvlTexts = Record<Section, Record<string, Texts>>;

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => !!v && typeof v == 'object' && !Array.isArray(v);

/** The texts of `source` (a vendor list or a translation), only where they are strings. */
function textsOf(source: unknown, fallback?: GvlTexts): GvlTexts {
  const out = {} as GvlTexts;
  for (const section of SECTIONS) {
    const entries = isObject(source) && isObject(source[section]) ? source[section] : {};
    const base = fallback?.[section] ?? {};
    out[section] = { ...base };
    for (const [id, entry] of Object.entries(entries))
      if (isObject(entry) && typeof entry.name == 'string')
        out[section][id] = {
          name: entry.name,
          description: typeof entry.description == 'string' ? entry.description : (base[id]?.description ?? ''),
        };
  }
  return out;
}

/** The list's own (English) texts. */
export const englishTexts = (list: VendorList): GvlTexts => textsOf(list);

/**
 * The texts in `language`: English at once for 'en', else the translation beside `gvlUrl`
 * (English, with a warning, when it cannot be had).
 */
export async function gvlTexts(list: VendorList, gvlUrl: string, language: string): Promise<GvlTexts> {
  const english = englishTexts(list);
  if (language == 'en') return english;
  try {
    const url = new URL(`purposes-${language}.json`, new URL(gvlUrl, location.href));
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
    return textsOf(await response.json(), english);
  } catch (e) {
    warn(`no '${language}' vendor list texts (${String(e)}): English shown for them`);
    return english;
  }
}
