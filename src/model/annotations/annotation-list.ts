/**
 * What the annotation sidebar shows: the annotations of an article filtered by the categories the
 * reader shows and by a search over quotes and notes, the counts per category, and quotes
 * shortened in the middle so both ends of a long passage stay readable.
 */
import type { Annotation } from './annotation.js';
import { containsFolded } from '../text/text-search.js';

/** The reader's filters. */
export interface AnnotationFilter {
  /** Category ids whose annotations are hidden. */
  readonly hiddenCategories: ReadonlySet<string>;
  /** Text to look for in quotes and notes (ignoring case and accents); empty for all. */
  readonly query: string;
}

/**
 * The annotations that pass the filter, in the order given. An annotation shows when at least
 * one of its categories is shown and the query is in its quote or its note.
 */
export function filterAnnotations(annotations: readonly Annotation[], filter: AnnotationFilter): Annotation[] {
  return annotations.filter(
    (annotation) =>
      annotation.categoryIds.some((id) => !filter.hiddenCategories.has(id)) &&
      (filter.query.trim() === '' || containsFolded(annotation.exact, filter.query) || containsFolded(annotation.note ?? '', filter.query)),
  );
}

/** Annotations per category id; an annotation with two categories counts for both. */
export function countByCategory(annotations: readonly Annotation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    for (const id of new Set(annotation.categoryIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * `text` on one line, at most `max` characters: when longer, its start and end with " … " between,
 * cut at word boundaries where there is one near.
 */
export function shortenMiddle(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const half = Math.floor((max - 3) / 2);
  let head = flat.slice(0, half);
  let tail = flat.slice(flat.length - half);
  const headSpace = head.lastIndexOf(' ');
  if (headSpace > half * 0.6) head = head.slice(0, headSpace);
  const tailSpace = tail.indexOf(' ');
  if (tailSpace >= 0 && tailSpace < half * 0.4) tail = tail.slice(tailSpace + 1);
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}

/** The first line of a note, for a list item. */
export function firstLine(note: string | undefined): string {
  return (note ?? '').split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
}

/** The annotation after (+1) or before (-1) the text offset `offset`, in text order, if any. */
export function neighbourAnnotation(
  ordered: readonly Annotation[],
  offset: number,
  direction: 1 | -1,
  currentId?: string,
): Annotation | undefined {
  const index = currentId ? ordered.findIndex((annotation) => annotation.id === currentId) : -1;
  if (index >= 0) return ordered[index + direction];
  if (direction === 1) return ordered.find((annotation) => annotation.start > offset) ?? undefined;
  for (let i = ordered.length - 1; i >= 0; i -= 1) if (ordered[i]!.start < offset) return ordered[i];
  return undefined;
}

/** The annotation whose range is nearest to a text offset, by binary search over text order. */
export function nearestAnnotation(ordered: readonly Annotation[], offset: number): Annotation | undefined {
  let low = 0;
  let high = ordered.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ordered[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  const candidates = [ordered[low - 1], ordered[low]].filter((a): a is Annotation => a !== undefined);
  const distance = (a: Annotation): number => (offset < a.start ? a.start - offset : offset > a.end ? offset - a.end : 0);
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}
