/**
 * The cross-table of categories by articles (issue 17; MAXQDA's code matrix): for each category
 * (rows) and article (columns), how many of the article's annotations the category has. Each
 * column is counted by {@link categoryCounts}, so a cell follows its rules exactly: a parent's
 * cell counts its subcategories' annotations, each annotation once.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { Category } from '../schemes/category.js';
import { categoryCounts } from './category-counts.js';

/** One category's row: a figure per article, in the order of {@link CrossTable.documentIds}. */
export interface CrossTableRow {
  readonly categoryId: string;
  readonly category: Category | undefined;
  readonly parentId: string | undefined;
  /** The category's `total` (category-counts.ts) in each article. */
  readonly cells: readonly number[];
  /** The category's figure over all the articles: the sum of its cells. */
  readonly total: number;
}

/** Categories by articles. */
export interface CrossTable {
  /** The columns: the articles in the order given, then any article met only in the annotations (by id). */
  readonly documentIds: readonly string[];
  /** The rows, in the order of {@link categoryCounts}. */
  readonly rows: readonly CrossTableRow[];
  /** The number of annotations of each article, whatever their categories. */
  readonly annotations: readonly number[];
}

/**
 * The cross-table of `annotations` (narrowed to a scope already) by category of `categories` and by
 * article: the articles of `documentIds` in that order (an article without annotations gets a
 * column of zeros), then those only the annotations name.
 */
export function crossTable(
  annotations: Iterable<Pick<Annotation, 'categoryIds' | 'documentId'>>,
  categories: readonly Category[],
  documentIds: readonly string[] = [],
): CrossTable {
  const byDocument = new Map<string, Pick<Annotation, 'categoryIds' | 'documentId'>[]>(documentIds.map((id) => [id, []]));
  const all: Pick<Annotation, 'categoryIds'>[] = [];
  for (const annotation of annotations) {
    all.push(annotation);
    let list = byDocument.get(annotation.documentId);
    if (!list) byDocument.set(annotation.documentId, (list = []));
    list.push(annotation);
  }
  const columns = [...byDocument.keys()];
  const overall = categoryCounts(all, categories);
  const perDocument = columns.map((id) => new Map(categoryCounts(byDocument.get(id)!, categories).rows.map((row) => [row.categoryId, row])));
  return {
    documentIds: columns,
    rows: overall.rows.map((row) => ({
      categoryId: row.categoryId,
      category: row.category,
      parentId: row.parentId,
      cells: perDocument.map((counts) => counts.get(row.categoryId)?.total ?? 0),
      total: row.total,
    })),
    annotations: columns.map((id) => byDocument.get(id)!.length),
  };
}
