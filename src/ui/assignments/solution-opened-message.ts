/**
 * What the app says when a solution file was opened (issue 16, app/assignments/solution-file.ts),
 * in the reader's language: kept as the assignment's solution (and how many passages found no
 * place in the text here), or, in the teacher's own browser, that their model answer stays.
 */
import { msg, str } from '@lit/localize';
import type { OpenedSolution } from '../../app/assignments/solution-file.js';
import { shorten } from '../../model/text/shorten.js';
import { plural } from '../shared/plural.js';

/** The sentence for the app's live region. */
export function solutionOpenedMessage(opened: OpenedSolution): string {
  const title = shorten(opened.title);
  if (opened.kind === 'teacher') return msg(str`“${title}” is your own assignment: your model answer stays as it is.`);
  const kept = plural(opened.annotations, {
    one: () => msg(str`Opened the solution of “${title}” (1 passage).`),
    other: (n) => msg(str`Opened the solution of “${title}” (${n} passages).`),
  });
  const unplaced = plural(opened.unplaced, {
    zero: () => '',
    one: () => msg('1 passage of it is not in the text here.'),
    other: (n) => msg(str`${n} passages of it are not in the text here.`),
  });
  return [kept, unplaced].filter(Boolean).join(' ');
}
