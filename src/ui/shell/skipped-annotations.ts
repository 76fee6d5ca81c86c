/**
 * The import summary's lines on skipped annotations, one per reason (import-plan.ts, SkippedGroup),
 * in the reader's language with proper plurals, each with its first annotation as the example:
 * "3 page notes without a text passage (for example annotation 4, “Jz8Ac…”)".
 */
import { msg, str } from '@lit/localize';
import type { SkippedGroup } from '../../model/w3c/import-plan.js';
import { shorten } from '../../model/text/shorten.js';
import { plural } from '../shared/plural.js';

/** One line for a group of skipped annotations, with its example. */
export function describeSkipped(group: SkippedGroup): string {
  return `${skippedSentence(group)} ${exampleOf(group)}`;
}

/** What was skipped and why, counted. */
function skippedSentence(group: SkippedGroup): string {
  const n = group.count;
  switch (group.reason) {
    case 'source-not-in-library': {
      const pages = plural(group.sources, {
        one: () => msg('on 1 page that is not in your library'),
        other: (count) => msg(str`on ${count} pages that are not in your library`),
      });
      return `${annotationCount(n)} ${pages}.`;
    }
    case 'source-skipped':
      return plural(n, {
        one: () => msg('1 annotation on a page you chose to skip.'),
        other: (count) => msg(str`${count} annotations on pages you chose to skip.`),
      });
    case 'page-note':
      return plural(n, {
        one: () => msg('1 page note without a text passage.'),
        other: (count) => msg(str`${count} page notes without a text passage.`),
      });
    case 'reply':
      return plural(n, {
        one: () => msg('1 reply: it answers an annotation and marks no passage.'),
        other: (count) => msg(str`${count} replies: they answer an annotation and mark no passage.`),
      });
    case 'relation':
      return plural(n, {
        one: () => msg('1 link between annotations that is no relation Close Reader can read: it names no relation type, or no two annotations.'),
        other: (count) => msg(str`${count} links between annotations that are no relations Close Reader can read: they name no relation type, or no two annotations.`),
      });
    case 'relation-type-unknown':
      return plural(n, {
        one: () => msg('1 relation of a type the scheme does not have.'),
        other: (count) => msg(str`${count} relations of types the scheme does not have.`),
      });
    case 'relation-annotation-missing':
      return plural(n, {
        one: () => msg('1 relation to an annotation that is neither in the file nor here.'),
        other: (count) => msg(str`${count} relations to annotations that are neither in the file nor here.`),
      });
    case 'no-target':
      return plural(n, {
        one: () => msg('1 annotation without a target.'),
        other: (count) => msg(str`${count} annotations without a target.`),
      });
    case 'bad-selector':
      return plural(n, {
        one: () => msg('1 annotation whose text selector is broken.'),
        other: (count) => msg(str`${count} annotations whose text selector is broken.`),
      });
    case 'not-an-annotation':
      return plural(n, {
        one: () => msg('1 entry that is not an annotation.'),
        other: (count) => msg(str`${count} entries that are not annotations.`),
      });
  }
}

/** "1 annotation", "12 annotations". */
export function annotationCount(n: number): string {
  return plural(n, { one: () => msg('1 annotation'), other: (count) => msg(str`${count} annotations`) });
}

/** "(for example annotation 4, “Jz8Ac…”)", the page named when the reason is about pages. */
function exampleOf(group: SkippedGroup): string {
  const { example } = group;
  const number = (example.index + 1).toLocaleString();
  const id = example.id ? shorten(example.id, 40) : '';
  const pageReason = group.reason === 'source-not-in-library' || group.reason === 'source-skipped';
  if (pageReason && example.source) {
    const page = shorten(example.source, 60);
    return msg(str`(for example annotation ${number} on ${page})`);
  }
  return id ? msg(str`(for example annotation ${number}, “${id}”)`) : msg(str`(for example annotation ${number})`);
}
