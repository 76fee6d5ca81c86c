/**
 * The teacher receives a hand-in (issue 15): a student's hand-in file, opened by Import or dropped
 * on the app, is stored as that student's 'received' set of its assignment — never in the
 * teacher's own reading. It is refused, writing nothing, when it is broken or of an assignment this
 * browser did not make (a student who opens a hand-in gets the same message). When the article's
 * text here differs from the student's, the passages are placed on the text here by their quotes,
 * as any import places them (model/w3c/import-plan.ts), and counted. A newer hand-in of the same
 * student replaces the older in the same transaction; an older one than stored, or the same one
 * again, writes nothing. The student's relations (issue 17) come along, between the received
 * annotations. The summary is for the UI to word (ui/assignments/hand-in-received-message.ts).
 */
import { assignmentIri } from '../../model/assignments/assignment.js';
import { canonicalText } from '../../model/documents/article.js';
import type { ArticleSource } from '../../model/documents/library.js';
import { type Result, type Success, failAll, ok } from '../../model/result.js';
import type { HandIn } from '../../model/assignments/hand-in.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Relation } from '../../model/relations/relation.js';
import { type AnnotationSet, receivedSetId } from '../../model/sets/annotation-set.js';
import { stableUuid } from '../../model/w3c/stable-uuid.js';
import { codePointIndexFor } from '../../model/text/code-points.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import { textDigest } from '../library/text-digest.js';
import type { CategoryStore } from '../schemes/category-store.js';
import type { Classroom } from './classroom.js';

/** A hand-in file as read from a picker or a drop: its text, name and size in bytes. */
export interface HandInSource {
  readonly text: string;
  readonly name: string;
  readonly size: number;
}

/** What receiving reads and writes. */
export interface ReceiveHandInDeps {
  readonly classroom: Classroom;
  /** The articles (the library store): the assignment's article's text. */
  readonly articles: ArticleSource;
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
}

/**
 * What became of a hand-in: 'saved' (stored, perhaps replacing an older one: `replaced` is that
 * one's time), 'older' (a newer hand-in of the student is stored, at `kept`; nothing written), or
 * 'same' (this very hand-in is stored already; nothing written).
 */
export type ReceivedOutcome =
  | { readonly kind: 'saved'; readonly replaced?: string }
  | { readonly kind: 'older'; readonly kept: string }
  | { readonly kind: 'same' };

/** The summary of a received hand-in, for the UI to word. */
export interface ReceivedHandIn {
  readonly outcome: ReceivedOutcome;
  /** The assignment's id (the bare UUID) and title. */
  readonly assignmentId: string;
  readonly assignmentTitle: string;
  /** The student's name or pseudonym, as the hand-in gives it. */
  readonly student: string;
  /** When the student handed it in (ISO 8601). */
  readonly handedIn: string;
  /** The set it is (or would have been) stored as: `receivedSetId(assignmentId, student)`. */
  readonly setId: string;
  readonly documentId: string;
  /** Annotations stored (or, when nothing was written, that the file holds and would be stored). */
  readonly annotations: number;
  /** Of them: placed at another passage than the student's (the text here differs). */
  readonly placedAnew: number;
  /** Of them: found nowhere in the text here (kept, listed as unplaced). */
  readonly unplaced: number;
  /** Annotations of the file left out (on another article, a page note, a relation to nothing). */
  readonly skipped: number;
  /** Whether the article's text here differs from the one the student annotated. */
  readonly textDiffers: boolean;
}

/**
 * The article texts receiving places hand-ins on, with their digests: read and hashed once per
 * article for as many hand-ins as come (a class collected: collect-hand-ins.ts), not once per file.
 */
export class ReceivingArticles {
  private readonly texts = new Map<string, Promise<{ readonly text: string; readonly digest: string }>>();

  constructor(private readonly articles: ArticleSource) {}

  /** The canonical text of the article `documentId` and its digest; a failed read is tried again next time. */
  textOf(documentId: string): Promise<{ readonly text: string; readonly digest: string }> {
    let known = this.texts.get(documentId);
    if (!known) {
      known = (async () => {
        const text = canonicalText((await this.articles.loadBody(documentId)).blocks);
        return { text, digest: await textDigest(text) };
      })();
      known.catch(() => this.texts.delete(documentId));
      this.texts.set(documentId, known);
    }
    return known;
  }
}

/** What {@link receiveParsedHandIn} may be given besides the hand-in. */
export interface ReceiveOptions {
  /** The time the received annotations are stamped with (now). */
  readonly now?: Date;
  /** The article texts, kept across the files of a collection; read afresh when absent. */
  readonly articles?: ReceivingArticles;
}

/**
 * Receives the hand-in `file`: parses it, checks that its assignment is one this browser made,
 * places its annotations on the assignment's article and stores them as the student's received set
 * in ONE transaction with the set record (replacing an older hand-in of the student). Resolves to
 * the summary, or to the problems when it is refused; rejects, having written nothing, when storage fails.
 */
