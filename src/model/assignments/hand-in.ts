/**
 * The hand-in file (issue 15, docs/assignment-files.md): a student's annotations on the assignment's
 * article as one W3C AnnotationCollection, written by the W3C export (toW3CCollection: TextQuote and
 * TextPosition selectors, classifying and tagging bodies, the note), with `dcterms:isPartOf` the
 * assignment's `urn:uuid:`, `creator` the student (a name or pseudonym), `generated` the time of
 * handing in, and the article's IRI and digest. Read back with the annotation parser
 * (w3c-parse.ts), so the app anchors them as any import; never a throw. Written and read by
 * answer-file.ts, which the solution file shares.
 */
import { type Problem, type Result, ok, problem } from '../result.js';
import { type AnswerContent, type AnswerReadContent, type AuthoredAnswerFile, parseAnswerFile, toAnswerFile } from './answer-file.js';
import type { Assignment, AssignmentCode } from './assignment.js';

/**
 * What a hand-in is made of: the annotations of the student's set, the categories they may name
 * (the assignment's scheme, and any the student added), whose and when.
 */
export interface HandInDraft extends AnswerContent {
  /** The student's name or pseudonym (never required to be a real name). */
  readonly student: string;
  /** ISO 8601 time of handing in. */
  readonly handedIn: string;
}

/** The hand-in file as JSON (JSON.stringify it to save; name it with handInFileName). */
export type HandInFile = AuthoredAnswerFile;

/** A hand-in as read: whose, of which assignment, on which article, and its annotations. */
export interface HandIn extends AnswerReadContent {
  readonly student: string;
  readonly handedIn: string;
}

/**
 * The hand-in file of `draft`. Every annotation names the student as its creator; its id is a
 * stable UUID of assignment, student and time, so the same hand-in written twice is the same file,
 * and a later one (handing in again) is another.
 */
export function toHandIn(draft: HandInDraft): HandInFile {
  const { assignment, document, student, annotations, categories, handedIn, locale, relations, relationTypes } = draft;
  return toAnswerFile({
    kind: 'hand-in',
    assignment,
    document,
    annotations,
    categories,
    generated: handedIn,
    locale,
    author: student,
    label: `${assignment.title}: ${student}`,
    ...(relations ? { relations } : {}),
    ...(relationTypes ? { relationTypes } : {}),
  });
}

/**
 * Reads a hand-in: `bytes` is the file's size (refused above 50 MB before parsing). Refused when it
 * is no hand-in, of a format this version does not know, without a `urn:uuid:` assignment, a
 * student, a time or the article; markup in the student's name or the title is refused too. The
 * annotations are read as any annotation file (what is read past comes back as warnings).
 */
export function parseHandIn(text: string, fileName: string, bytes: number = text.length): Result<HandIn> {
  const read = parseAnswerFile(text, fileName, bytes, 'hand-in');
  if (!read.ok) return read;
  const { assignmentId, assignmentTitle, author, document, schemeIri, generated, annotations, skipped, relations } = read.value;
  return ok({ assignmentId, assignmentTitle, student: author, document, schemeIri, handedIn: generated, annotations, skipped, ...(relations ? { relations } : {}) }, read.warnings);
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
