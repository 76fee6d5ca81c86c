/**
 * An article crowded with annotations, as issue 12 found one: thousands of overlapping passages,
 * dozens over each character. Deterministic (a seeded generator), so a test can pin what is where.
 * Pure: node (end-to-end tests write the result into the page's IndexedDB) and browser tests use it.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { describeRange } from '../../src/model/anchoring/text-quote.js';
import { ANNOTATION_TIME } from './annotations.js';
import { mineSetId } from '../../src/model/sets/annotation-set.js';

/** The categories of the default scheme, which the crowd is tagged with. */
export const CROWD_CATEGORIES = ['actor', 'policy', 'quote', 'statistic'] as const;

/** The longest passage in the crowd (characters); passages run 1 to this long, 8 on average. */
export const CROWD_MAX_LENGTH = 15;

/**
 * `count` annotations on `text` of document `documentId`: passages of 1–15 characters at random
 * places, each tagged with one category, every seventh with two; ids `crowd-00000`… in the order
 * made. Each stores its quote and context as the app would, so opening the article moves none.
 */
export function crowdedAnnotations(documentId: string, text: string, count: number, seed = 12): Annotation[] {
  let state = seed >>> 0;
  const next = (below: number): number => {
    // mulberry32: small, fast and the same everywhere.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * below;
  };
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i += 1) {
    const length = 1 + Math.floor(next(CROWD_MAX_LENGTH));
    const start = Math.floor(next(text.length - length + 1));
    const first = CROWD_CATEGORIES[Math.floor(next(CROWD_CATEGORIES.length))]!;
    const second = CROWD_CATEGORIES[(CROWD_CATEGORIES.indexOf(first) + 1) % CROWD_CATEGORIES.length]!;
    annotations.push({
      id: `crowd-${String(i).padStart(5, '0')}`,
      setId: mineSetId(documentId),
      documentId,
      ...describeRange(text, start, start + length),
      categoryIds: i % 7 === 0 ? [first, second] : [first],
      created: ANNOTATION_TIME,
      modified: ANNOTATION_TIME,
    });
  }
  return annotations;
}

/** The ids and categories of the annotations in `annotations` that cover character `offset`. */
export function crowdAt(annotations: readonly Annotation[], offset: number): { ids: string[]; categories: string[] } {
  const over = annotations.filter((annotation) => annotation.start <= offset && offset < annotation.end);
  return {
    ids: over.map((annotation) => annotation.id).sort(),
    categories: [...new Set(over.flatMap((annotation) => annotation.categoryIds))].sort(),
  };
}
