/**
 * An annotation as Close Reader stores it (shared/ARCHITECTURE.md, "Annotation, stored and
 * exported"): a range in an article's canonical text with the quote and its context, the
 * categories it is tagged with and an optional note. The W3C shape it is exported as lives in
 * w3c.ts; this is the compact internal one.
 */
import type { QuotedRange } from '../anchoring/text-quote.js';

/**
 * A body another tool attached that links to a resource: its IRI alone, or the body object as the
 * file had it (an External Web Resource with `id`, `type`, `format`, `language`…), at most
 * a few kilobytes, plain JSON.
 */
export type AnnotationLink = string | { readonly id: string; readonly [field: string]: unknown };

/** The IRI an {@link AnnotationLink} points to. */
export function linkIri(link: AnnotationLink): string {
  return typeof link === 'string' ? link : link.id;
}

/** Characters of context kept on each side of a quote, or fewer at the text's edges. */
export const CONTEXT_LENGTH = 32;

/** A stored annotation. Offsets count UTF-16 units in the canonical text. */
export interface Annotation {
  /** A UUID; exported as `urn:uuid:<id>`. */
  readonly id: string;
  /**
   * The set it belongs to (model/sets/annotation-set.ts): `mine:<documentId>` for the reader's own
   * reading. Tagging joins an annotation on the same range only within one set.
   */
  readonly setId: string;
  readonly documentId: string;
  /** Start offset in the canonical text, or -1 while the annotation cannot be placed. */
  readonly start: number;
  /** End offset (exclusive), or -1 while unplaced. */
  readonly end: number;
  /** The quoted text. */
  readonly exact: string;
  /** Up to CONTEXT_LENGTH characters before the quote. */
  readonly prefix: string;
  /** Up to CONTEXT_LENGTH characters after the quote. */
  readonly suffix: string;
  /** At least one category id. */
  readonly categoryIds: readonly string[];
  /** Plain text, never HTML. */
  readonly note?: string;
  /** The creator's name as the file or the settings gave it. */
  readonly creator?: string;
  /** The creator's IRI when the annotation came with one (an `acct:` or `https:` account of another tool). */
  readonly creatorId?: string;
  /**
   * The annotation's IRI in the tool it was imported from (a Hypothesis or Recogito annotation),
   * exported again as `via` (W3C model 3.3.7); absent for annotations made here.
   */
  readonly via?: string;
  /**
   * Bodies that are neither a category nor the note: an IRI or an External Web Resource (W3C model
   * 3.2.1) another tool attached, kept as they came, shown in the card as links and exported again
   * unchanged.
   */
  readonly links?: readonly AnnotationLink[];
  /** ISO 8601 timestamps, in UTC with `Z`. */
  readonly created: string;
  readonly modified: string;
}

/** A new annotation of `range` in a document's set, tagged with one category, made at `now` (the one way the app makes one). */
export function newAnnotation(
  fields: {
    readonly id: string;
    readonly setId: string;
    readonly documentId: string;
    readonly categoryId: string;
    readonly now: string;
    readonly creator?: string | undefined;
  },
  range: QuotedRange,
): Annotation {
  const { id, setId, documentId, categoryId, now, creator } = fields;
  const { start, end, exact, prefix, suffix } = range;
  return { id, setId, documentId, start, end, exact, prefix, suffix, categoryIds: [categoryId], ...(creator ? { creator } : {}), created: now, modified: now };
}

/** What a change to an annotation's categories or note may set. */
export interface AnnotationEdit {
  readonly categoryIds?: readonly string[];
  readonly note?: string;
}

/** The annotation with `edit` applied and `modified` set to `now`. An empty note removes the note. */
export function editAnnotation(annotation: Annotation, edit: AnnotationEdit, now: string): Annotation {
  const next: { -readonly [K in keyof Annotation]?: Annotation[K] } = { ...annotation, modified: now };
  if (edit.categoryIds) next.categoryIds = [...new Set(edit.categoryIds)];
  if (edit.note !== undefined) {
    const note = edit.note.trim() === '' ? undefined : edit.note;
    if (note === undefined) delete next.note;
    else next.note = note;
  }
  return next as Annotation;
}

/** Whether an annotation has a place in its text. */
export function isPlaced(annotation: Annotation): boolean {
  return annotation.start >= 0 && annotation.end > annotation.start;
}

/** Annotations in text order: by start, then the longer first, then by creation. */
export function compareTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}

/**
 * The annotation among `annotations` (those of one set) that already tags exactly this range with
 * this category: tagging it again must not make a duplicate.
 */
export function findSameTag(
  annotations: readonly Annotation[],
  start: number,
  end: number,
  categoryId: string,
): Annotation | undefined {
  return annotations.find((a) => a.start === start && a.end === end && a.categoryIds.includes(categoryId));
}
