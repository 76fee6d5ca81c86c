/**
 * A category's path for a table or a CSV cell: its ancestors' labels and its own, outermost first,
 * joined by " > " ("Akteur > Politikerin"), so that a spreadsheet can filter on the parent by the
 * cell's start and the subcategory stays readable without the scheme at hand.
 */
import type { Category } from '../schemes/category.js';
import { ancestorsOf } from './category-counts.js';

/** What separates the levels of a {@link categoryPath}. */
export const PATH_SEPARATOR = ' > ';

/**
 * The path of `categoryId` among `categories`, each level named by `labelOf` (the reader's
 * language); the id alone when no category has it (deleted since, or of another scheme).
 */
export function categoryPath(categoryId: string, categories: ReadonlyMap<string, Category>, labelOf: (category: Category) => string): string {
  const category = categories.get(categoryId);
  if (!category) return categoryId;
  const levels = [...ancestorsOf(categoryId, categories).reverse(), categoryId];
  return levels.map((id) => labelOf(categories.get(id)!)).join(PATH_SEPARATOR);
}
