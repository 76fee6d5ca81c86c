/**
 * What the hand-in (hand-in.ts) and the solution file (solution.ts) share: both carry one answer
 * to an assignment — a student's, or the teacher's model answer — as a W3C AnnotationCollection
 * written by the W3C export (toW3CCollection), with `dcterms:isPartOf` the assignment's
 * `urn:uuid:`, `generated` the time, and in `closeReaderAssignment` the assignment's title, the
 * article's IRI and digest and the scheme's IRI. A hand-in also names its author (the student) as
 * `creator`. One writer and one reader here, so that the two files cannot drift apart; each file's
 * module keeps its own names, label and checks.
 */
import type { Annotation } from '../annotations/annotation.js';
import { type Problem, type Result, failAll, ok, problem } from '../result.js';
import type { Relation } from '../relations/relation.js';
import type { RelationType } from '../relations/relation-type.js';
import type { Category } from '../schemes/category.js';
import { relationsWith } from '../w3c/relation-export.js';
import type { FileRelation } from '../w3c/relation-parse.js';
import { stableUuid } from '../w3c/stable-uuid.js';
import { type ExportedDocument, toW3CCollection } from '../w3c/w3c-export.js';
import { type IncomingAnnotation, parseAnnotationFile, type SkippedAnnotation } from '../w3c/w3c-parse.js';
import type { W3CAgent, W3CAnnotationCollection } from '../w3c/w3c-types.js';
import { type Assignment, assignmentIdOf, assignmentIri, dateProblem, isDateTime, markupProblem } from './assignment.js';
import { ASSIGNMENT_CONTEXT, ASSIGNMENT_FORMAT, ASSIGNMENT_KEY, FieldReader, isObject, type JsonObject, readAssignmentFile } from './assignment-file.js';

/** The files that carry an answer: a student's hand-in, the teacher's model answer. */
export type AnswerFileKind = 'hand-in' | 'solution';

/**
 * The article an answer is on: IRI and digest go into the file; its text (and blocks) are needed
 * to count the positions in code points (W3C) and to name the block kind of a passage, as every
 * export does.
 */
export interface AnswerDocument extends Pick<ExportedDocument, 'iri' | 'text' | 'blocks'> {
  readonly digest: string;
}

/** What every answer file is made of, whoever's it is. */
export interface AnswerContent {
  readonly assignment: Assignment;
  readonly document: AnswerDocument;
  /** The annotations, in the order to write them. */
  readonly annotations: readonly Annotation[];
  /** The categories they may name, by id. */
  readonly categories: readonly Category[];
  /** The language of the tag labels written; default German. */
  readonly locale?: 'de' | 'en';
  /**
   * The relations among the annotations (issue 17), written after them as `linking` annotations;
   * one whose two annotations are not both written is left out. Absent or none: the file is byte
   * for byte what it was before relations.
   */
  readonly relations?: readonly Relation[];
  /** The relation types of the assignment's scheme: the IRIs and labels that name the relations' types. */
  readonly relationTypes?: readonly RelationType[];
}

/** What an answer file is made of: its content, kind, time, label and (a hand-in) its author. */
export interface AnswerDraft extends AnswerContent {
  readonly kind: AnswerFileKind;
  /** ISO 8601 time the file is made (handed in, or the solution saved). */
  readonly generated: string;
  /**
   * Whose answer (a hand-in's student): written as the file's `creator`, as every annotation's
   * creator, and part of the file's id. Absent (a solution), the annotations keep their creator.
   */
  readonly author?: string;
  /** The collection's label. */
  readonly label: string;
}

/** An answer file as JSON (JSON.stringify it to save). */
export type AnswerFile = Omit<W3CAnnotationCollection, '@context'> & {
  readonly '@context': typeof ASSIGNMENT_CONTEXT;
  readonly 'dcterms:isPartOf': string;
  readonly generated: string;
  readonly [ASSIGNMENT_KEY]: JsonObject;
};

/** An answer file with its author, as a hand-in is. */
export type AuthoredAnswerFile = AnswerFile & { readonly creator: W3CAgent };

/** What every answer file says when read: of which assignment, on which article, and its annotations. */
export interface AnswerReadContent {
  readonly assignmentId: string;
  readonly assignmentTitle: string;
  readonly document: { readonly iri: string; readonly digest: string };
  readonly schemeIri: string;
  readonly annotations: readonly IncomingAnnotation[];
  readonly skipped: readonly SkippedAnnotation[];
  /** The relations the file carries (issue 17), as read (relation-parse.ts); absent when none. */
  readonly relations?: readonly FileRelation[];
}

