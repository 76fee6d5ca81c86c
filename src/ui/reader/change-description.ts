/**
 * What an undone or redone action was, in the interface language, for the screen reader's
 * announcement ("Undone: tagging „Wir sind …“").
 */
import { msg, str } from '@lit/localize';
import type { AnnotationChange } from '../../model/annotations/undo-history.js';
import { currentLocale } from '../shared/localization.js';
import { formatQuote } from '../shared/quote-format.js';

/** "tagging „…“", "deleting „…“" or "change to „…“". */
export function describeChange(change: AnnotationChange): string {
  const annotation = change.after[0] ?? change.before[0];
  const quote = annotation ? formatQuote(annotation.exact, currentLocale()) : '';
  switch (change.label) {
    case 'tag':
      return msg(str`tagging ${quote}`);
    case 'delete':
      return msg(str`deleting ${quote}`);
    default:
      return msg(str`change to ${quote}`);
  }
}
