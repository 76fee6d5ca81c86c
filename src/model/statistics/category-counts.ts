/**
 * Counts per category and per subcategory (issue 17, "Statistics"): how many annotations each
 * category of a scheme has in the annotations given (narrow them first with statistics-scope.ts).
 *
 * Counting rules, one for every table:
 * - An annotation counts once in each category it is tagged with, however often it lists it
 *   ({@link distinctCategoryIds}, the rule of the library's counts).
 * - A parent category's row counts the annotations tagged with it or with any of its
 *   subcategories (at any depth), each annotation once: an annotation tagged with both the parent and a child, or
 *   with two children, counts once in the parent's row (and once in each child's row). So the
 *   parent's figure is "annotations in this category, its subcategories included", never more than
 *   the number of annotations, and a chart of parents alone adds up to no double counting within a
 *   parent. `own` keeps the annotations tagged with the parent itself apart.
 * - A category id no category of the list has (a category deleted since, or one of another scheme)
 *   gets a row of its own after the scheme's, so no annotation goes uncounted.
 */
import type { Annotation } from '../annotations/annotation.js';
import { distinctCategoryIds } from '../annotations/annotation-counts.js';
import { type Category, sortCategories } from '../schemes/category.js';

/** One category's figures. */
export interface CategoryCount {
  readonly categoryId: string;
  /** The category, or undefined for an id no category of the list has. */
  readonly category: Category | undefined;
  /** The parent's id for a subcategory (only when the parent is in the list and no loop of parents). */
  readonly parentId: string | undefined;
  /** Annotations tagged with this category itself. */
  readonly own: number;
  /** Annotations tagged with it or with one of its subcategories, each once (= own for a subcategory). */
  readonly total: number;
}

/** All categories' figures, and the number of annotations counted. */
export interface CategoryCounts {
  /** Rows in scheme order, each parent followed by its subcategories; unknown ids last, by id. */
  readonly rows: readonly CategoryCount[];
  /** The annotations counted (each once, whatever its categories). */
  readonly annotations: number;
}

/** The figures of `annotations` per category of `categories` (see the module comment for the rules). */
export function categoryCounts(annotations: Iterable<Pick<Annotation, 'categoryIds'>>, categories: readonly Category[]): CategoryCounts {
  const known = new Map(categories.map((category) => [category.id, category]));
  const own = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (map: Map<string, number>, id: string): void => void map.set(id, (map.get(id) ?? 0) + 1);
  let counted = 0;
  for (const annotation of annotations) {
    counted += 1;
    const rolledUp = new Set<string>();
    for (const id of distinctCategoryIds(annotation)) {
      add(own, id);
      rolledUp.add(id);
      for (const ancestor of ancestorsOf(id, known)) rolledUp.add(ancestor);
    }
    for (const id of rolledUp) add(total, id);
  }
  const row = (categoryId: string): CategoryCount => ({
    categoryId,
    category: known.get(categoryId),
    parentId: ancestorsOf(categoryId, known)[0],
    own: own.get(categoryId) ?? 0,
    total: total.get(categoryId) ?? 0,
  });
  const rows = categoryOrder(categories).map((category) => row(category.id));
  const unknown = [...own.keys()].filter((id) => !known.has(id)).sort(compareIds);
  return { rows: [...rows, ...unknown.map(row)], annotations: counted };
}

/**
 * Categories in the order the statistics list them: the scheme's order for the top level, each
 * parent followed by its subcategories in the scheme's order (deeper levels likewise, should a file
 * bring them). A subcategory whose parent is not in the list, or that is caught in a loop of
 * parents, stands at the top level.
 */
export function categoryOrder(categories: readonly Category[]): Category[] {
  const sorted = sortCategories(categories);
  const known = new Map(sorted.map((category) => [category.id, category]));
  const childrenOf = (id: string): Category[] => sorted.filter((child) => ancestorsOf(child.id, known)[0] === id);
  const placed = (category: Category): Category[] => [category, ...childrenOf(category.id).flatMap(placed)];
  return sorted.filter((category) => ancestorsOf(category.id, known).length === 0).flatMap(placed);
}

/**
 * The parent, grandparent… of a category among `known`, nearest first; none when the parent is
 * not known, and none for a category caught in a loop of parents (a broken file), which then
 * stands at the top level rather than vanishing.
 */
export function ancestorsOf(categoryId: string, known: ReadonlyMap<string, Pick<Category, 'parentId'>>): string[] {
  const ancestors: string[] = [];
  let parentId = known.get(categoryId)?.parentId;
  while (parentId !== undefined && known.has(parentId)) {
    if (parentId === categoryId || ancestors.includes(parentId)) return [];
    ancestors.push(parentId);
    parentId = known.get(parentId)?.parentId;
  }
  return ancestors;
}

/** Ids in code-unit order (the same on every machine, unlike a locale's collation). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
