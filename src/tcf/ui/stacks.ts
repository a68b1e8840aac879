/**
 * Which stacks the first layer shows (`tcf.stacks`), and which purposes and special features it
 * then lists on their own. Pure. The TCF Policies let a CMP present stacks instead of purposes;
 * a purpose or special feature appears in at most one of the stacks shown.
 */
import type { VendorList } from '../vendor-list.js';

export interface FirstLayerItems {
  /** Stack IDs, in the order shown. */
  stacks: number[];
  /** Purpose IDs no stack shown covers. */
  purposes: number[];
  /** Special feature IDs no stack shown covers. */
  specialFeatures: number[];
}

const ids = (record: Record<string, unknown>) => Object.keys(record).map(Number);

/**
 * 'auto': the stacks that describe the list's purposes and special features with the fewest
 * entries (greedily, the stack that covers most of what is left, only stacks that claim nothing
 * the list lacks and nothing an earlier stack covers); a list of IDs: those stacks (the ones the
 * list has, overlaps skipped). Whatever no stack covers is listed on its own.
 */
export function firstLayerItems(list: VendorList, chosen: 'auto' | number[]): FirstLayerItems {
  const purposes = ids(list.purposes);
  const specialFeatures = ids(list.specialFeatures);
  const covered = new Set<string>();
  const keys = (stack: { purposes: number[]; specialFeatures: number[] }) => [
    ...stack.purposes.map((p) => `p${p}`),
    ...stack.specialFeatures.map((f) => `f${f}`),
  ];
  const wanted = new Set(keys({ purposes, specialFeatures }));
  const fits = (stack: { purposes: number[]; specialFeatures: number[] }) =>
    keys(stack).every((k) => wanted.has(k) && !covered.has(k));
  const stacks: number[] = [];
  const take = (id: number) => {
    stacks.push(id);
    for (const k of keys(list.stacks[id]!)) covered.add(k);
  };
  const candidates = Object.values(list.stacks).filter(
    (s) => Array.isArray(s.purposes) && Array.isArray(s.specialFeatures),
  );
  if (chosen == 'auto')
    for (;;) {
      const best = candidates
        .filter((s) => !stacks.includes(s.id) && fits(s))
        .sort((a, b) => keys(b).length - keys(a).length || a.id - b.id)[0];
      // A stack of one purpose says no more than the purpose itself.
      if (!best || keys(best).length < 2) break;
      take(best.id);
    }
  else for (const id of chosen) if (candidates.some((s) => s.id == id) && fits(list.stacks[id]!)) take(id);
  return {
    stacks,
    purposes: purposes.filter((p) => !covered.has(`p${p}`)),
    specialFeatures: specialFeatures.filter((f) => !covered.has(`f${f}`)),
  };
}
