/**
 * The order of the annotations in an export file, one rule for every export: by article in library
 * order (the order the library lists them), then by place in the text (compareTextOrder: start,
 * then the longer first), the annotations that have no place last, by when they were made. A file
 * read top to bottom then follows the library and each text, and two exports of the same data list
 * the same annotations in the same order, whatever order storage returned them in.
 */
import { type Annotation, compareTextOrder, isPlaced } from '../../model/annotations/annotation.js';

/**
 * `annotations` in export order (a new array). `documentOrder` lists article ids in library order;
 * an article not in it comes after those that are, by id, so that nothing given is ever dropped.
 */
export function exportOrder(annotations: readonly Annotation[], documentOrder: readonly string[]): Annotation[] {
  const rank = new Map(documentOrder.map((id, index) => [id, index]));
  const rankOf = (id: string): number => rank.get(id) ?? documentOrder.length;
  return [...annotations].sort(
    (a, b) =>
      rankOf(a.documentId) - rankOf(b.documentId) ||
      (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
      compareWithinArticle(a, b),
  );
}

/** Placed annotations in text order, then the unplaced by creation (and id, so that ties are stable). */
function compareWithinArticle(a: Annotation, b: Annotation): number {
  const placedA = isPlaced(a);
  const placedB = isPlaced(b);
  if (placedA && placedB) return compareTextOrder(a, b);
  if (placedA !== placedB) return placedA ? -1 : 1;
  return a.created.localeCompare(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
