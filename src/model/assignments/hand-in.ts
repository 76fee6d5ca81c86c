/**
 * The hand-in file (issue 15, docs/assignment-files.md): a student's annotations on the assignment's
 * article as one W3C AnnotationCollection, written by the W3C export (toW3CCollection: TextQuote and
 * TextPosition selectors, classifying and tagging bodies, the note), with `dcterms:isPartOf` the
 * assignment's `urn:uuid:`, `creator` the student (a name or pseudonym), `generated` the time of
 * handing in, and the article's IRI and digest. Read back with the annotation parser
 * (w3c-parse.ts), so the app anchors them as any import; never a throw.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { ArticleBlock } from '../documents/article.js';
import { type Problem, type Result, failAll, ok, problem } from '../result.js';
import type { Category } from '../schemes/category.js';
import { stableUuid } from '../w3c/stable-uuid.js';
import { toW3CCollection } from '../w3c/w3c-export.js';
import { type IncomingAnnotation, parseAnnotationFile, type SkippedAnnotation } from '../w3c/w3c-parse.js';
import type { W3CAgent, W3CAnnotationCollection } from '../w3c/w3c-types.js';
import { type Assignment, type AssignmentCode, assignmentIdOf, assignmentIri, dateProblem, isDateTime, markupProblem } from './assignment.js';
import { ASSIGNMENT_CONTEXT, ASSIGNMENT_FORMAT, ASSIGNMENT_KEY, FieldReader, isObject, type JsonObject, readAssignmentFile } from './assignment-file.js';

/** What a hand-in is made of. */
export interface HandInDraft {
  readonly assignment: Assignment;
  /**
   * The article: IRI and digest go into the file; its text (and blocks) are needed to count the
   * positions in code points (W3C) and to name the block kind of a passage, as every export does.
   */
  readonly document: { readonly iri: string; readonly digest: string; readonly text: string; readonly blocks?: readonly ArticleBlock[] };
  /** The student's name or pseudonym (never required to be a real name). */
  readonly student: string;
  /** The annotations of the student's set, in the order to write them. */
  readonly annotations: readonly Annotation[];
  /** The categories they may name, by id (the assignment's scheme, and any the student added). */
  readonly categories: readonly Category[];
  /** ISO 8601 time of handing in. */
  readonly handedIn: string;
  /** The language of the tag labels written; default German. */
  readonly locale?: 'de' | 'en';
}

/** The hand-in file as JSON (JSON.stringify it to save; name it with handInFileName). */
export type HandInFile = Omit<W3CAnnotationCollection, '@context'> & {
  readonly '@context': typeof ASSIGNMENT_CONTEXT;
  readonly 'dcterms:isPartOf': string;
  readonly creator: W3CAgent;
  readonly generated: string;
  readonly [ASSIGNMENT_KEY]: JsonObject;
};

/** A hand-in as read: whose, of which assignment, on which article, and its annotations. */
export interface HandIn {
  readonly assignmentId: string;
  readonly assignmentTitle: string;
  readonly student: string;
  readonly document: { readonly iri: string; readonly digest: string };
  readonly schemeIri: string;
  readonly handedIn: string;
  readonly annotations: readonly IncomingAnnotation[];
  readonly skipped: readonly SkippedAnnotation[];
}

/**
 * The hand-in file of `draft`. Every annotation names the student as its creator; its id is a
 * stable UUID of assignment, student and time, so the same hand-in written twice is the same file,
 * and a later one (handing in again) is another.
 */
