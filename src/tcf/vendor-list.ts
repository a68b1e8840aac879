/**
 * The Global Vendor List as the site serves it (docs/compliance.md R41): checking its shape and
 * narrowing it to the site's vendors. Pure, shared by the browser (src/tcf/) and the `gvl` command
 * (cli/gvl.ts), so both narrow the same way.
 */

/** One vendor of the GVL (only the fields the CMP reads are typed; the rest is kept as it is). */
export interface GvlVendor {
  id: number;
  name: string;
  purposes: number[];
  legIntPurposes: number[];
  flexiblePurposes: number[];
  specialPurposes: number[];
  features: number[];
  specialFeatures: number[];
  deletedDate?: string;
  [field: string]: unknown;
}

/** A GVL (gvlSpecificationVersion 3) or a narrowed copy of one. */
export interface VendorList {
  gvlSpecificationVersion: number;
  vendorListVersion: number;
  tcfPolicyVersion: number;
  lastUpdated: string;
  purposes: Record<string, { id: number; name: string; description: string; [field: string]: unknown }>;
  specialPurposes: Record<string, unknown>;
  features: Record<string, unknown>;
  specialFeatures: Record<string, { id: number; name: string; description: string; [field: string]: unknown }>;
  stacks: Record<string, { id: number; purposes: number[]; specialFeatures: number[]; [field: string]: unknown }>;
  dataCategories?: Record<string, unknown>;
  vendors: Record<string, GvlVendor>;
}

const isObject = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) == '[object Object]';
const isIds = (v: unknown) => Array.isArray(v) && v.every(Number.isInteger);
const VENDOR_LISTS = [
  'purposes',
  'legIntPurposes',
  'flexiblePurposes',
  'specialPurposes',
  'features',
  'specialFeatures',
];

/**
 * What is wrong with `json` as a vendor list, or `''` when nothing is: the fields the CMP relies on
 * must be there with the right types (a truncated file or an HTML error page must never become a
 * TC string).
 */
export function vendorListProblem(json: unknown): string {
  if (!isObject(json)) return 'not a JSON object';
  for (const key of ['gvlSpecificationVersion', 'vendorListVersion', 'tcfPolicyVersion'])
    if (!Number.isInteger(json[key]) || (json[key] as number) < 1) return `${key} is not a whole number`;
  for (const key of ['purposes', 'specialPurposes', 'features', 'specialFeatures', 'stacks', 'vendors'])
    if (!isObject(json[key])) return `${key} is missing`;
  for (const [id, vendor] of Object.entries(json.vendors as Record<string, unknown>)) {
    if (!isObject(vendor) || vendor.id !== Number(id) || typeof vendor.name != 'string')
      return `vendor ${id} has no matching id and name`;
    const bad = VENDOR_LISTS.find((k) => !isIds(vendor[k]));
    if (bad) return `vendor ${id}: ${bad} is not a list of IDs`;
  }
  return '';
}

/** IDs of the vendors that are in the list and not deleted. */
export const liveVendorIds = (list: VendorList): number[] =>
  Object.values(list.vendors)
    .filter((v) => !v.deletedDate)
    .map((v) => v.id);

/**
 * The list with only `vendors` (those in it and not deleted), everything else as it is, plus the
 * configured IDs it does not have (unknown or deleted vendors: never shown, never disclosed).
 */
export function narrowVendorList(
  list: VendorList,
  vendors: readonly number[],
): { list: VendorList; missing: number[] } {
  const kept: Record<string, GvlVendor> = {};
  const missing: number[] = [];
  for (const id of vendors) {
    const vendor = list.vendors[id];
    if (vendor && !vendor.deletedDate) kept[id] = vendor;
    else missing.push(id);
  }
  return { list: { ...list, vendors: kept }, missing };
}
