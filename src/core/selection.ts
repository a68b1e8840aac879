/** Changes to a selection (what the preferences' switches show before it is saved). Pure. */
import { servicesOf } from './consent.js';
import type { Category, Selection } from './types.js';

/**
 * The selection with one switch flipped: a category's own switch (on, that is all its services), or
 * one service's (a category is on while any of its services is).
 */
export function toggled(selection: Selection, category: Category, service?: string): Selection {
  const name = category.name;
  const wasOn = selection.categories.includes(name);
  const before = servicesOf(selection.services, name) ?? (wasOn ? category.services.map((s) => s.name) : []);
  // A category's own switch leaves no list: on, that is all its services.
  const list = service
    ? before.includes(service)
      ? before.filter((s) => s != service)
      : [...before, service]
    : undefined;
  const categories = selection.categories.filter((c) => c != name);
  if (list ? list.length : !wasOn) categories.push(name);
  return { categories, services: { ...selection.services, [name]: list! } };
}
