/**
 * How the class view names a hand-in: the student's name, or "Student A" when names are hidden
 * (the class view's toggle; presentation mode hides them always). One function, so that no part of
 * the class view shows a name the teacher chose to hide.
 */
import { msg, str } from '@lit/localize';
import type { ClassHandIn } from '../../app/class/class-data.js';

/** Whether the class view shows the students' names or their letters. */
export type NamesShown = 'names' | 'letters';

/** The label of `handIn`. */
export function studentLabel(handIn: Pick<ClassHandIn, 'name' | 'letter'>, shown: NamesShown): string {
  return shown === 'names' && handIn.name !== '' ? handIn.name : msg(str`Student ${handIn.letter}`);
}
