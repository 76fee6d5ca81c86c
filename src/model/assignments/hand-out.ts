/**
 * The hand-out file (issue 15, docs/assignment-files.md): one W3C AnnotationCollection, empty
 * (`total: 0`), that carries everything a student's browser needs and nothing else: the assignment
 * (id as `urn:uuid:`, title, instructions, dates, rules; the teacher's hand-in box beside it when
 * the class hands in online, issue 18), the article (IRI, digest, title; its blocks
 * too when it is not a bundled article) and the category scheme as embedded SKOS. Never the model
 * answer: no annotation goes in. Written with the W3C export (toW3CCollection) so it is the same
 * collection shape; read back with every problem named (file, field), never a throw.
 */
import { canonicalText, type ArticleBlock } from '../documents/article.js';
import type { OwnDocument } from '../documents/own-documents.js';
import { type Problem, type Result, failAll, ok, problem } from '../result.js';
import type { Category, CategoryScheme } from '../schemes/category.js';
import { type ImportedScheme, parseSkosScheme, schemeWithRelationsToSkos, type SkosDocument, type SkosDocumentWithRelations } from '../schemes/skos.js';
import { schemeRelationTypes } from '../schemes/scheme-relation-types.js';
import { CARRIED_DOCUMENTS_KEY, readCarriedDocuments } from '../w3c/carried-documents.js';
import { toW3CCollection } from '../w3c/w3c-export.js';
import type { W3CAnnotationCollection } from '../w3c/w3c-types.js';
import { type Assignment, type AssignmentCode, assignmentIdOf, assignmentIri, assignmentProblems, handInBoxProblem, markupProblem } from './assignment.js';
import {
  ASSIGNMENT_CONTEXT, ASSIGNMENT_FORMAT, ASSIGNMENT_KEY, FieldReader, HAND_IN_BOX_KEY, HAND_OUT_WITH_BOX_CONTEXT, type JsonObject, readAssignmentFile, SCHEME_KEY,
} from './assignment-file.js';

/** The article of a hand-out: bundled articles travel by IRI and digest, others with their blocks. */
export interface HandOutDocument {
  readonly iri: string;
  readonly digest: string;
  readonly title: string;
  readonly lang: string;
  /** True for an article shipped with Close Reader: every student's library has it already. */
  readonly bundled: boolean;
  /** The article's blocks; written only when it is not bundled (then required). */
  readonly blocks?: readonly ArticleBlock[];
}

/** A hand-out as read: the assignment, its article and its scheme with the categories. */
export interface HandOut {
  readonly assignment: Assignment;
  readonly document: HandOutDocument;
  /** The article as an own document to add to the library, when it is not bundled. */
  readonly carried?: OwnDocument;
  readonly scheme: ImportedScheme;
}

/** The hand-out file as JSON (JSON.stringify it to save; name it with handOutFileName). */
export type HandOutFile = Omit<W3CAnnotationCollection, '@context'> & {
  /** {@link HAND_OUT_WITH_BOX_CONTEXT} when the hand-out names a hand-in box, else the assignment files' own. */
  readonly '@context': typeof ASSIGNMENT_CONTEXT | typeof HAND_OUT_WITH_BOX_CONTEXT;
  readonly modified: string;
  readonly [ASSIGNMENT_KEY]: JsonObject;
  /** The scheme as its SKOS file, with its relation types when it has any (skos-relations.ts). */
  readonly [SCHEME_KEY]: SkosDocument | SkosDocumentWithRelations;
  readonly [CARRIED_DOCUMENTS_KEY]?: readonly JsonObject[];
  /** The teacher's hand-in box (Assignment.handInBox), when the class hands in online. */
  readonly [HAND_IN_BOX_KEY]?: string;
};

/**
 * The hand-out of `assignment` on `doc`, with `scheme`, its `categories` and its relation types
 * embedded as SKOS (opening the hand-out installs all three, app/import/scheme-import.ts).
 * Throws when a non-bundled article comes without its blocks: the file would not let a student open it.
 */
