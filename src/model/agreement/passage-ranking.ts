/**
 * The order in which the presentation for a projector steps through a category's passages (issue
 * 16, "Present"): from the most agreed to the least agreed, so that a class discussion starts with
 * what nearly everybody saw and ends with what few or nobody found. "Agreed" is how many students
 * found the passage (its `students`); ties go in text order (start, then end), and a model passage
 * before a class passage on the same stretch, so that the order never depends on the input's.
 */
import type { PassageFinding } from './passage-agreement.js';

/** What the ranking reads of a passage: where it is, where it comes from, and who found it. */
export type RankablePassage = Pick<PassageFinding, 'start' | 'end' | 'source' | 'students'>;

/** `passages` from the most to the least agreed (a new array; the input is left as it is). */
export function rankPassages<P extends RankablePassage>(passages: readonly P[]): P[] {
  return [...passages].sort(compareByAgreement);
}

/** Negative when `a` comes before `b` in {@link rankPassages}'s order. */
export function compareByAgreement(a: RankablePassage, b: RankablePassage): number {
  return (
    b.students.length - a.students.length ||
    a.start - b.start ||
    a.end - b.end ||
    (a.source === b.source ? 0 : a.source === 'model' ? -1 : 1)
  );
}
