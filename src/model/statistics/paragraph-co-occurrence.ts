/**
 * Co-occurrence of categories within a paragraph (issue 17): for each pair of categories, in how
 * many paragraphs both occur. A paragraph is a block of an article's canonical text (blocks are
 * joined by {@link BLOCK_SEPARATOR}, model/documents/article.ts), so a heading or a quotation block
 * is a paragraph too, as the reader sees it.
 *
 * - A category occurs in a paragraph when an annotation tagged with it overlaps the paragraph's
 *   text; an annotation across two paragraphs occurs in both. Categories count as tagged, without
 *   rolling subcategories up into their parents (that would make every parent co-occur with each
 *   of its children, which says nothing).
 * - One annotation tagged with two categories makes them co-occur: both are in the paragraph.
 * - A paragraph counts once per pair however many annotations it holds; an annotation not placed
 *   (start -1) is in no paragraph.
 */
import type { Annotation } from '../annotations/annotation.js';
import { distinctCategoryIds } from '../annotations/annotation-counts.js';
import { BLOCK_SEPARATOR } from '../documents/article.js';
import type { Category } from '../schemes/category.js';
import { categoryOrder } from './category-counts.js';

/** A paragraph's place in its article's canonical text, end exclusive. */
export interface ParagraphRange {
  readonly start: number;
  readonly end: number;
}

/** The paragraphs of an article whose blocks have these texts, in order. */
export function paragraphRanges(blocks: readonly { readonly text: string }[]): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  let start = 0;
  for (const block of blocks) {
    ranges.push({ start, end: start + block.text.length });
    start += block.text.length + BLOCK_SEPARATOR.length;
  }
  return ranges;
}

/** Categories by categories: `paragraphs[i][j]` paragraphs hold both category i and j; the diagonal, those that hold i. */
export interface CoOccurrence {
  /** The categories in statistics order ({@link categoryOrder}), then unknown ids met in the annotations. */
  readonly categoryIds: readonly string[];
  readonly paragraphs: readonly (readonly number[])[];
  /** Each pair once (i before j in {@link categoryIds}) with at least one paragraph, most first, then in table order. */
  readonly pairs: readonly CoOccurrencePair[];
}

/** Two categories and the number of paragraphs that hold both. */
export interface CoOccurrencePair {
  readonly first: string;
  readonly second: string;
  readonly paragraphs: number;
}

/**
 * The co-occurrence of `annotations` (narrowed to a scope already) by paragraph, the paragraphs of
 * each article given by `paragraphsOf(documentId)` ({@link paragraphRanges} of its blocks); an
 * article it knows nothing of (undefined) counts in no paragraph.
 */
export function paragraphCoOccurrence(
  annotations: Iterable<Pick<Annotation, 'documentId' | 'start' | 'end' | 'categoryIds'>>,
  categories: readonly Category[],
  paragraphsOf: (documentId: string) => readonly ParagraphRange[] | undefined,
): CoOccurrence {
  // "documentId paragraphIndex" → the categories in that paragraph.
  const held = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const annotation of annotations) {
    const paragraphs = paragraphsOf(annotation.documentId);
    if (!paragraphs || annotation.start < 0 || annotation.end <= annotation.start) continue;
    const ids = distinctCategoryIds(annotation);
    for (const index of overlapping(paragraphs, annotation.start, annotation.end)) {
      const key = `${index} ${annotation.documentId}`;
      let set = held.get(key);
      if (!set) held.set(key, (set = new Set()));
      for (const id of ids) {
        set.add(id);
        seen.add(id);
      }
    }
  }
  const ordered = categoryOrder(categories).map((category) => category.id);
  const known = new Set(ordered);
  const categoryIds = [...ordered, ...[...seen].filter((id) => !known.has(id)).sort()];
  const position = new Map(categoryIds.map((id, index) => [id, index]));
  const paragraphs = categoryIds.map(() => categoryIds.map(() => 0));
  for (const set of held.values()) {
    const indexes = [...set].map((id) => position.get(id)!);
    for (const i of indexes) for (const j of indexes) paragraphs[i]![j]! += 1;
  }
  const pairs: CoOccurrencePair[] = [];
  for (let i = 0; i < categoryIds.length; i += 1) {
    for (let j = i + 1; j < categoryIds.length; j += 1) {
      const count = paragraphs[i]![j]!;
      if (count > 0) pairs.push({ first: categoryIds[i]!, second: categoryIds[j]!, paragraphs: count });
    }
  }
  // Array.prototype.sort is stable: equal counts keep the table's order.
  pairs.sort((a, b) => b.paragraphs - a.paragraphs);
  return { categoryIds, paragraphs, pairs };
}

/** The indexes of the paragraphs (ascending, not overlapping) that [start, end) overlaps. */
function overlapping(paragraphs: readonly ParagraphRange[], start: number, end: number): number[] {
  // the first paragraph ending after start, by binary search: articles have hundreds of paragraphs
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const indexes: number[] = [];
  for (let index = low; index < paragraphs.length && paragraphs[index]!.start < end; index += 1) {
    // an empty paragraph holds nothing; a range only over the separator touches no paragraph
    if (paragraphs[index]!.end > paragraphs[index]!.start && paragraphs[index]!.end > start) indexes.push(index);
  }
  return indexes;
}
