/**
 * The words for the problems of assignments and their files (issue 15: model/assignments, and a
 * scheme file's cut definition), in the reader's language; problem-messages.ts takes them into its
 * one table. Kept apart so that table stays one screenful per area.
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

/** Where a problem is (`params.where`), with "concept 3" of a scheme file said in the reader's language. */
function place(params: Problem['params']): string {
  return param(params, 'where').replace(/(, |: )concept (\d+)/g, (_all, before: string, n: string) => before + msg(str`concept ${n}`));
}

/** The field a problem names (`params.field`), in the reader's language; an unknown one as it is. */
function fieldWords(params: Problem['params']): string {
  const words: Record<string, () => string> = {
    title: () => msg('the title', { id: 'assignment-field-title' }),
    instructions: () => msg('the instructions', { id: 'assignment-field-instructions' }),
    'document title': () => msg("the article's title", { id: 'assignment-field-document-title' }),
    name: () => msg('the name', { id: 'assignment-field-name' }),
    definition: () => msg('the definition', { id: 'assignment-field-definition' }),
    example: () => msg('the example', { id: 'assignment-field-example' }),
    'creator.name': () => msg("the student's name", { id: 'assignment-field-student' }),
    assignmentTitle: () => msg("the assignment's title", { id: 'assignment-field-assignment-title' }),
    due: () => msg('the due date', { id: 'assignment-field-due' }),
    created: () => msg('the date it was made', { id: 'assignment-field-created' }),
    modified: () => msg('the date it was changed', { id: 'assignment-field-modified' }),
    generated: () => msg('the time it was handed in', { id: 'assignment-field-generated' }),
    'skos:definition': () => msg('the definition', { id: 'assignment-field-definition' }),
    'skos:example': () => msg('the example', { id: 'assignment-field-example' }),
  };
  const field = param(params, 'field');
  return Object.hasOwn(words, field) ? words[field]!() : field;
}

/** Which file a problem expected (`params.expected`: hand-out or hand-in), in the reader's language. */
function fileKind(kind: string): string {
  if (kind === 'solution') return msg('a solution', { id: 'assignment-kind-solution' });
  return kind === 'hand-in' ? msg('a hand-in', { id: 'assignment-kind-hand-in' }) : msg('an assignment (hand-out)', { id: 'assignment-kind-hand-out' });
}

/** The number parameter `name` in the reader's language. */
function num(params: Problem['params'], name: string): string {
  const value = params[name];
  return typeof value === 'number' ? value.toLocaleString(currentLocale()) : param(params, name);
}

/** Wordings of the assignment codes (model/assignments/assignment.ts `AssignmentCode`) and 'category-text-cut'. */
export const ASSIGNMENT_WORDINGS: readonly (readonly [string, Wording])[] = [
  ['assignment-field-empty', (p) => msg(str`${param(p, 'where')}: ${fieldWords(p)} is empty. Nothing was opened or saved.`)],
  ['assignment-field-too-long', (p) => msg(str`${param(p, 'where')}: ${fieldWords(p)} is longer than ${num(p, 'max')} characters. Nothing was opened or saved.`)],
  ['markup-in-field', (p) =>
    msg(str`${param(p, 'where')}: ${fieldWords(p)} contains HTML (${param(p, 'found')}). Close Reader takes plain text here, so nothing was opened or saved.`)],
  ['assignment-id-invalid', (p) => msg(str`${param(p, 'where')}: "${param(p, 'found')}" is not the id of an assignment (urn:uuid:…). Nothing was opened.`)],
  ['assignment-date-invalid', (p) => msg(str`${param(p, 'where')}: ${fieldWords(p)} "${param(p, 'found')}" is not a date. Nothing was opened or saved.`)],
  ['assignment-box-invalid', (p) =>
    msg(str`${param(p, 'where')}: the hand-in box "${param(p, 'found')}" is not the web address of a box (http:// or https://, ending with "/"). Nothing was opened or saved.`)],
  ['not-an-assignment-file', (p) =>
    p['found'] === 'hand-in' || p['found'] === 'hand-out' || p['found'] === 'solution'
      ? msg(str`${param(p, 'file')} is ${fileKind(param(p, 'found'))}, not ${fileKind(param(p, 'expected'))}. Nothing was opened.`)
      : msg(str`${param(p, 'file')} is not ${fileKind(param(p, 'expected'))}. Nothing was opened.`)],
  ['assignment-format-unknown', (p) =>
    msg(str`${param(p, 'file')} was made by a newer Close Reader (format ${param(p, 'version')}; this one reads format ${param(p, 'known')}). Reload the page to get the newer version. Nothing was opened.`)],
  ['assignment-scheme-mismatch', (p) =>
    msg(str`${param(p, 'file')}: the category scheme in the file (${param(p, 'found')}) is not the one the assignment names (${param(p, 'expected')}). Nothing was opened.`)],
  ['hand-out-digest-differs', (p) =>
    msg(str`${param(p, 'file')}: the article “${param(p, 'title')}” has a different text here than where the assignment was made, so the passages would not match. Ask your teacher for a new hand-out. Nothing was opened.`)],
  ['hand-out-article-unknown', (p) =>
    msg(str`${param(p, 'file')}: the article “${param(p, 'title')}” is not in this library (${param(p, 'iri')}). Nothing was opened.`)],
  ['hand-in-unknown-assignment', (p) =>
    msg(str`${param(p, 'file')}: a hand-in by ${param(p, 'student')} for “${param(p, 'title')}”, an assignment this browser does not have. Open it in the browser where the assignment was made. Nothing was saved.`)],
  ['solution-unknown-assignment', (p) =>
    msg(str`${param(p, 'file')}: the solution of “${param(p, 'title')}”, an assignment this browser does not have. Open the assignment's hand-out first. Nothing was saved.`)],
  ['solution-other-assignment', (p) =>
    msg(str`${param(p, 'file')}: the solution of “${param(p, 'title')}”, not of the assignment “${param(p, 'expected')}”. Nothing was saved.`)],
  ['category-text-cut', (p) => msg(str`${place(p)}: ${fieldWords(p)} is longer than ${num(p, 'max')} characters; the rest was cut.`)],
];
