/**
 * The teacher's use cases of an assignment (issue 15, "The teacher: make an assignment"): make one
 * from an article (with its model-answer set), change its fields (checked as a hand-out checks
 * them, stored only when nothing is wrong), and build its hand-out file, checked by reading it back
 * the way a student's browser will, so a teacher never hands out a file students cannot open.
 */
import {
  type Assignment,
  assignmentIri,
  assignmentProblems,
  DEFAULT_RULES,
  handOutFileName,
  type HandOutDocument,
  newAssignment,
  parseHandOut,
  toHandOut,
} from '../../model/assignments/assignments.js';
import type { AssignmentPersistence, AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { canonicalText } from '../../model/documents/article.js';
import type { ArticleSource } from '../../model/documents/library.js';
import { type Result, failAll, ok, problem } from '../../model/result.js';
import type { Category, CategoryScheme } from '../../model/schemes/category.js';
import type { AnnotationSetPersistence } from '../../model/sets/annotation-set-persistence.js';
import { modelSetId } from '../../model/sets/annotation-set.js';
import type { ExportFile } from '../export/export-file.js';
import { textDigest } from '../library/text-digest.js';

/** What the teacher's use cases read and write. */
export interface TeacherServices {
  readonly articles: ArticleSource;
  readonly assignments: AssignmentPersistence;
  readonly sets: AnnotationSetPersistence;
}

/** What a new assignment is made of besides the article: the scheme, the teacher's name, its id and time. */
export interface NewAssignmentInput {
  readonly documentId: string;
  readonly scheme: Pick<CategoryScheme, 'id' | 'iri'>;
  /** The reader's name (settings), written as the model answer's author; none when empty. */
  readonly author?: string;
  /** A fresh UUID (crypto.randomUUID() by default). */
  readonly id?: string;
  /** ISO 8601 in UTC (now by default). */
  readonly now?: string;
}

/**
 * Makes an assignment on an article: its title the article's, no instructions, the article's IRI
 * and the digest of its canonical text, the given scheme, the default rules, no due date. Stores
 * the teacher's record and the empty model-answer set; resolves to the record. Rejects (having
 * stored nothing) when the article is unknown or its text cannot be read.
 */
export async function createAssignment(services: TeacherServices, input: NewAssignmentInput): Promise<AssignmentRecord> {
  const entry = services.articles.entry(input.documentId);
  if (!entry) throw new Error(`createAssignment: no article "${input.documentId}"`);
  const body = await services.articles.loadBody(entry.id);
  const digest = await textDigest(canonicalText(body.blocks));
  const now = input.now ?? new Date().toISOString();
  const assignment = newAssignment(
    {
      title: entry.title,
      instructions: '',
      document: { id: entry.id, iri: entry.iri, digest, title: entry.title },
      schemeIri: input.scheme.iri,
      rules: DEFAULT_RULES,
    },
    input.id ?? crypto.randomUUID(),
    now,
  );
  const record: AssignmentRecord = { assignment, role: 'teacher', schemeId: input.scheme.id };
  const author = input.author?.trim();
  await services.sets.putSet({
    id: modelSetId(assignment.id),
    kind: 'model',
    documentId: entry.id,
    assignmentId: assignmentIri(assignment.id),
    ...(author ? { author } : {}),
    modified: now,
  });
  await services.assignments.putAssignment(record);
  return record;
}

/** A change to an assignment's fields; `due: ''` takes the due date away. */
export interface AssignmentChange {
  readonly title?: string;
  readonly instructions?: string;
  readonly due?: string;
  readonly rules?: Partial<Assignment['rules']>;
  /** Another scheme of the reader's: its id here and its IRI in the hand-out. */
  readonly scheme?: Pick<CategoryScheme, 'id' | 'iri'>;
}

/**
 * Applies `change` to the record and stores it with `modified` set to `now`; resolves to the stored
 * record. The hand-in box and the box's resources collected are taken from the record as stored, not
 * from `record`: a page that began from the record before the box was made never erases its address.
  Anything a hand-out would refuse (an empty or too long title, HTML in the title or the
 * instructions, no real day as due date) is returned as problems (`where`: names the form) and
 * nothing is stored.
 */
export async function updateAssignment(
  assignments: AssignmentPersistence,
  record: AssignmentRecord,
  change: AssignmentChange,
  where: string,
  now = new Date().toISOString(),
): Promise<Result<AssignmentRecord>> {
  const stored = await assignments.getAssignment(record.assignment.id);
  const { due: _due, handInBox: _box, ...before } = record.assignment;
  const handInBox = stored?.assignment.handInBox ?? record.assignment.handInBox;
  const collectedFromBox = stored?.collectedFromBox ?? record.collectedFromBox;
  const due = change.due === undefined ? record.assignment.due : change.due;
  const assignment: Assignment = {
    ...before,
    ...(change.title === undefined ? {} : { title: change.title.trim() }),
    ...(change.instructions === undefined ? {} : { instructions: change.instructions.trim() }),
    ...(change.scheme ? { schemeIri: change.scheme.iri } : {}),
    ...(due ? { due } : {}),
    ...(handInBox === undefined ? {} : { handInBox }),
    rules: { ...record.assignment.rules, ...change.rules },
    modified: now,
  };
  const problems = assignmentProblems(assignment, where);
  if (problems.length > 0) return failAll(problems);
  const updated: AssignmentRecord = {
    ...record,
    assignment,
    ...(change.scheme ? { schemeId: change.scheme.id } : {}),
    ...(collectedFromBox === undefined ? {} : { collectedFromBox }),
  };
  await assignments.putAssignment(updated);
  return ok(updated);
}

/** The article of a hand-out: a bundled one by IRI and digest, an own document with its blocks. */
export async function handOutDocument(articles: ArticleSource, documentId: string): Promise<HandOutDocument> {
  const entry = articles.entry(documentId);
  if (!entry) throw new Error(`handOutDocument: no article "${documentId}"`);
  const body = await articles.loadBody(entry.id);
  const digest = await textDigest(canonicalText(body.blocks));
  const bundled = entry.own !== true;
  return { iri: entry.iri, digest, title: entry.title, lang: entry.lang, bundled, ...(bundled ? {} : { blocks: body.blocks }) };
}

/**
 * The hand-out file of an assignment (named with handOutFileName), or the problems a student's
 * browser would find in it (parseHandOut on its own JSON): then nothing is to be downloaded. The
 * model answer is never read here, so it cannot go in.
 */
export function buildHandOut(assignment: Assignment, doc: HandOutDocument, scheme: CategoryScheme, categories: readonly Category[]): Result<ExportFile> {
  if (scheme.iri !== assignment.schemeIri) {
    return failAll([problem('assignment-scheme-mismatch', { file: assignment.title, expected: assignment.schemeIri, found: scheme.iri }, 'the scheme is not the assignment’s')]);
  }
  const json = JSON.stringify(toHandOut(assignment, doc, scheme, categories), null, 2);
  const fileName = handOutFileName(assignment.title);
  const read = parseHandOut(json, fileName, new TextEncoder().encode(json).length);
  return read.ok ? ok({ fileName, json }) : failAll(read.problems);
}

/**
 * Gives the assignment `id` its hand-in box (issue 18): the URL of the container on the teacher's
 * Solid server that students may post their hand-ins to (app/assignments/hand-in-box-setup.ts
 * makes it), stored with `modified` set to `now`; the hand-out built afterwards carries it. Reads
 * the record as stored, so that nothing saved meanwhile on the page is undone. Problems (a URL a
 * hand-out would refuse) store nothing; rejects when the assignment is not the teacher's here.
 */
export async function setHandInBox(assignments: AssignmentPersistence, id: string, box: string, where: string, now = new Date().toISOString()): Promise<Result<AssignmentRecord>> {
  const record = await assignments.getAssignment(id);
  if (record?.role !== 'teacher') throw new Error(`setHandInBox: no assignment "${id}" of the teacher's here`);
  const assignment: Assignment = { ...record.assignment, handInBox: box, modified: now };
  const problems = assignmentProblems(assignment, where);
  if (problems.length > 0) return failAll(problems);
  const updated: AssignmentRecord = { ...record, assignment };
  await assignments.putAssignment(updated);
  return ok(updated);
}