export function toHandOut(assignment: Assignment, doc: HandOutDocument, scheme: CategoryScheme, categories: readonly Category[]): HandOutFile {
  if (!doc.bundled && !doc.blocks) throw new Error(`toHandOut: "${doc.title}" is not bundled, so its blocks must go into the hand-out`);
  const id = assignmentIri(assignment.id);
  const { document: assigned } = assignment;
  const collection = toW3CCollection([], {
    documents: new Map(),
    categories: new Map(),
    locale: 'de',
    now: assignment.modified,
    collectionId: id,
    label: assignment.title,
  });
  const entry = {
    kind: 'hand-out',
    format: ASSIGNMENT_FORMAT,
    title: assignment.title,
    instructions: assignment.instructions,
    created: assignment.created,
    modified: assignment.modified,
    ...(assignment.due ? { due: assignment.due } : {}),
    rules: { ...assignment.rules },
    document: { id: assigned.id, iri: doc.iri, digest: doc.digest, title: doc.title, lang: doc.lang, bundled: doc.bundled },
    schemeIri: scheme.iri,
  };
  const carried = doc.bundled
    ? {}
    : { [CARRIED_DOCUMENTS_KEY]: [{ id: assigned.id, iri: doc.iri, title: doc.title, lang: doc.lang, digest: doc.digest, created: assignment.created, blocks: doc.blocks }] };
  const box = assignment.handInBox;
  return {
    ...collection,
    '@context': box === undefined ? ASSIGNMENT_CONTEXT : HAND_OUT_WITH_BOX_CONTEXT,
    created: assignment.created,
    modified: assignment.modified,
    [ASSIGNMENT_KEY]: entry,
    [SCHEME_KEY]: schemeWithRelationsToSkos(scheme, categories, schemeRelationTypes(scheme)),
    ...carried,
    ...(box === undefined ? {} : { [HAND_IN_BOX_KEY]: box }),
  };
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads a hand-out: `bytes` is the file's size (refused above 50 MB before parsing). Every
 * problem is named by file and field: not JSON, too large or deep, not a hand-out, a format this
 * version does not know, a missing or wrong field, markup in a title, the instructions, a name or a
 * category, a scheme that is not the assignment's, the scheme's own problems (skos-parse.ts).
 */
export function parseHandOut(text: string, fileName: string, bytes: number = text.length): Result<HandOut> {
  const read = readAssignmentFile(text, fileName, bytes, 'hand-out');
  if (!read.ok) return read;
  const { json, entry } = read.value;
  const problems: Problem[] = [];
  const fields = new FieldReader(entry, `${fileName}: ${ASSIGNMENT_KEY}`, problems);
  const docFields = new FieldReader(fields.child('document'), `${fileName}: ${ASSIGNMENT_KEY}.document`, problems);
  const rules = new FieldReader(fields.child('rules'), `${fileName}: ${ASSIGNMENT_KEY}.rules`, problems);
  const collectionId = typeof json.id === 'string' ? json.id : '';
  const id = assignmentIdOf(collectionId);
  if (!id) problems.push(problem('assignment-id-invalid', { where: `${fileName}: id`, found: collectionId }, `${fileName}: id "${collectionId}" is no urn:uuid:`));
  const target: HandOutDocument = {
    iri: docFields.string('iri'),
    digest: docFields.string('digest'),
    title: docFields.string('title'),
    lang: docFields.string('lang'),
    bundled: docFields.boolean('bundled', false),
  };
  const due = fields.string('due', true);
  // The box, when there is one, is checked with the assignment's other fields (assignmentProblems).
  const box = json[HAND_IN_BOX_KEY];
  if (box !== undefined && typeof box !== 'string') problems.push(handInBoxProblem(fileName, String(JSON.stringify(box)).slice(0, 60)));
  const assignment: Assignment = {
    id: id ?? '',
    title: fields.string('title'),
    instructions: fields.string('instructions', true),
    document: { id: docFields.string('id'), iri: target.iri, digest: target.digest, title: target.title },
    schemeIri: fields.string('schemeIri'),
    created: fields.string('created'),
    modified: fields.string('modified'),
    ...(due ? { due } : {}),
    rules: { hideDefinitions: rules.boolean('hideDefinitions', false), studentsMayAddCategories: rules.boolean('studentsMayAddCategories', false) },
    ...(typeof box === 'string' ? { handInBox: box } : {}),
  };
  if (target.digest && !DIGEST.test(target.digest)) {
    const where = `${fileName}: ${ASSIGNMENT_KEY}.document` + '.digest';
    problems.push(problem('not-a-digest', { where }, `${where}: expected "sha256:" and 64 hexadecimal digits`));
  }
  if (problems.length > 0) return failAll(problems);
  problems.push(...assignmentProblems(assignment, fileName));
  const carried = target.bundled ? undefined : carriedArticle(json, fileName, target, problems);
  const scheme = embeddedScheme(json, fileName, assignment.schemeIri, problems);
  if (problems.length > 0 || !scheme) return failAll(problems);
  return ok({ assignment, document: carried ? { ...target, blocks: carried.blocks } : target, ...(carried ? { carried } : {}), scheme });
}

/** The article a non-bundled hand-out carries (the one of the assignment's IRI), or undefined with problems. */
function carriedArticle(json: JsonObject, fileName: string, target: HandOutDocument, problems: Problem[]): OwnDocument | undefined {
  const read = readCarriedDocuments(json, fileName);
  if (!read.ok) return void problems.push(...read.problems);
  const article = read.value.find((candidate) => candidate.iri === target.iri);
  const where = `${fileName}: ${CARRIED_DOCUMENTS_KEY}`;
  if (!article) {
    return void problems.push(problem('wrong-type', { where, expected: 'a non-empty array' }, `${where}: the article ${target.iri} is not in the file`));
  }
  const markup = markupProblem(article.title, `${where}[0]`, 'title');
  if (markup) problems.push(markup);
  if (canonicalText(article.blocks) === '') problems.push(problem('wrong-type', { where: `${where}[0].blocks`, expected: 'non-empty text' }, `${where}[0].blocks: the text is empty`));
  return article;
}

/** The embedded scheme, checked: the assignment's IRI, no markup in any name, definition or example. */
function embeddedScheme(json: JsonObject, fileName: string, schemeIri: string, problems: Problem[]): ImportedScheme | undefined {
  const parsed = parseSkosScheme(JSON.stringify(json[SCHEME_KEY] ?? null), `${fileName}: ${SCHEME_KEY}`);
  if (!parsed.ok) return void problems.push(...parsed.problems);
  const { scheme, categories } = parsed.value;
  if (scheme.iri !== schemeIri) {
    const params = { file: fileName, expected: schemeIri, found: scheme.iri };
    problems.push(problem('assignment-scheme-mismatch', params, `${fileName}: the scheme is ${scheme.iri}, but the assignment names ${schemeIri}`));
  }
  const check = (text: string | undefined, where: string, field: string): void => {
    const markup = text === undefined ? undefined : markupProblem(text, where, field);
    if (markup) problems.push(markup);
  };
  const schemeWhere = `${fileName}: ${SCHEME_KEY}`;
  check(scheme.label.de, schemeWhere, 'name');
  if (scheme.label.en !== scheme.label.de) check(scheme.label.en, schemeWhere, 'name');
  for (const category of categories) {
    const where = `${schemeWhere}: ${category.iri ?? category.id}`;
    for (const language of ['de', 'en'] as const) {
      if (language === 'de' || category.label.en !== category.label.de) check(category.label[language], where, 'name');
      check(category.definition?.[language], where, 'definition');
      check(category.example?.[language], where, 'example');
    }
  }
  return parsed.value;
}

/**
 * Whether a hand-out of a bundled article fits this library's copy of it: 'hand-out-article-unknown'
 * when no bundled article has its IRI, 'hand-out-digest-differs' when that article's text is
 * another (then every offset would point elsewhere); undefined when it fits or is not bundled.
 */
export function bundledArticleProblem(
  handOut: HandOut,
  fileName: string,
  bundled: readonly { readonly iri: string; readonly digest: string }[],
): Problem<AssignmentCode> | undefined {
  const { document: target } = handOut;
  if (!target.bundled) return undefined;
  const article = bundled.find((candidate) => candidate.iri === target.iri);
  const params = { file: fileName, title: target.title, iri: target.iri };
  if (!article) return problem('hand-out-article-unknown', params, `${fileName}: the article "${target.title}" (${target.iri}) is not in this library`);
  if (article.digest === target.digest) return undefined;
  return problem('hand-out-digest-differs', params, `${fileName}: the article "${target.title}" has another text here than where the hand-out was made`);
}
