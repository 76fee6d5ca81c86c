/**
 * The solution file (issue 16, docs/assignment-files.md): the teacher's model answer of an
 * assignment, handed out later as a file of its own, so that each student can see their work
 * against it. One W3C AnnotationCollection, written by the W3C export (toW3CCollection) like the
 * hand-in, with `dcterms:isPartOf` the assignment's `urn:uuid:`, `generated` the time it was made,
 * and in `closeReaderAssignment` (`kind: "solution"`) the assignment's title, the article's IRI and
 * digest and the scheme's IRI. Read back with every problem named (file, field), never a throw.
 * Written and read by answer-file.ts, which the hand-in shares.
 */
import { type Problem, type Result, ok, problem } from '../result.js';
import { type AnswerContent, type AnswerFile, type AnswerReadContent, parseAnswerFile, toAnswerFile } from './answer-file.js';
import type { Assignment } from './assignment.js';

/** What a solution file is made of: the model answer's annotations, and the time the file is made. */
export interface SolutionDraft extends AnswerContent {
  /** ISO 8601 time the file is made. */
  readonly made: string;
}

/** The solution file as JSON (JSON.stringify it to save; name it with solutionFileName). */
export type SolutionFile = AnswerFile;

/** A solution as read: of which assignment, on which article, made when, and its annotations. */
export interface Solution extends AnswerReadContent {
  readonly made: string;
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
  const { assignment, document, annotations, categories, made, locale, relations, relationTypes } = draft;
  const label = `${assignment.title} – ${locale === 'en' ? 'Solution' : 'Lösung'}`;
  const related = { ...(relations ? { relations } : {}), ...(relationTypes ? { relationTypes } : {}) };
  return toAnswerFile({ kind: 'solution', assignment, document, annotations, categories, generated: made, locale, label, ...related });
}

/**
 * Reads a solution file: `bytes` is the file's size (refused above 50 MB before parsing). Refused
 * when it is no solution, of a format this version does not know, without a `urn:uuid:`
 * assignment, a time or the article, or with markup in the title. The annotations are read as any
 * annotation file (what is read past comes back as warnings).
 */
export function parseSolution(text: string, fileName: string, bytes: number = text.length): Result<Solution> {
  const read = parseAnswerFile(text, fileName, bytes, 'solution');
  if (!read.ok) return read;
  const { assignmentId, assignmentTitle, document, schemeIri, generated, annotations, skipped, relations } = read.value;
  return ok({ assignmentId, assignmentTitle, document, schemeIri, made: generated, annotations, skipped, ...(relations ? { relations } : {}) }, read.warnings);
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
  const [articleHere, articleOfFile] = [here.document, solution.document];
  if (articleHere.iri !== articleOfFile.iri) {
    return problem('solution-other-assignment', { ...params, expected: here.title }, `${fileName}: the solution names another article than the assignment "${here.title}" here`);
  }
  return undefined;
}
