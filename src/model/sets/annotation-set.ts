/**
 * Annotation sets (shared/ARCHITECTURE.md, "Annotation sets"): whose reading of which article an
 * annotation is. Every annotation belongs to exactly one set; the reader edits one set at a time and
 * nothing from one set is merged into another. The reader's own reading of an article has a
 * deterministic id ({@link mineSetId}), so finding it needs no lookup.
 */

/**
 * What a set is: 'mine' the reader's own reading of the article (one per article); 'student' a
 * student's own work on an assignment; 'received' a hand-in the teacher received; 'model' the
 * teacher's model answer; 'shared' another reader's reading kept apart after an import.
 */
export type AnnotationSetKind = 'mine' | 'student' | 'received' | 'model' | 'shared';

/** One set of annotations on one article. */
export interface AnnotationSet {
  readonly id: string;
  readonly kind: AnnotationSetKind;
  readonly documentId: string;
  /** The assignment's id (`urn:uuid:…`) for 'student', 'received' and 'model' sets. */
  readonly assignmentId?: string;
  /** A name or pseudonym, never required to be a real name. */
  readonly author?: string;
  /** ISO 8601 in UTC: when an annotation of the set last changed (or the set was made). */
  readonly modified: string;
}

/** Every kind, in the order a list of sets shows them. */
export const SET_KINDS: readonly AnnotationSetKind[] = ['mine', 'student', 'model', 'received', 'shared'];

const MINE_PREFIX = 'mine:';

/** The id of the reader's own reading of an article: `mine:<documentId>`. */
export function mineSetId(documentId: string): string {
  return `${MINE_PREFIX}${documentId}`;
}

/** Whether `setId` is the reader's own reading of some article (see {@link mineSetId}). */
export function isMineSetId(setId: string): boolean {
  return setId.startsWith(MINE_PREFIX);
}

/** Whether an annotation is in the reader's own reading of its article (what exports and counts take). */
export function isOwnReading(annotation: { readonly setId: string; readonly documentId: string }): boolean {
  return annotation.setId === mineSetId(annotation.documentId);
}

/** The reader's own reading of an article, as a set record, last changed at `modified`. */
export function mineSet(documentId: string, modified: string): AnnotationSet {
  return { id: mineSetId(documentId), kind: 'mine', documentId, modified };
}

/** The teacher's model answer of an assignment (`assignmentId`: the bare UUID); it never leaves this browser in a hand-out. */
export function modelSetId(assignmentId: string): string {
  return `model:${assignmentId}`;
}

/** A student's own work on an assignment, in the student's browser (one per assignment). */
export function studentSetId(assignmentId: string): string {
  return `student:${assignmentId}`;
}

/**
 * A hand-in the teacher received: one per student and assignment (a newer hand-in of the same
 * student replaces it), the student named as the hand-in names them, case and spacing folded.
 */
export function receivedSetId(assignmentId: string, student: string): string {
  return `received:${assignmentId}:${student.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de')}`;
}

/** Whether a value read from storage or a message is an {@link AnnotationSetKind}. */
export function isSetKind(value: unknown): value is AnnotationSetKind {
  return typeof value === 'string' && (SET_KINDS as readonly string[]).includes(value);
}

/** Sets in the order a list shows them: by kind, then author, then id. */
export function compareSets(a: AnnotationSet, b: AnnotationSet): number {
  return (
    SET_KINDS.indexOf(a.kind) - SET_KINDS.indexOf(b.kind) ||
    (a.author ?? '').localeCompare(b.author ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
