/**
 * Describing a range of a text as a quote with context, and placing a stored quote back in a text
 * (the first, cheap step of shared/ARCHITECTURE.md's anchoring: the stored position, accepted only
 * when the text there still equals the quote). Pure strings; both sides use the same canonical
 * text, so describe and place can never disagree about what the text is.
 */
import { CONTEXT_LENGTH } from '../annotations/annotation.js';

/** A range of the canonical text with its quote and context. */
export interface QuotedRange {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * The quote of `text` between `start` and `end` (UTF-16 offsets, end exclusive), with up to
 * CONTEXT_LENGTH characters of prefix and suffix. A context edge never splits a surrogate pair.
 */
export function describeRange(text: string, start: number, end: number): QuotedRange {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`describeRange: ${start}–${end} is not a non-empty range of a text of ${text.length}`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (isLowSurrogate(text, prefixStart) && prefixStart > 0) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (isLowSurrogate(text, suffixEnd)) suffixEnd += 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/**
 * Where a stored quote is in `text`: its stored range when the text there equals `exact`, else
 * undefined (the caller then searches, or keeps the annotation as unplaced).
 */
export function placeAtStoredRange(
  text: string,
  stored: { readonly start: number; readonly end: number; readonly exact: string },
): { start: number; end: number } | undefined {
  const { start, end, exact } = stored;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) return undefined;
  return text.slice(start, end) === exact ? { start, end } : undefined;
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
