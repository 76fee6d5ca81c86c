/**
 * How many annotations each document has, per category and in total: what the library shows
 * beside each title. Counted here once, so that IndexedDB and the in-memory store (private
 * windows) can never disagree again (they once did on duplicate categories and the total's key).
 */
import type { Annotation } from './annotation.js';
import { mineSetId } from '../sets/annotation-set.js';

/**
 * For each document id, the number of annotations per category id, plus the number of annotations
 * under {@link TOTAL_KEY}. An annotation tagged with two categories counts once for each.
 */
export type AnnotationCounts = Map<string, Map<string, number>>;

/** The key under which {@link AnnotationCounts} keeps a document's number of annotations. */
export const TOTAL_KEY = '*';

/**
 * Counts `annotations` per document and category; a category listed twice on one annotation counts
 * once. Only the reader's own reading of each article counts (model/sets/annotation-set.ts): a
 * classmate's reading kept apart, or a hand-in received, is not the reader's work on the article.
 */
export function countByDocument(annotations: Iterable<Annotation>): AnnotationCounts {
  const counts: AnnotationCounts = new Map();
  for (const annotation of annotations) {
    if (annotation.setId !== mineSetId(annotation.documentId)) continue;
    let perCategory = counts.get(annotation.documentId);
    if (!perCategory) {
      perCategory = new Map([[TOTAL_KEY, 0]]);
      counts.set(annotation.documentId, perCategory);
    }
    perCategory.set(TOTAL_KEY, (perCategory.get(TOTAL_KEY) ?? 0) + 1);
    for (const categoryId of distinctCategoryIds(annotation)) {
      perCategory.set(categoryId, (perCategory.get(categoryId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The categories an annotation counts in, each once however often it lists it: the one counting
 * rule of the library's counts and the statistics (model/statistics/category-counts.ts).
 */
export function distinctCategoryIds(annotation: Pick<Annotation, 'categoryIds'>): ReadonlySet<string> {
  return new Set(annotation.categoryIds);
}
