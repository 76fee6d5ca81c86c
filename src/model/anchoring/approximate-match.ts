/**
 * Approximate string matching for anchoring (anchoring.ts): where a pattern occurs in a text with
 * at most k edits (insertions, deletions and substitutions of UTF-16 units), each occurrence with
 * the ranges that align it equally well, best first; and, re-exported from myers-edit-distance.ts,
 * how far a context string is from the text just before or after a match.
 *
 * The forward search of Myers' bit-parallel algorithm (myers-edit-distance.ts) reports where
 * matches end; ends in a run are one occurrence, and an anchored search backwards from its best
 * ends finds where it may start. Of equally good alignments the one that cuts fewest words wins.
 */
import { forEachAnchoredDistance, forEachMatchEnd, PatternMasks, reversedUnits, type Units } from './myers-edit-distance.js';

export {
  distanceEndingAt,
  distanceStartingAt,
  forEachAnchoredDistance,
  forEachMatchEnd,
  PatternMasks,
  reversedUnits,
  unitsOf,
  type Units,
} from './myers-edit-distance.js';

/** One approximate occurrence: text[start, end) is `errors` edits away from the pattern. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * One approximate occurrence of a pattern: its fewest errors and every range that has them (the
 * same occurrence aligned a little differently: a letter at its edge counted as inserted or as
 * substituted), best first by {@link compareAlignments}. At most MAX_ALIGNMENTS of them.
 */
export interface ApproximateOccurrence {
  readonly errors: number;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}

/** Equally good alignments kept per occurrence, for the caller to choose between by context. */
const MAX_ALIGNMENTS = 8;
/** Equally good end positions followed per occurrence. */
const MAX_ENDS = 4;

/**
 * The approximate occurrences of a pattern in text[from, to): at most `maxErrors` edits, one per
 * cluster of overlapping end positions, in text order.
 */
export function findApproximateOccurrences(
  text: Units,
  from: number,
  to: number,
  pattern: Units,
  maxErrors: number,
): ApproximateOccurrence[] {
  if (pattern.length === 0) return [];
  const forward = new PatternMasks(pattern);
  const backward = new PatternMasks(reversedUnits(pattern));
  // Fewer errors than the pattern has units: an empty range is never a match.
  const k = Math.min(maxErrors, pattern.length - 1);
  // Ends come in runs (a match ending one unit earlier or later costs one edit more); each run is
  // one occurrence, represented by its best ends.
  const clusters: { errors: number; ends: number[] }[] = [];
  let previousEnd = -2;
  forEachMatchEnd(text, from, to, forward, k, (end, errors) => {
    const current = clusters[clusters.length - 1];
    if (!current || end !== previousEnd + 1) clusters.push({ errors, ends: [end] });
    else if (errors < current.errors) {
      current.errors = errors;
      current.ends = [end];
    } else if (errors === current.errors && current.ends.length < MAX_ENDS) current.ends.push(end);
    previousEnd = end;
  });
  return clusters.map(({ errors, ends }) => ({ errors, ranges: alignments(text, from, ends, errors, backward, k) }));
}

/** The approximate occurrences of a pattern, each by its preferred range (see {@link findApproximateOccurrences}). */
export function findApproximateMatches(
  text: Units,
  from: number,
  to: number,
  pattern: Units,
  maxErrors: number,
): ApproximateMatch[] {
  return findApproximateOccurrences(text, from, to, pattern, maxErrors).map(({ errors, ranges }) => ({ ...ranges[0]!, errors }));
}

/** The ranges ending at one of `ends` with exactly `errors` edits, best first. */
function alignments(
  text: Units,
  from: number,
  ends: readonly number[],
  errors: number,
  backward: PatternMasks,
  k: number,
): { start: number; end: number }[] {
  const m = backward.length;
  const found: { start: number; end: number; rank: number[] }[] = [];
  for (const end of ends) {
    forEachAnchoredDistance(text, end, -1, Math.min(m + k, end - from), backward, (n, distance) => {
      if (distance !== errors) return;
      const start = end - n;
      found.push({ start, end, rank: [(cutsWord(text, start) ? 1 : 0) + (cutsWord(text, end) ? 1 : 0), Math.abs(n - m), -n] });
    });
  }
  // The forward search proved an alignment with `errors` edits ends at ends[0]; it is among these.
  found.sort((a, b) => compareAlignments(a.rank, b.rank));
  return found.slice(0, MAX_ALIGNMENTS).map(({ start, end }) => ({ start, end }));
}

/**
 * The order of equally good alignments when nothing else tells them apart: the one that cuts
 * fewest words (an inserted letter at the quote's end belongs in it, a following full stop does
 * not), then the one whose length is closest to the pattern's, then the longer.
 */
function compareAlignments(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether a boundary at `at` falls inside a word (letters or digits on both sides). */
function cutsWord(text: Units, at: number): boolean {
  return at > 0 && at < text.length && isWordUnit(text[at - 1]!) && isWordUnit(text[at]!);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  return WORD_CHARACTER.test(String.fromCharCode(unit));
}
