/**
 * What an undone or redone action was, in the interface language, for the screen reader's
 * announcement ("Undone: tagging „Wir sind …“").
 */
import { msg, str } from '@lit/localize';
import type { AnnotationChange } from '../../model/annotations/undo-history.js';
import { currentLocale } from '../shared/localization.js';
import { formatQuote } from '../shared/quote-format.js';

/** "tagging „…“", "deleting „…“", "linking", "removing a link" or "change to „…“". */
export function describeChange(change: AnnotationChange): string {
  const annotation = change.after[0] ?? change.before[0];
  const quote = annotation ? formatQuote(annotation.exact, currentLocale()) : '';
  switch (change.label) {
    case 'tag':
      return msg(str`tagging ${quote}`);
    case 'delete':
      return msg(str`deleting ${quote}`);
    // A link's step changes relations, not annotations (issue 17): there is no quote to name.
    case 'link':
      return msg('linking');
    case 'unlink':
      return msg('removing a link');
    default:
      return msg(str`change to ${quote}`);
  }
}