/** An answer file as read: its content, by whom (hand-in only) and when. */
export interface AnswerRead extends AnswerReadContent {
  /** The file's `creator.name`, trimmed; '' for a kind that names no author (a solution). */
  readonly author: string;
  readonly generated: string;
}

/** Whether files of `kind` name their author: a hand-in names its student, a solution nobody. */
function authored(kind: AnswerFileKind): boolean {
  return kind === 'hand-in';
}

/**
 * The answer file of `draft`. Its id is a stable UUID of kind, assignment, author (if any) and
 * time, so the same answer written twice is the same file, and a later one is another.
 */
export function toAnswerFile(draft: AnswerDraft & { readonly author: string }): AuthoredAnswerFile;
export function toAnswerFile(draft: AnswerDraft): AnswerFile;
export function toAnswerFile(draft: AnswerDraft): AnswerFile | AuthoredAnswerFile {
  const { kind, assignment, document: article, author, generated } = draft;
  const { document: assigned } = assignment;
  const documentIds = new Set([assigned.id, ...draft.annotations.map((annotation) => annotation.documentId)]);
  const annotations = draft.annotations.map(({ creatorId: _id, ...annotation }) => (author === undefined ? annotation : { ...annotation, creator: author }));
  const seed = [assignment.id, ...(author === undefined ? [] : [author]), generated].join('\u0000');
  const relations = relationsWith(annotations, draft.relations ?? []);
  const types = new Map((draft.relationTypes ?? []).map((type) => [type.id, type]));
  const collection = toW3CCollection(annotations, {
    ...(relations.length > 0 ? { relations, relationTypes: new Map([...documentIds].map((id) => [id, types])) } : {}),
    documents: new Map([...documentIds].map((id) => [id, { iri: article.iri, text: article.text, ...(article.blocks ? { blocks: article.blocks } : {}) }])),
    categories: new Map(draft.categories.map((category) => [category.id, category])),
    locale: draft.locale ?? 'de',
    ...(author === undefined ? {} : { creatorName: author }),
    now: generated,
    collectionId: `urn:uuid:${stableUuid(`close-reader:${kind}`, seed)}`,
    label: draft.label,
  });
  return {
    ...collection,
    '@context': ASSIGNMENT_CONTEXT,
    'dcterms:isPartOf': assignmentIri(assignment.id),
    ...(author === undefined ? {} : { creator: { type: 'Person', name: author } satisfies W3CAgent }),
    generated,
    [ASSIGNMENT_KEY]: {
      kind,
      format: ASSIGNMENT_FORMAT,
      assignmentTitle: assignment.title,
      document: { iri: article.iri, digest: article.digest },
      schemeIri: assignment.schemeIri,
    },
  };
}

/**
 * Reads an answer file of `kind`: `bytes` is the file's size (refused above 50 MB before
 * parsing). Refused when it is no file of `kind`, of a format this version does not know, without
 * a `urn:uuid:` assignment, an author (hand-in), a time or the article; markup in the author's name
 * or the title is refused too. Every problem names file and field. The annotations are read as
 * any annotation file (what is read past comes back as warnings); never a throw.
 */
export function parseAnswerFile(text: string, fileName: string, bytes: number, kind: AnswerFileKind): Result<AnswerRead> {
  const read = readAssignmentFile(text, fileName, bytes, kind);
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
  const author = authored(kind) ? new FieldReader(isObject(json.creator) ? json.creator : {}, `${fileName}: creator`, problems).string('name').trim() : undefined;
  const generated = top.string('generated');
  if (generated && !isDateTime(generated)) problems.push(dateProblem(fileName, 'generated', generated));
  const assignmentTitle = fields.string('assignmentTitle');
  const target = { iri: docFields.string('iri'), digest: docFields.string('digest') };
  const schemeIri = fields.string('schemeIri', true);
  const named = [...(author === undefined ? [] : [[author, 'creator.name'] as const]), [assignmentTitle, 'assignmentTitle'] as const];
  for (const [value, field] of named) {
    const markup = markupProblem(value, fileName, field);
    if (markup) problems.push(markup);
  }
  if (problems.length > 0) return failAll(problems);
  const parsed = parseAnnotationFile(text, fileName);
  if (!parsed.ok) return parsed;
  const { annotations, skipped, relations } = parsed.value;
  const content = { assignmentId: assignmentId!, assignmentTitle, author: author ?? '', document: target, schemeIri, generated, annotations, skipped };
  return ok(relations ? { ...content, relations } : content, parsed.warnings);
}
