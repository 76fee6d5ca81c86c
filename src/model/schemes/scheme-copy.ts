/**
 * Starting a scheme from another one's categories (a class that begins with the default scheme and
 * adds its own): each category copied into the new scheme through the one maker of categories
 * (category-factory.ts), so that the copies have ids and IRIs of their own, while labels, colours,
 * lines, keys, order and nesting stay as they were. Pure; nothing here throws.
 */
import { type Category, sortCategories } from './category.js';
import { createCategory } from './category-factory.js';

/**
 * Copies of `source` (the categories of one scheme) in the scheme `schemeId`, among `existing`
 * (every stored category: ids stay unique across schemes, so "actor" comes back as "actor-2").
 * Parents are copied before their children and the children point to the copies.
 */
export function copyCategories(existing: readonly Category[], source: readonly Category[], schemeId: string): Category[] {
  const ordered = sortCategories(source);
  const parentsFirst = [...ordered.filter((category) => !category.parentId), ...ordered.filter((category) => category.parentId)];
  const copied = new Map<string, string>();
  const copies: Category[] = [];
  for (const category of parentsFirst) {
    const parentId = category.parentId === undefined ? undefined : copied.get(category.parentId);
    const copy = createCategory([...existing, ...copies], {
      label: category.label,
      schemeId,
      id: category.id,
      colour: category.colour,
      line: category.line,
      order: category.order,
      ...(category.key !== undefined ? { key: category.key } : {}),
      ...(parentId !== undefined ? { parentId } : {}),
    });
    copied.set(category.id, copy.id);
    copies.push(copy);
  }
  return sortCategories(copies);
}