export async function receiveHandIn(file: HandInSource, deps: ReceiveHandInDeps, now = new Date()): Promise<Result<ReceivedHandIn>> {
  // The parser loads with the first hand-in: most visits never receive one.
  const { parseHandIn } = await import('../../model/assignments/hand-in.js');
  const parsed = parseHandIn(file.text, file.name, file.size);
  if (!parsed.ok) return parsed;
  return receiveParsedHandIn(parsed, file.name, deps, { now });
}

/**
 * Receives a hand-in already parsed (`parseHandIn`'s success, its warnings kept) from the file
 * `fileName`, as {@link receiveHandIn} does after parsing: a class collected is parsed once per file.
 */
export async function receiveParsedHandIn(parsed: Success<HandIn>, fileName: string, deps: ReceiveHandInDeps, options: ReceiveOptions = {}): Promise<Result<ReceivedHandIn>> {
  const now = options.now ?? new Date();
  const [{ unknownAssignmentProblem }, { planImport }] = await Promise.all([import('../../model/assignments/hand-in.js'), import('../../model/w3c/import-plan.js')]);
  const handIn = parsed.value;
  const record = await deps.classroom.assignments.getAssignment(handIn.assignmentId);
  const teachers = record?.role === 'teacher' ? [record.assignment] : [];
  const unknown = unknownAssignmentProblem(handIn, fileName, teachers);
  if (unknown || !record) return failAll([unknown!]);

  const { assignment } = record;
  const article = assignment.document;
  const { text, digest } = await (options.articles ?? new ReceivingArticles(deps.articles)).textOf(article.id);
  const textDiffers = digest !== handIn.document.digest;
  const setId = receivedSetId(assignment.id, handIn.student);
  const existing = await deps.classroom.sets.getSet(setId);

  const file = { format: 'w3c-collection' as const, annotations: handIn.annotations, skipped: handIn.skipped, ...(handIn.relations ? { relations: handIn.relations } : {}) };
  const plan = planImport(ok(file, parsed.warnings), {
    fileName,
    documents: [{ id: article.id, iri: article.iri, title: article.title, text }],
    categories: deps.categories.categories,
    // Every annotation is new to the received set: an older hand-in's are replaced, not "already here".
    existingIds: new Set(),
    now: now.toISOString(),
    // The file names the article by the IRI it had where the student worked; here it is this one.
    redirects: new Map(handIn.document.iri === article.iri ? [] : [[handIn.document.iri, article.iri]]),
    schemeId: record.schemeId,
    target: { kind: 'shared', author: handIn.student },
    // The student linked with the assignment's scheme's types.
    relationTypes: deps.categories.relationTypes(record.schemeId),
  });
  const points = codePointIndexFor(text);
  const byId = new Map(handIn.annotations.map((incoming) => [incoming.id?.toLowerCase(), incoming]));
  const placedAnew = plan.annotations.filter((annotation) => {
    if (annotation.start < 0) return false;
    const position = byId.get(annotation.id)?.position;
    return !position || position.end > points.length || points.toUtf16(position.start) !== annotation.start || points.toUtf16(position.end) !== annotation.end;
  }).length;
  const summary = (outcome: ReceivedOutcome): ReceivedHandIn => ({
    outcome,
    assignmentId: assignment.id,
    assignmentTitle: assignment.title,
    student: handIn.student,
    handedIn: handIn.handedIn,
    setId,
    documentId: article.id,
    annotations: plan.annotations.length,
    placedAnew,
    unplaced: plan.unplaced,
    skipped: plan.skipped.reduce((sum, group) => sum + group.count, 0),
    textDiffers,
  });

  // Times compare as instants: a file may give its time with an offset rather than Z.
  const order = existing ? Date.parse(existing.modified) - Date.parse(handIn.handedIn) : -1;
  if (existing && order === 0) return ok(summary({ kind: 'same' }), parsed.warnings);
  if (existing && order > 0) return ok(summary({ kind: 'older', kept: existing.modified }), parsed.warnings);

  const set: AnnotationSet = { id: setId, kind: 'received', documentId: article.id, assignmentId: assignmentIri(assignment.id), author: handIn.student, modified: handIn.handedIn };
  // Ids of their own: the student's ids stay the student's, so a received copy can never overwrite
  // another set's annotation, and the same hand-in received again finds the same ids.
  const received = (id: string): string => stableUuid('close-reader:received', `${setId}\u0000${id}`);
  const annotations: Annotation[] = plan.annotations.map((annotation) => ({ ...annotation, id: received(annotation.id), setId }));
  // The student's relations stay in the hand-in's set, between the received copies of their annotations.
  const relations: Relation[] = plan.relations.map((relation) => ({ ...relation, id: received(relation.id), setId, sourceId: received(relation.sourceId), targetId: received(relation.targetId) }));
  await deps.annotations.importAll({
    categories: plan.newCategories,
    annotations,
    sets: [set],
    ...(relations.length > 0 ? { relations } : {}),
    ...(existing ? { replaceSets: [setId] } : {}),
  });
  deps.categories.addStored(plan.newCategories);
  return ok(summary(existing ? { kind: 'saved', replaced: existing.modified } : { kind: 'saved' }), parsed.warnings);
}
