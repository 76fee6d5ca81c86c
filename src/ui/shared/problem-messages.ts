/**
 * Problems from the model and the use cases (model/result.ts: a code, its parameters and an English
 * sentence) said in the reader's language: the one place that turns codes into words. A code this
 * file does not know yet is shown with its English sentence, so nothing is ever silent.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '../../model/result.js';
import { SHORT_LENGTH, shorten, shortenParts } from '../../model/text/shorten.js';
import { lineName } from '../schemes/line-names.js';
import { RELATION_TYPE_WORDINGS } from './relation-type-messages.js';
import { ASSIGNMENT_WORDINGS } from './assignment-problem-messages.js';
import { currentLocale } from './localization.js';
import { pluralOf } from './plural.js';

/** Words for one code, from the problem's parameters. */
type Wording = (params: Problem['params']) => string;

/** The parameter `name` as text ('' when it is missing). */
function param(params: Problem['params'], name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

/** The parameter `name` as a number in the reader's language (100.000, 8,5), or as text when it is none. */
function num(params: Problem['params'], name: string): string {
  const value = params[name];
  return typeof value === 'number' ? value.toLocaleString(currentLocale()) : param(params, name);
}

/** The category or scheme a problem names, in the reader's language (`labelDe` in German, else `label`). */
function label(params: Problem['params']): string {
  const german = params['labelDe'];
  return currentLocale() === 'de' && typeof german === 'string' && german !== '' ? german : param(params, 'label');
}

/**
 * Where a problem is (`params.where`: a file, an annotation or concept of it, a field), with the
 * words of it in the reader's language: "notes.jsonld, annotation 3: target" stays a file name and
 * a field name, with "annotation 3" said in German.
 */
function place(params: Problem['params']): string {
  return param(params, 'where').replace(/(, |: )(annotation|concept) (\d+)/g, (_all, before: string, kind: string, n: string) =>
    before + (kind === 'annotation' ? msg(str`annotation ${n}`) : msg(str`concept ${n}`)),
  );
}

/** What a field should hold (`params.expected` of 'wrong-type'), in the reader's language; unknown ones as they are. */
function expectedWords(params: Problem['params']): string {
  const words: Record<string, () => string> = {
    'an object': () => msg('an object', { id: 'expected-object' }),
    'a list of annotations': () => msg('a list of annotations', { id: 'expected-annotation-list' }),
    'an IRI or an object': () => msg('an IRI or an object', { id: 'expected-iri-or-object' }),
    'the quoted text': () => msg('the quoted text', { id: 'expected-quote' }),
    text: () => msg('text', { id: 'expected-text' }),
    'a whole number': () => msg('a whole number', { id: 'expected-whole-number' }),
    '"Annotation", "AnnotationPage" or "AnnotationCollection"': () =>
      msg('"Annotation", "AnnotationPage" or "AnnotationCollection"', { id: 'expected-annotation-types' }),
    'a W3C Web Annotation document or a Hypothesis export': () =>
      msg('a W3C Web Annotation document or a Hypothesis export', { id: 'expected-annotation-document' }),
    'a list of text': () => msg('a list of text', { id: 'expected-text-list' }),
    'an array': () => msg('a list', { id: 'expected-array' }),
    'a non-empty string': () => msg('a text that is not empty', { id: 'expected-non-empty-string' }),
    'a string': () => msg('a text', { id: 'expected-string' }),
    '"text" or "editorial"': () => msg('"text" or "editorial"', { id: 'expected-title-source' }),
    'an object with a "documents" array': () => msg('an object with a list "documents"', { id: 'expected-manifest' }),
    'a non-empty array': () => msg('a list that is not empty', { id: 'expected-non-empty-array' }),
    'non-empty text': () => msg('text that is not empty', { id: 'expected-non-empty-text' }),
  };
  const expected = param(params, 'expected');
  return Object.hasOwn(words, expected) ? words[expected]!() : expected;
}

/** What a field held instead (`params.found`, w3c-parse-json.ts `describe`), in the reader's language; a value as it is. */
function foundWords(params: Problem['params']): string {
  const found = param(params, 'found');
  if (found === 'nothing') return msg('nothing', { id: 'found-nothing' });
  if (found === 'a list') return msg('a list', { id: 'found-list' });
  if (found === 'an object') return msg('an object', { id: 'found-object' });
  return found;
}

/** Whether the problem comes from a file (a `where`) rather than from an edit in the scheme editor. */
function inFile(params: Problem['params']): boolean {
  return params['where'] !== undefined;
}

/**
 * Wordings by code. Each block belongs to one area; add a code to its area's block.
 */
const WORDINGS: ReadonlyMap<string, Wording> = new Map<string, Wording>([
  // --- Annotation files (model/w3c, app/import) ---
  ['too-large', (p) => msg(str`${param(p, 'file')}: the file is ${param(p, 'megabytes')} MB; Close Reader imports files up to 50 MB.`)],
  ['not-json', (p) => msg(str`${param(p, 'file')}: this is not JSON (${param(p, 'reason')}).`)],
  // Annotation and scheme files alike (model/json-depth.ts).
  ['too-deep', (p) => msg(str`${param(p, 'file')}: the file is nested more than ${num(p, 'max')} levels deep; Close Reader reads files nested up to ${num(p, 'max')} levels. Nothing was imported.`)],
  ['too-many-annotations', (p) => msg(str`${param(p, 'file')}: ${num(p, 'count')} annotations; Close Reader imports at most ${num(p, 'max')} from one file.`)],
  ['unknown-format', (p) => msg(str`${param(p, 'file')}: neither a W3C Web Annotation file (it has no "@context" and "type") nor a Hypothesis export (no "annotations" list).`)],
  ['wrong-type', (p) =>
    p['found'] === undefined
      ? msg(str`${place(p)}: expected ${expectedWords(p)}.`)
      : msg(str`${place(p)}: expected ${expectedWords(p)}, found ${foundWords(p)}.`)],
  ['context-missing', (p) => msg(str`${place(p)}: @context is missing; a W3C annotation file names "http://www.w3.org/ns/anno.jsonld".`)],
  ['context-wrong', (p) => msg(str`${place(p)}: @context is ${param(p, 'found')}, not "http://www.w3.org/ns/anno.jsonld" or a list that holds it.`)],
  ['total-without-first', (p) => pluralOf(p['total'], {
    one: () => msg(str`${param(p, 'file')}: the collection says it holds 1 annotation, but it is not in the file.`),
    other: (total) => msg(str`${param(p, 'file')}: the collection says it holds ${total} annotations, but they are not in the file.`),
  })],
  ['page-not-embedded', (p) => msg(str`${param(p, 'file')}: the annotations are not in the file, only the address of their page (${param(p, 'address')}).`)],
  ['more-pages', (p) => msg(str`${param(p, 'file')}: ${param(p, 'field')}: the collection has further pages that are not in the file; only this page's annotations are imported.`)],
  ['no-annotations', (p) => msg(str`${param(p, 'file')}: the file holds no annotations.`)],
  ['not-a-date', (p) => msg(str`${place(p)}: ${param(p, 'found')} is not a date; the time of the import is used.`)],
  ['selectors-ignored', (p) => pluralOf(p['count'], {
    one: () => msg(str`${param(p, 'file')}: 1 selector Close Reader does not use was read past: ${param(p, 'kinds')}.`),
    other: (count) => msg(str`${param(p, 'file')}: ${count} selectors Close Reader does not use were read past: ${param(p, 'kinds')}.`),
  })],
  ['position-ignored', (p) => pluralOf(p['count'], {
    one: () => msg(str`${param(p, 'file')}: 1 TextPositionSelector is not a position (start or end not a whole number from 0, or the end before the start) and was ignored; the quote places the passage.`),
    other: (count) => msg(str`${param(p, 'file')}: ${count} TextPositionSelectors are not positions (start or end not a whole number from 0, or the end before the start) and were ignored; the quotes place the passages.`),
  })],
  ['date-without-offset', (p) => pluralOf(p['count'], {
    one: () => msg(str`${param(p, 'file')}: 1 date without a time zone was taken as UTC.`),
    other: (count) => msg(str`${param(p, 'file')}: ${count} dates without a time zone were taken as UTC.`),
  })],
  ['link-too-large', (p) => msg(str`${place(p)}: the link's description is ${num(p, 'chars')} characters long; only its address is kept.`)],
  ['several-targets', (p) => msg(str`${param(p, 'file')}: annotations ${param(p, 'annotations')} have several targets; only the first with a text selector is imported.`)],
  ['position-outside-text', (p) => pluralOf(p['count'], {
    one: () => msg(str`${param(p, 'file')}: annotation ${param(p, 'annotations')}: the position lies outside the article's text (counted in a whole web page?); the quote placed it.`),
    other: () => msg(str`${param(p, 'file')}: annotations ${param(p, 'annotations')}: the positions lie outside the article's text (counted in a whole web page?); the quotes placed them.`),
  })],
  // Documents a file carries (model/w3c/carried-documents.ts), checked as the manifest is (model/documents).
  ['not-a-slug', (p) => msg(str`${place(p)}: "${param(p, 'id')}" is no valid id (lower-case letters, digits and hyphens).`)],
  ['duplicate-id', (p) => msg(str`${place(p)}: "${param(p, 'id')}" appears twice.`)],
  ['not-a-digest', (p) => msg(str`${place(p)}: expected "sha256:" and 64 hexadecimal digits.`)],
  ['unknown-block-type', (p) => msg(str`${place(p)}: unknown block type ${param(p, 'found')}.`)],
  ['text-untrimmed', (p) => msg(str`${place(p)}: the text has a line break or a space at its start or end.`)],
  ['unknown-mark-type', (p) => msg(str`${place(p)}: unknown kind of emphasis ${param(p, 'found')}; Close Reader knows "em" and "strong".`)],
  ['mark-out-of-range', (p) => msg(str`${place(p)}: the emphasis ${num(p, 'start')}–${num(p, 'end')} is not within the block's text (${num(p, 'length')} characters).`)],
  // How carried documents join the library (model/w3c/carried-document-match.ts): said in the import summary.
  ['carried-id-taken', (p) => msg(str`“${param(p, 'title')}”: the id “${param(p, 'id')}” already belongs to “${param(p, 'taken')}” in your library; the document is added under the id “${param(p, 'newId')}”.`)],
  ['carried-text-differs', (p) =>
    msg(str`“${param(p, 'title')}”: your library already has “${param(p, 'existing')}” at this address (${param(p, 'iri')}), with another text. That stays as it is; the file's text is added as a new document, with the file's annotations on it.`)],
  // --- Schemes and categories (model/schemes) ---
  ['not-found', (p) => msg(str`There is no category "${param(p, 'id')}".`)],
  ['label-empty', () => msg('A name is needed, in German or in English.')],
  ['label-taken', (p) => msg(str`"${label(p)}" has this name already.`)],
  ['colour-invalid', (p) =>
    inFile(p)
      ? msg(str`${place(p)}: cr:colour "${param(p, 'colour')}" is no colour; took ${param(p, 'took')}.`)
      : msg(str`"${param(p, 'colour')}" is not a colour (#rrggbb).`)],
  ['line-invalid', (p) =>
    inFile(p)
      ? msg(str`${place(p)}: cr:line "${param(p, 'line')}" is no line style; took ${lineName(param(p, 'took'))}.`)
      : msg(str`"${param(p, 'line')}" is not a line style.`)],
  ['key-invalid', (p) =>
    inFile(p)
      ? msg(str`${place(p)}: skos:notation "${param(p, 'key')}" is no key (one character, not j, k or l, once in a scheme); left out.`)
      : msg(str`A key is one character you can type, not "${param(p, 'key')}".`)],
  ['key-reserved', (p) =>
    // Each reserved key with what it does (model/schemes/scheme-ids.ts RESERVED_KEY_USES).
    p['use'] === 'link'
      ? msg(str`"${param(p, 'key')}" already starts a link from the focused annotation to another.`)
      : msg(str`"${param(p, 'key')}" already steps through the passages of an article.`)],
  ['key-taken', (p) =>
    // From the editor with the category holding the key (`otherId`); from a scheme import, the one whose key is dropped.
    p['otherId'] !== undefined
      ? msg(str`"${label(p)}" already has the key ${param(p, 'key')}.`)
      : msg(str`The key ${param(p, 'key')} of "${label(p)}" is already taken in the scheme; left out.`)],
  ['cannot-move', (p) =>
    p['direction'] === 'up' ? msg(str`"${label(p)}" is already first among its siblings.`) : msg(str`"${label(p)}" is already last among its siblings.`)],
  ['parent-not-found', (p) =>
    inFile(p)
      ? msg(str`${place(p)} points to ${param(p, 'parent')}, which is no concept of this file.`)
      : msg(str`There is no category "${param(p, 'parentId')}" to put "${label(p)}" under.`)],
  ['parent-is-self', (p) =>
    inFile(p) ? msg(str`${place(p)} points to the concept itself.`) : msg(str`"${label(p)}" cannot be put under itself.`)],
  ['parent-other-scheme', (p) => msg(str`"${label(p)}" belongs to another scheme.`)],
  ['parent-not-top-level', (p) =>
    inFile(p)
      ? msg(str`${place(p)}: ${param(p, 'parent')} is nested itself; categories nest one level only.`)
      : msg(str`"${label(p)}" is under another category itself; categories nest one level only.`)],
  ['has-children', (p) => msg(str`"${label(p)}" has categories under it, so it cannot go under another one.`)],
  ['target-invalid', (p) => msg(str`The annotations of "${label(p)}" can only move to another category of its scheme.`)],
  ['colour-too-close', (p) => msg(str`Too close to the colour of "${label(p)}" (ΔE00 ${num(p, 'distance')}).`)],
  ['colour-low-contrast', (p) => msg(str`Too little contrast: ${param(p, 'figures')}.`)],
  ['no-concept-scheme', (p) => msg(str`${param(p, 'file')}: the file holds no category scheme (skos:ConceptScheme).`)],
  ['several-concept-schemes', (p) => msg(str`${param(p, 'file')}: ${num(p, 'count')} category schemes (skos:ConceptScheme) in one file; import one at a time.`)],
  ['no-concepts', (p) => msg(str`${param(p, 'file')}: the scheme has no categories (skos:Concept).`)],
  ['id-missing', (p) => msg(str`${place(p)}: @id is missing.`)],
  ['id-duplicate', (p) => msg(str`${place(p)}: concept ${param(p, 'other')} has the same @id.`)],
  ['other-scheme', (p) => msg(str`${place(p)}: skos:inScheme names ${param(p, 'found')}, not ${param(p, 'expected')}.`)],
  ['label-missing', (p) => msg(str`${place(p)}: the name (skos:prefLabel) is missing.`)],
  ['several-parents', (p) => msg(str`${place(p)} names ${num(p, 'count')} concepts; a category has one parent at most.`)],
  ['category-joins-scheme', (p) => msg(str`"${label(p)}" (${param(p, 'iri')}) came with annotations; it joins the scheme.`)],
  ['nesting-flattened', (p) => msg(str`"${label(p)}" was under a category the file puts under another; it is top-level now.`)],
  ['too-many-categories', (p) =>
    p['file'] === undefined
      ? msg(str`The scheme has ${num(p, 'stored')} categories already; a scheme holds at most ${num(p, 'max')}.`)
      : p['stored'] === undefined
        ? msg(str`${param(p, 'file')}: ${num(p, 'count')} categories; a scheme holds at most ${num(p, 'max')}. Nothing was imported.`)
        : msg(str`${param(p, 'file')}: with the ${num(p, 'stored')} categories it has already, the scheme would have ${num(p, 'count')}; a scheme holds at most ${num(p, 'max')}. Nothing was imported.`)],
  // --- Documents and files of the wrong kind (app/import, ui/documents) ---
  ['file-is-pdf', (p) => wrongKind(p, msg(str`${param(p, 'file')} is a PDF.`), msg('Copy the text from the PDF and paste it.'))],
  ['file-is-word', (p) => wrongKind(p, msg(str`${param(p, 'file')} is a word-processor document (${param(p, 'format')}, ${param(p, 'extension')}).`), msg('Save it as text or as a web page, or copy its text and paste it.'))],
  ['file-is-spreadsheet', (p) => wrongKind(p, msg(str`${param(p, 'file')} is a spreadsheet (${param(p, 'format')}, ${param(p, 'extension')}).`))],
  ['file-is-presentation', (p) => wrongKind(p, msg(str`${param(p, 'file')} is a presentation (${param(p, 'format')}, ${param(p, 'extension')}).`))],
  ['file-is-image', (p) => wrongKind(p, msg(str`${param(p, 'file')} is an image (${param(p, 'format')}).`))],
  ['file-is-archive', (p) => wrongKind(p, msg(str`${param(p, 'file')} is a compressed archive (${param(p, 'format')}).`), msg('Unpack it and open the text inside.'))],
  ['file-is-binary', (p) => wrongKind(p, param(p, 'format') ? msg(str`${param(p, 'file')} is not a text file (${param(p, 'format')}).`) : msg(str`${param(p, 'file')} is not a text file.`))],
  ['file-is-text', (p) => msg(str`${param(p, 'file')} is a text document, not an annotation file. To read it closely, add it to the library as your own document.`)],
  ['file-is-data', (p) => msg(str`${param(p, 'file')} is a data file (JSON), not a text. To bring in annotations or a category scheme, use Import at the top of the page.`)],
  ['file-kind-unknown', (p) => msg(str`${param(p, 'file')}: Close Reader reads text files (.txt, .md, .html).`)],
  ['document-too-large', (p) => msg(str`${param(p, 'file')}: the file is ${num(p, 'megabytes')} MB; Close Reader opens documents up to 20 MB.`)],
  ['document-empty', (p) => msg(str`${param(p, 'file')} is empty.`)],
  ['read-as-latin1', (p) => msg(str`${param(p, 'file')} was not UTF-8; read as Latin-1 (Windows-1252).`)],
  // --- Storage (app/storage-error.ts) ---
  ['storage-quota-exceeded', () =>
    msg("The browser's storage is full (quota exceeded), so the change was not saved. Free some space (export and remove articles you no longer need, or clear other sites' data) and try again.")],
  ['storage-connection-closed', () =>
    msg("The connection to the browser's storage was closed, often because Close Reader was updated in another tab. Reload the page; what was saved before is kept.")],
  ['storage-transaction-inactive', () => msg('The change was not saved because the storage transaction had already ended. Please try again.')],
  ['storage-aborted', () => msg('The change was cancelled before it was saved, so nothing of it was written. Please try again.')],
  ['storage-unknown-failure', () =>
    msg("The browser's storage failed for a reason it did not give (a full disk or a damaged browser profile can cause this). The change was not saved.")],
  ['storage-newer-version', () => msg('The data stored in this browser was written by a newer version of Close Reader. Reload the page to get that version.')],
  ['storage-read-only', () =>
    msg('The data in this browser was written by a newer version of Close Reader. You can read and export here, but changes are not saved. Reload the newer version of Close Reader to edit.')],
  ['storage-unavailable', () =>
    msg('This browser does not let the page store data (IndexedDB is unavailable, as in some private windows), so nothing you tag can be kept.')],
  ['storage-upgrade-blocked', () => msg('Close Reader was updated. Close its other tabs: this one opens as soon as they are closed.')],
  ['storage-failed', (p) => msg(str`Something went wrong: ${param(p, 'reason')}`)],
  // --- Assignments, hand-outs and hand-ins (model/assignments): their own file ---
  ...ASSIGNMENT_WORDINGS,
  // --- Relation types of a scheme (issue 17): their own file ---
  ...RELATION_TYPE_WORDINGS,
]);

/**
 * A problem in the reader's language where its code is known; else its English sentence. Every
 * string parameter comes from a file or from storage (a 1 MB id, a 100 KB label) and is shortened
 * to its start and end (model/text/shorten.ts), a place (`where`) part by part; so is the English
 * sentence, which repeats them.
 */
export function describeProblem(problem: Problem): string {
  const wording = WORDINGS.get(problem.code);
  return wording ? wording(shortParams(problem.params)) : shortenParts(problem.message, MESSAGE_LENGTH, 2 * SHORT_LENGTH);
}

/** The longest English sentence of a code not worded here yet, in code points. */
const MESSAGE_LENGTH = 480;

/**
 * `params` with every string shortened for a message: a place part by part, a `reason` (the
 * browser's own sentence) to twice {@link SHORT_LENGTH}, any other to {@link SHORT_LENGTH}.
 */
function shortParams(params: Problem['params']): Problem['params'] {
  const short: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') short[name] = value;
    else if (name === 'where') short[name] = shortenParts(value);
    else short[name] = shorten(value, name === 'reason' ? 2 * SHORT_LENGTH : SHORT_LENGTH);
  }
  return short;
}

/** Every problem of a list, in order. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map(describeProblem);
}

/**
 * A file of the wrong kind (codes 'file-is-…'): what it is, what the page reads (`params.expected`:
 * Import reads annotation files and schemes, "add a document" text files) and, for a document, what
 * to do instead.
 */
function wrongKind(params: Problem['params'], what: string, insteadForDocuments = ''): string {
  const documents = params['expected'] === 'documents';
  const reads = documents
    ? msg('Close Reader reads text files (.txt, .md, .html).')
    : msg('Close Reader imports W3C annotation files and category schemes (.json, .jsonld).');
  return [what, reads, documents ? insteadForDocuments : ''].filter(Boolean).join(' ');
}
