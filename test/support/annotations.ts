/**
 * The one annotation factory of the tests (STYLE.md 11): a stored Annotation with plausible
 * defaults that a test overrides field by field, and one on a real passage of a text, with the
 * quote and context the app itself would store. Pure: browser, node and bench code all use it.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { describeRange, type QuotedRange } from '../../src/model/anchoring/text-quote.js';
import { mineSetId } from '../../src/model/sets/annotation-set.js';

/** The created and modified time of an annotation made here, unless a test gives its own. */
export const ANNOTATION_TIME = '2026-01-01T00:00:00.000Z';

/**
 * A stored annotation: `fields` over the defaults (id "a" on document "doc", in the reader's own
 * reading of its document (set `mine:<documentId>`), the quote "Text" at
 * 0–4 with no context, tagged "actor", made and changed at ANNOTATION_TIME, no note, no creator).
 * The defaults describe no particular text: use {@link annotationOn} when the range must be real.
 */
export function makeAnnotation(fields: Partial<Annotation> = {}): Annotation {
  const documentId = fields.documentId ?? 'doc';
  return {
    id: 'a',
    setId: mineSetId(documentId),
    documentId,
    start: 0,
    end: 4,
    exact: 'Text',
    prefix: '',
    suffix: '',
    categoryIds: ['actor'],
    created: ANNOTATION_TIME,
    modified: ANNOTATION_TIME,
    ...fields,
  };
}

/**
 * The first occurrence of `quote` in `text` as the app describes it: its range, the quote and up
 * to 32 characters of context either side. Throws when `text` does not hold `quote`.
 */
export function quotedRange(text: string, quote: string): QuotedRange {
  const start = text.indexOf(quote);
  if (start < 0 || quote === '') throw new Error(`"${quote}" is not in the text`);
  return describeRange(text, start, start + quote.length);
}

/** A stored annotation on the first occurrence of `quote` in `text` ({@link quotedRange}), with `fields` over the rest. */
export function annotationOn(text: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  return makeAnnotation({ ...quotedRange(text, quote), ...fields });
}
