/**
 * The student's side of an assignment (issue 15): opening a hand-out file the teacher gave them,
 * keeping their name or pseudonym, and handing in. Opening checks everything before it writes
 * anything (the file, the article's text by its digest, the scheme's merge), then adds the article
 * when the library lacks it, installs the scheme as the scheme import does (merged by IRI), and
 * keeps the assignment's record and the student's own set; opening the same hand-out again returns
 * to the same work. Handing in builds the hand-in file from the student's set and remembers when;
 * send-hand-in.ts sends the same file to the teacher's box instead.
 */
import { type Annotation } from '../../model/annotations/annotation.js';
import { type AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { SCHEME_KEY } from '../../model/assignments/assignment-file.js';
import { assignmentIri, bundledArticleProblem, handInFileName, type HandOut, markupProblem, parseHandOut, toHandIn } from '../../model/assignments/assignments.js';
import { canonicalText } from '../../model/documents/article.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import { type Problem, type Result, failAll, ok, problem } from '../../model/result.js';
import { studentSetId } from '../../model/sets/annotation-set.js';
import { documentIdFor } from '../../model/w3c/carried-document-match.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import type { ExportFile } from '../export/export-file.js';
import { confirmSchemeImport, prepareSchemeImport } from '../import/scheme-import.js';
import type { LibraryStore } from '../library/library-store.js';
import { textDigest } from '../library/text-digest.js';
import type { CategoryStore } from '../schemes/category-store.js';
import type { Classroom } from './classroom.js';

/** An assignment file as it came: its text, name and size in bytes (checked before parsing). */
export interface AssignmentFileInput {
  readonly text: string;
  readonly name: string;
  readonly size: number;
}

/** What opening a hand-out needs. */
export interface OpenHandOutServices {
  readonly library: LibraryStore;
  readonly categories: CategoryStore;
  readonly classroom: Classroom;
}

/** What opening a hand-out did. */
export interface OpenedHandOut {
  /** The assignment's id (bare UUID): the page to go to is `#/assignment/<id>`. */
  readonly assignmentId: string;
  readonly title: string;
  /** 'new' the first open; 'again' a hand-out opened before (the work is where it was); 'teacher' this browser made it. */
  readonly kind: 'new' | 'again' | 'teacher';
  /** The title of the article added to the library, when it was not there. */
  readonly addedDocument?: string;
}

/**
 * Opens a hand-out (see the module comment). A problem (the file, a bundled article missing or of
 * another text, a carried article whose text is not its digest's, a scheme the library cannot take)
 * comes back as a Problem and nothing is written. When the assignment was made in this browser
 * (the teacher opened their own hand-out), nothing is written either: the teacher's page opens.
 */
export async function openHandOut(file: AssignmentFileInput, services: OpenHandOutServices, now = new Date()): Promise<Result<OpenedHandOut>> {
  const parsed = parseHandOut(file.text, file.name, file.size);
  if (!parsed.ok) return parsed;
  const handOut = parsed.value;
  const { assignment } = handOut;
  const { library, categories, classroom } = services;
  const existing = await classroom.assignments.getAssignment(assignment.id);
  if (existing?.role === 'teacher') return ok({ assignmentId: assignment.id, title: existing.assignment.title, kind: 'teacher' });

  const placed = await placeArticle(handOut, file.name, library);
  if (!placed.ok) return placed;
  const { documentId, added } = placed.value;
  const scheme = prepareSchemeImport(JSON.stringify((JSON.parse(file.text) as Record<string, unknown>)[SCHEME_KEY]), file.name, categories, now);
  if (!scheme.ok) return scheme;

  // Everything is checked: from here on, writes.
  if (added) await library.add(added);
  await confirmSchemeImport(scheme.value, categories);
  const record: AssignmentRecord = {
    assignment: { ...assignment, document: { ...assignment.document, id: documentId } },
    role: 'student',
    schemeId: scheme.value.merge.scheme.id,
    ...(existing?.student ? { student: existing.student } : {}),
    ...(existing?.handedIn ? { handedIn: existing.handedIn } : {}),
    ...(existing?.sentOnline ? { sentOnline: existing.sentOnline } : {}),
  };
  await classroom.assignments.putAssignment(record);
  const setId = studentSetId(assignment.id);
  if (!(await classroom.sets.getSet(setId))) {
    await classroom.sets.putSet({ id: setId, kind: 'student', documentId, assignmentId: assignmentIri(assignment.id), modified: now.toISOString() });
  }
  return ok({ assignmentId: assignment.id, title: assignment.title, kind: existing ? 'again' : 'new', ...(added ? { addedDocument: added.title } : {}) });
}

/**
 * Where the hand-out's article is in this library: a bundled article by IRI and digest; an article
 * the file carries by its IRI when the library has it with the same text, else as a new own
 * document (its text checked against the digest, computed here, and under an id of its own when
 * its id is taken). Writes nothing.
 */
async function placeArticle(handOut: HandOut, fileName: string, library: LibraryStore): Promise<Result<{ documentId: string; added?: OwnDocument }>> {
  const entries = library.entries;
  const bundledProblem = bundledArticleProblem(handOut, fileName, entries.filter((entry) => !entry.own));
  if (bundledProblem) return failAll([bundledProblem]);
  const target = handOut.document;
  if (target.bundled) return ok({ documentId: entries.find((entry) => !entry.own && entry.iri === target.iri)!.id });
  const carried = handOut.carried!;
  const differs: Problem = problem('hand-out-digest-differs', { file: fileName, title: target.title, iri: target.iri }, `${fileName}: the article "${target.title}" does not have the text of its digest`);
  const digest = await textDigest(canonicalText(carried.blocks));
  if (digest !== target.digest) return failAll([differs]);
  const here = entries.find((entry) => entry.iri === target.iri);
  if (here) return here.digest === digest ? ok({ documentId: here.id }) : failAll([{ ...differs, message: `${fileName}: the article "${target.title}" has another text here` }]);
  const taken = new Set(entries.map((entry) => entry.id));
  const id = taken.has(carried.id) ? documentIdFor(carried.title, carried.iri, (candidate) => taken.has(candidate)) : carried.id;
  return ok({ documentId: id, added: { ...carried, id, digest, origin: { kind: 'file', fileName } } });
}

/** Saves the student's name or pseudonym on the record and as the author of their set (trimmed); resolves to the record kept. */
export async function saveStudentName(record: AssignmentRecord, name: string, classroom: Classroom): Promise<AssignmentRecord> {
  const { student: _old, ...rest } = record;
  const trimmed = name.trim();
  const saved: AssignmentRecord = trimmed ? { ...rest, student: trimmed } : rest;
  await classroom.assignments.putAssignment(saved);
  // The student's set carries the name too, as every set names its author.
  const set = await classroom.sets.getSet(studentSetId(record.assignment.id));
  if (set && set.author !== (trimmed || undefined)) {
    const { author: _author, ...unnamed } = set;
    await classroom.sets.putSet(trimmed ? { ...unnamed, author: trimmed } : unnamed);
  }
  return saved;
}

/** What handing in needs. */
export interface HandInServices {
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  readonly library: LibraryStore;
  readonly classroom: Classroom;
}

/** A hand-in made: the file to download (or send) and the record as kept (with `handedIn`). */
export interface HandedIn {
  readonly file: ExportFile;
  readonly record: AssignmentRecord;
  readonly annotations: number;
}

/**
 * Hands the work in: the student set's annotations (in text order) with the scheme's categories as
 * a hand-in file named `<assignment>_<student>_<day>.jsonld` (the day as the student's clock counts
 * it), and `handedIn` kept on the record. Refused, writing nothing, without a name or with markup in
 * it (the teacher's browser would refuse the file). The work stays editable: handing in again later
 * makes a newer file.
 */
export async function handIn(record: AssignmentRecord, services: HandInServices, now = new Date(), locale: 'de' | 'en' = 'de'): Promise<Result<HandedIn>> {
  const built = await buildHandIn(record, services, now, locale);
  if (built.ok) await services.classroom.assignments.putAssignment(built.value.record);
  return built;
}

/**
 * The hand-in file of the work as it is at `now` and the record as it would be kept after handing
 * it in (`student` trimmed, `handedIn` = `now`), writing nothing: the one builder of the hand-in,
 * for the download ({@link handIn}) and for sending it to the teacher's box (send-hand-in.ts).
 * Refused without a name or with markup in it (the teacher's browser would refuse the file).
 */
export async function buildHandIn(record: AssignmentRecord, services: HandInServices, now = new Date(), locale: 'de' | 'en' = 'de'): Promise<Result<HandedIn>> {
  const student = record.student?.trim() ?? '';
  const { assignment } = record;
  if (!student) {
    return failAll([problem('assignment-field-empty', { where: assignment.title, field: 'name' }, `${assignment.title}: the name is empty`)]);
  }
  const markup = markupProblem(student, assignment.title, 'name');
  if (markup) return failAll([markup]);
  const documentId = assignment.document.id;
  const [loaded, body] = await Promise.all([services.annotations.load(documentId, studentSetId(assignment.id)), services.library.loadBody(documentId)]);
  const annotations = [...loaded].sort(byPosition);
  const categories = new Map(services.categories.inScheme(record.schemeId).map((category) => [category.id, category]));
  for (const id of annotations.flatMap((annotation) => annotation.categoryIds)) {
    const category = services.categories.get(id);
    if (category && !categories.has(id)) categories.set(id, category);
  }
  const handedIn = now.toISOString();
  const entry = services.library.entry(documentId);
  const json = toHandIn({
    assignment,
    document: { iri: assignment.document.iri, digest: entry?.digest ?? assignment.document.digest, text: canonicalText(body.blocks), blocks: body.blocks },
    student,
    annotations,
    categories: [...categories.values()],
    handedIn,
    locale,
    relations: services.annotations.relations(documentId, studentSetId(assignment.id)),
    relationTypes: services.categories.relationTypes(record.schemeId),
  });
  const file = { fileName: handInFileName(assignment.title, student, localDay(now)), json: JSON.stringify(json, null, 2) };
  return ok({ file, record: { ...record, student, handedIn }, annotations: annotations.length });
}

/** The latest change to the student's work (an annotation's `modified`), or undefined for none. */
export function lastChange(annotations: readonly Pick<Annotation, 'modified'>[]): string | undefined {
  return annotations.reduce<string | undefined>((latest, annotation) => (latest === undefined || annotation.modified > latest ? annotation.modified : latest), undefined);
}

/** `YYYY-MM-DD` of `now` on the student's clock: the day a hand-in's file name says. */
function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
