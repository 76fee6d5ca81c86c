/**
 * Keeping stored annotations in their text when the text changes. No digest is compared: each
 * placed annotation's stored range is checked against the text itself, and one whose range no
 * longer holds its quote is anchored again; one that cannot be placed is kept as unplaced, never
 * dropped. An annotation already unplaced is left as it is.
 */
import { type Annotation, isPlaced } from '../annotations/annotation.js';
import { anchorAll } from './anchoring.js';
import { describeRange, placeAtStoredRange } from './text-quote.js';

/**
 * The annotations whose stored range no longer holds their quote (the article's text changed),
 * placed again by anchoring, or marked unplaced (kept, never dropped) when they cannot be.
 */
export function reanchorStale(text: string, annotations: readonly Annotation[]): Annotation[] {
  const stale = annotations.filter((annotation) => isPlaced(annotation) && !placeAtStoredRange(text, annotation));
  if (stale.length === 0) return [];
  const results = anchorAll(text, stale);
  return stale.map((annotation, i) => {
    const result = results[i]!;
    return result.status === 'placed'
      ? { ...annotation, ...describeRange(text, result.start, result.end) }
      : { ...annotation, start: -1, end: -1 };
  });
}

