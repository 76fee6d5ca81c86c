/**
 * The solution file (issue 16, docs/assignment-files.md): the teacher's model answer of an
 * assignment, handed out later as a file of its own, so that each student can see their work
 * against it. One W3C AnnotationCollection, written by the W3C export (toW3CCollection) like the
 * hand-in, with `dcterms:isPartOf` the assignment's `urn:uuid:`, `generated` the time it was made,
 * and in `closeReaderAssignment` (`kind: "solution"`) the assignment's title, the article's IRI and
 * digest and the scheme's IRI. Read back with every problem named (file, field), never a throw.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { ArticleBlock } from '../documents/article.js';
import { type Problem, type Result, failAll, ok, problem } from '../result.js';
import type { Category } from '../schemes/category.js';
import { stableUuid } from '../w3c/stable-uuid.js';
import { toW3CCollection } from '../w3c/w3c-export.js';
import { type IncomingAnnotation, parseAnnotationFile, type SkippedAnnotation } from '../w3c/w3c-parse.js';
import type { W3CAnnotationCollection } from '../w3c/w3c-types.js';
import { type Assignment, assignmentIdOf, assignmentIri, dateProblem, isDateTime, markupProblem } from './assignment.js';
import { ASSIGNMENT_CONTEXT, ASSIGNMENT_FORMAT, ASSIGNMENT_KEY, FieldReader, type JsonObject, readAssignmentFile } from './assignment-file.js';

/** What a solution file is made of. */
export interface SolutionDraft {
  readonly assignment: Assignment;
  /** The article: IRI and digest go into the file; text (and blocks) to count code points and name block kinds. */
  readonly document: { readonly iri: string; readonly digest: string; readonly text: string; readonly blocks?: readonly ArticleBlock[] };
  /** The model answer's annotations, in the order to write them. */
  readonly annotations: readonly Annotation[];
  /** The categories they may name, by id. */
  readonly categories: readonly Category[];
  /** ISO 8601 time the file is made. */
  readonly made: string;
  /** The language of the tag labels written; default German. */
  readonly locale?: 'de' | 'en';
}

/** The solution file as JSON (JSON.stringify it to save; name it with solutionFileName). */
export type SolutionFile = Omit<W3CAnnotationCollection, '@context'> & {
  readonly '@context': typeof ASSIGNMENT_CONTEXT;
  readonly 'dcterms:isPartOf': string;
  readonly generated: string;
  readonly [ASSIGNMENT_KEY]: JsonObject;
};

/** A solution as read: of which assignment, on which article, made when, and its annotations. */
export interface Solution {
  readonly assignmentId: string;
  readonly assignmentTitle: string;
  readonly document: { readonly iri: string; readonly digest: string };
  readonly schemeIri: string;
  readonly made: string;
  readonly annotations: readonly IncomingAnnotation[];
  readonly skipped: readonly SkippedAnnotation[];
}

/**
 * Why a solution cannot be opened in this browser: 'solution-unknown-assignment' (no assignment
 * of this id here: the student has not opened its hand-out), 'solution-other-assignment' (the
 * file is of another assignment than the one it is opened for, or names another article).
 */
export type SolutionCode = 'solution-unknown-assignment' | 'solution-other-assignment';

/**
 * The solution file of `draft`. Its id is a stable UUID of assignment and time, so the same
 * solution written twice is the same file. The annotations keep their creator (the teacher, if named).
 */
export function toSolution(draft: SolutionDraft): SolutionFile {
  const { assignment, document: article, made } = draft;
  const documentIds = new Set([assignment.document.id, ...draft.annotations.map((annotation) => annotation.documentId)]);
  const annotations = draft.annotations.map(({ creatorId: _id, ...annotation }) => annotation);
  const collection = toW3CCollection(annotations, {
    documents: new Map([...documentIds].map((id) => [id, { iri: article.iri, text: article.text, ...(article.blocks ? { blocks: article.blocks } : {}) }])),
    categories: new Map(draft.categories.map((category) => [category.id, category])),
    locale: draft.locale ?? 'de',
    now: made,
    collectionId: `urn:uuid:${stableUuid('close-reader:solution', `${assignment.id}\u0000${made}`)}`,
    label: `${assignment.title} – ${draft.locale === 'en' ? 'Solution' : 'Lösung'}`,
  });
  return {
    ...collection,
    '@context': ASSIGNMENT_CONTEXT,
    'dcterms:isPartOf': assignmentIri(assignment.id),
    generated: made,
    [ASSIGNMENT_KEY]: {
      kind: 'solution',
      format: ASSIGNMENT_FORMAT,
      assignmentTitle: assignment.title,
      document: { iri: article.iri, digest: article.digest },
      schemeIri: assignment.schemeIri,
    },
  };
}

/**
 * Reads a solution file: `bytes` is the file's size (refused above 50 MB before parsing). Refused
 * when it is no solution, of a format this version does not know, without a `urn:uuid:`
 * assignment, a time or the article, or with markup in the title. The annotations are read as any
 * annotation file (what is read past comes back as warnings).
 */
export function parseSolution(text: string, fileName: string, bytes: number = text.length): Result<Solution> {
  const read = readAssignmentFile(text, fileName, bytes, 'solution');
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
  const made = top.string('generated');
  if (made && !isDateTime(made)) problems.push(dateProblem(fileName, 'generated', made));
  const assignmentTitle = fields.string('assignmentTitle');
  const target = { iri: docFields.string('iri'), digest: docFields.string('digest') };
  const schemeIri = fields.string('schemeIri', true);
  const markup = markupProblem(assignmentTitle, fileName, 'assignmentTitle');
  if (markup) problems.push(markup);
  if (problems.length > 0) return failAll(problems);
  const parsed = parseAnnotationFile(text, fileName);
  if (!parsed.ok) return parsed;
  const { annotations, skipped } = parsed.value;
  return ok({ assignmentId: assignmentId!, assignmentTitle, document: target, schemeIri, made, annotations, skipped }, parsed.warnings);
}

/**
 * Why `solution` cannot be stored for an assignment of this browser (`known`, by id), or
 * undefined when it can: 'solution-unknown-assignment' when no assignment here has its id;
 * 'solution-other-assignment' when it is opened for another assignment (`expectedId`, the page it
 * was opened on) or names another article than the assignment here (same id, another text: it
 * cannot be a solution of this work).
 */
export function solutionProblem(
  solution: Solution,
  fileName: string,
  known: readonly Pick<Assignment, 'id' | 'document' | 'title'>[],
  expectedId?: string,
): Problem<SolutionCode> | undefined {
  const here = known.find((assignment) => assignment.id === solution.assignmentId);
  const params = { file: fileName, title: solution.assignmentTitle };
  if (expectedId !== undefined && expectedId !== solution.assignmentId) {
    const expected = known.find((assignment) => assignment.id === expectedId)?.title ?? '';
    return problem('solution-other-assignment', { ...params, expected }, `${fileName}: the solution of "${solution.assignmentTitle}", not of "${expected}"`);
  }
  if (!here) return problem('solution-unknown-assignment', params, `${fileName}: the solution of "${solution.assignmentTitle}", an assignment this browser does not have`);
  if (here.document.iri !== solution.document.iri) {
    return problem('solution-other-assignment', { ...params, expected: here.title }, `${fileName}: the solution names another article than the assignment "${here.title}" here`);
  }
  return undefined;
}
