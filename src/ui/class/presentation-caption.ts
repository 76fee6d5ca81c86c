/**
 * What the presentation for a projector says about the passage it shows (issue 16, "Present"):
 * "Passage 3 of 14 · found by 27 of 30 students · in the model answer", the same sentence on the
 * screen and to a screen reader. Counts only: the presentation never names a student.
 */
import { msg, str } from '@lit/localize';
import { formatCount, plural } from '../shared/plural.js';
import type { PassageSource } from '../../model/agreement/passage-agreement.js';

/** One step of the presentation: where it is among the category's passages, and who found the passage. */
export interface PresentationStep {
  /** 1-based. */
  readonly position: number;
  readonly total: number;
  /** How many students found the passage. */
  readonly found: number;
  /** How many students handed in. */
  readonly students: number;
  readonly source: PassageSource;
  /** Whether the assignment has a model answer (a class passage is then one the model answer lacks). */
  readonly hasModel: boolean;
}

/** The parts of the caption line, joined by " · " on screen. */
export function stepCaption(step: PresentationStep): string {
  const parts = [
    msg(str`Passage ${formatCount(step.position)} of ${formatCount(step.total)}`),
    foundBy(step.found, step.students),
  ];
  if (step.source === 'model') parts.push(msg('in the model answer'));
  else if (step.hasModel) parts.push(msg('not in the model answer'));
  return parts.join(' · ');
}

/** "found by 27 of 30 students". */
function foundBy(found: number, students: number): string {
  const count = formatCount(found);
  return plural(students, {
    one: (total) => msg(str`found by ${count} of ${total} student`),
    other: (total) => msg(str`found by ${count} of ${total} students`),
  });
}

/** "Actor: 14 passages", said when the category changes. */
export function categoryCaption(label: string, passages: number): string {
  return plural(passages, {
    zero: () => msg(str`${label}: no passages`),
    one: () => msg(str`${label}: 1 passage`),
    other: (count) => msg(str`${label}: ${count} passages`),
  });
}

/** What the caption says for a category without passages (`hasModel`: whether there is a model answer). */
export function noPassagesCaption(hasModel: boolean): string {
  return hasModel ? msg('Nobody tagged this category, and the model answer has no passage of it.') : msg('Nobody tagged this category.');
}
