/**
 * The words for the problems of relation types (issue 17), in the reader's language: what a scheme
 * file's relation types had that was read past (model/schemes/skos-relations.ts `SkosRelationCode`)
 * and why the scheme editor refused an edit of one (relation-type-editing.ts). problem-messages.ts
 * takes them into its one table, as it takes the assignments'. Shared, not the scheme editor's: an
 * import anywhere in the app says a scheme file's problems too.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '../../model/result.js';
import { currentLocale } from './localization.js';

/** Words for one code, from the problem's parameters. */
type Wording = (params: Problem['params']) => string;

/** The parameter `name` as text ('' when it is missing). */
function param(params: Problem['params'], name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

/** Where in a scheme file (`params.where`), with "relation type 2" said in the reader's language. */
function place(params: Problem['params']): string {
  return param(params, 'where').replace(/(: )relation type (\d+)/g, (_all, before: string, n: string) => before + msg(str`relation type ${n}`));
}

/** The relation type a problem names, in the reader's language (`labelDe` in German, else `label`). */
function label(params: Problem['params']): string {
  const german = params['labelDe'];
  return currentLocale() === 'de' && typeof german === 'string' && german !== '' ? german : param(params, 'label');
}

/** Wordings of the relation-type codes of a scheme file and of the scheme editor. */
export const RELATION_TYPE_WORDINGS: readonly (readonly [string, Wording])[] = [
  ['relation-type-label-missing', (p) => msg(str`${place(p)}: the relation type has no name (skos:prefLabel); it was left out.`)],
  ['relation-type-category-not-found', (p) =>
    msg(str`${place(p)}: ${param(p, 'field')} names ${param(p, 'category')}, which is no category of this file; it was left out.`)],
  ['relation-type-no-categories', (p) => msg(str`${place(p)}: the relation type connects no categories of this file; it was left out.`)],
  ['relation-type-duplicate', (p) => msg(str`${place(p)}: another relation type has the same @id; this one was left out.`)],
  ['relation-type-label-taken', (p) => msg(str`The relation type “${label(p)}” has this name already.`)],
  ['relation-type-side-empty', (p) =>
    p['side'] === 'from'
      ? msg('A relation type needs at least one category it starts from.')
      : msg('A relation type needs at least one category it leads to.')],
  ['relation-type-not-found', (p) => msg(str`There is no relation type "${param(p, 'id')}".`)],
];