export function toHandIn(draft: HandInDraft): HandInFile {
  const { assignment, document: article, student, handedIn } = draft;
  const { document: assigned } = assignment;
  const partOf = assignmentIri(assignment.id);
  const documentIds = new Set([assigned.id, ...draft.annotations.map((annotation) => annotation.documentId)]);
  const annotations = draft.annotations.map(({ creatorId: _id, ...annotation }) => ({ ...annotation, creator: student }));
  const collection = toW3CCollection(annotations, {
    documents: new Map([...documentIds].map((id) => [id, { iri: article.iri, text: article.text, ...(article.blocks ? { blocks: article.blocks } : {}) }])),
    categories: new Map(draft.categories.map((category) => [category.id, category])),
    locale: draft.locale ?? 'de',
    creatorName: student,
    now: handedIn,
    collectionId: `urn:uuid:${stableUuid('close-reader:hand-in', `${assignment.id}\u0000${student}\u0000${handedIn}`)}`,
    label: `${assignment.title}: ${student}`,
  });
  return {
    ...collection,
    '@context': ASSIGNMENT_CONTEXT,
    'dcterms:isPartOf': partOf,
    creator: { type: 'Person', name: student },
    generated: handedIn,
    [ASSIGNMENT_KEY]: {
      kind: 'hand-in',
      format: ASSIGNMENT_FORMAT,
      assignmentTitle: assignment.title,
      document: { iri: article.iri, digest: article.digest },
      schemeIri: assignment.schemeIri,
    },
  };
}

/**
 * Reads a hand-in: `bytes` is the file's size (refused above 50 MB before parsing). Refused when it
 * is no hand-in, of a format this version does not know, without a `urn:uuid:` assignment, a
 * student, a time or the article; markup in the student's name or the title is refused too. The
 * annotations are read as any annotation file (what is read past comes back as warnings).
 */
export function parseHandIn(text: string, fileName: string, bytes: number = text.length): Result<HandIn> {
  const read = readAssignmentFile(text, fileName, bytes, 'hand-in');
  if (!read.ok) return read;
  const { json, entry } = read.value;
  const problems: Problem[] = [];
  const fields = new FieldReader(entry, `${fileName}: ${ASSIGNMENT_KEY}`, problems);
  const docFields = new FieldReader(fields.child('document'), `${fileName}: ${ASSIGNMENT_KEY}.document`, problems);
  const top = new FieldReader(json, fileName, problems);
  const partOf = top.string('dcterms:isPartOf');
  const assignmentId = assignmentIdOf(partOf);
  if (partOf && !assignmentId) {
    problems.push(problem('assignment-id-invalid', { where: `${fileName}: dcterms:isPartOf`, found: partOf }, `${fileName}: dcterms:isPartOf "${partOf}" is no urn:uuid:`));
  }
  const creator = new FieldReader(isObject(json.creator) ? json.creator : {}, `${fileName}: creator`, problems);
  const student = creator.string('name').trim();
  const handedIn = top.string('generated');
  if (handedIn && !isDateTime(handedIn)) problems.push(dateProblem(fileName, 'generated', handedIn));
  const assignmentTitle = fields.string('assignmentTitle');
  const target = { iri: docFields.string('iri'), digest: docFields.string('digest') };
  const schemeIri = fields.string('schemeIri', true);
  for (const [value, field] of [[student, 'creator.name'], [assignmentTitle, 'assignmentTitle']] as const) {
    const markup = markupProblem(value, fileName, field);
    if (markup) problems.push(markup);
  }
  if (problems.length > 0) return failAll(problems);
  const parsed = parseAnnotationFile(text, fileName);
  if (!parsed.ok) return parsed;
  const { annotations, skipped } = parsed.value;
  return ok({ assignmentId: assignmentId!, assignmentTitle, student, document: target, schemeIri, handedIn, annotations, skipped }, parsed.warnings);
}

/**
 * 'hand-in-unknown-assignment' when no assignment of `known` (this browser's, by id) is the one
 * the hand-in is part of: it cannot be stored as a hand-in of anything. Undefined when it is known.
 */
export function unknownAssignmentProblem(handIn: HandIn, fileName: string, known: readonly Pick<Assignment, 'id'>[]): Problem<AssignmentCode> | undefined {
  if (known.some((assignment) => assignment.id === handIn.assignmentId)) return undefined;
  const params = { file: fileName, title: handIn.assignmentTitle, student: handIn.student };
  return problem('hand-in-unknown-assignment', params, `${fileName}: a hand-in of "${handIn.assignmentTitle}" by ${handIn.student}, an assignment this browser does not have`);
}
