/**
 * One write of annotations, as field-level operations rather than whole records (issue 12, "Two
 * tabs"). Two tabs of Close Reader share one database, and each holds its own copy of the records
 * it shows; a copy can be stale by the time the reader acts on it. A write of whole records from
 * such a copy silently replaced what the other tab had added (one of two categories added to the
 * same passage at the same moment was lost; an undo wrote back a record from before the other
 * tab's category). So nothing writes whole records any more: every writer says what it changes.
 *
 * The rule, kept by {@link ./annotation-merge.ts}'s `mergeWrite` (pure, shared by IndexedDB and the
 * in-memory store), which storage runs on the records as stored, inside the one readwrite
 * transaction that writes the result (read, merge, write: all or nothing):
 *
 * - Categories are a set, changed one id at a time (`add-category`, `remove-category`): "add Quote"
 *   and "add Policy" from two tabs both survive, and a tab's add never removes what it did not know.
 *   A merge never removes an annotation's last category (every annotation has one): a removal that
 *   would is skipped (`whenLast: 'keep'`), except where a category is being deleted and the reader
 *   chose to delete its annotations (`whenLast: 'delete'`: the annotation goes).
 * - Tagging (`tag`) joins the annotation the stored records already have on exactly that range (so
 *   two tabs tagging a fresh passage at once make one annotation with both categories), or stores
 *   the new one.
 * - The note and the range are fields set whole (`set-note`, `set-range`); the later write wins.
 *   An undo or redo sets them back only while they still hold what its own step wrote (`ifStill`):
 *   a later write of the same field, from either tab, wins over an undo.
 * - A deletion (`delete`) removes the annotation whatever the other tab changed on it: the reader
 *   saw the annotation and chose to delete it, and undo brings back the record as it was deleted
 *   (`restore`, by id). Undoing a tag, or redoing a deletion, is no deletion (`retract`): it takes
 *   back the categories and note that step brought, and the annotation goes only if nothing else is
 *   left on it; a category or note the other tab added meanwhile keeps it.
 *
 * Merging also gives each write's exact inverse, computed from the stored records it met, which is
 * what the undo history keeps (undo-history.ts): an undo reverts only the fields its own step
 * changed, never a field the step found already as it wanted.
 */
import type { QuotedRange } from '../anchoring/text-quote.js';
import type { Relation } from '../relations/relation.js';
import type { Annotation } from './annotation.js';

/** One field-level change of one annotation. */
export type AnnotationOp =
  /** Tags `annotation`'s range with its categories: joins the stored annotation of that id or range, or stores it. */
  | { readonly kind: 'tag'; readonly annotation: Annotation }
  /** Brings back a deleted annotation by its id; joins its categories (and note, if none) into one stored meanwhile. */
  | { readonly kind: 'restore'; readonly annotation: Annotation }
  /** Takes back what tagging `annotation` brought: its categories and note; deletes it when nothing else is left. */
  | { readonly kind: 'retract'; readonly annotation: Annotation }
  /** Deletes the annotation, whatever it holds now. */
  | { readonly kind: 'delete'; readonly id: string }
  | { readonly kind: 'add-category'; readonly id: string; readonly categoryId: string }
  /** Removes one category; for the last one, `whenLast` says: keep it, or delete the annotation. */
  | { readonly kind: 'remove-category'; readonly id: string; readonly categoryId: string; readonly whenLast: 'keep' | 'delete' }
  /** Sets the note (undefined or blank: none), or, with `ifStill`, only while the stored note is `ifStill.note`. */
  | { readonly kind: 'set-note'; readonly id: string; readonly note?: string; readonly ifStill?: { readonly note?: string } }
  /** Moves the annotation, or, with `ifStill`, only while it is still at `ifStill`. */
  | { readonly kind: 'set-range'; readonly id: string; readonly range: QuotedRange; readonly ifStill?: QuotedRange }
  /**
   * Stores a relation between two annotations (issue 17): only while both are stored, and not
   * beside a twin (same type, source and target); otherwise it changes nothing.
   */
  | { readonly kind: 'relate'; readonly relation: Relation }
  /** Deletes a relation, whatever it holds now. */
  | { readonly kind: 'unrelate'; readonly id: string };

/** An operation on one annotation's fields (every kind but the relations'). */
export type AnnotationFieldOp = Exclude<AnnotationOp, { readonly kind: 'relate' } | { readonly kind: 'unrelate' }>;

/** Whether `op` is about a relation rather than an annotation's fields. */
export function isRelationOp(op: AnnotationOp): op is Extract<AnnotationOp, { readonly kind: 'relate' } | { readonly kind: 'unrelate' }> {
  return op.kind === 'relate' || op.kind === 'unrelate';
}

/** A write: its operations, applied in order in one transaction, and the time they were made. */
export interface AnnotationWrite {
  readonly ops: readonly AnnotationOp[];
  /** ISO 8601: the `modified` of every record the write changes. */
  readonly at: string;
}

/** One record a write changed: as it was stored before and as it is stored after (undefined: none). */
export interface RecordChange {
  readonly id: string;
  readonly before?: Annotation;
  readonly after?: Annotation;
}

/** One relation a write changed: as stored before and after (undefined: none). */
export interface RelationChange {
  readonly id: string;
  readonly before?: Relation;
  readonly after?: Relation;
}

/** What a write did, as merged against the stored records. */
export interface AppliedWrite {
  /** Every record the write changed, in the order first changed; empty when it changed nothing. */
  readonly changes: readonly RecordChange[];
  /** The operations that revert exactly what it changed (for undo, or redo after an undo). */
  readonly inverse: readonly AnnotationOp[];
  /**
   * Every relation the write changed (made, removed, or taken along with a deleted annotation);
   * absent or empty when it changed none.
   */
  readonly relationChanges?: readonly RelationChange[];
}

/** The id of the annotation an operation on an annotation's fields reads and may change. */
export function opId(op: AnnotationFieldOp): string {
  return 'annotation' in op ? op.annotation.id : op.id;
}

/**
 * The ids of the annotations an operation is about: the one whose fields it changes, or a
 * relation's two ends (an `unrelate` names none).
 */
export function opAnnotationIds(op: AnnotationOp): string[] {
  if (op.kind === 'relate') return [op.relation.sourceId, op.relation.targetId];
  if (op.kind === 'unrelate') return [];
  return [opId(op)];
}

/**
 * The annotations whose relations a write must read: those an operation may delete (their
 * relations go along) and the source of each relation it makes (a twin would start there). A
 * write that only tags, notes or moves reads none.
 */
export function relationEndsToRead(write: AnnotationWrite): string[] {
  const ids = write.ops.flatMap((op): string[] => {
    switch (op.kind) {
      case 'delete':
        return [op.id];
      case 'retract':
        return [op.annotation.id];
      case 'remove-category':
        return op.whenLast === 'delete' ? [op.id] : [];
      case 'relate':
        return [op.relation.sourceId];
      default:
        return [];
    }
  });
  return [...new Set(ids)];
}

/** The ids of the relations a write names (those it makes or removes): what storage reads besides an annotation's relations. */
export function relationIdsToRead(write: AnnotationWrite): string[] {
  return [...new Set(write.ops.flatMap((op) => (op.kind === 'relate' ? [op.relation.id] : op.kind === 'unrelate' ? [op.id] : [])))];
}

/** Whether a write changed anything: an annotation or a relation. */
export function changedAnything(applied: AppliedWrite): boolean {
  return applied.changes.length > 0 || (applied.relationChanges?.length ?? 0) > 0;
}

/** A set and an exact range of its article's text, whose stored annotations a write must read. */
export interface RangeToRead {
  readonly setId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The ranges whose stored annotations a write must read: those it tags, to join an annotation of
 * the same set on exactly the same range (annotation-merge.ts), once each.
 */
export function rangesToRead(write: AnnotationWrite): RangeToRead[] {
  const ranges = new Map<string, RangeToRead>();
  for (const op of write.ops) {
    if (op.kind !== 'tag') continue;
    const { setId, start, end } = op.annotation;
    ranges.set(JSON.stringify([setId, start, end]), { setId, start, end });
  }
  return [...ranges.values()];
}

/**
 * The ids of the stored annotations a write must read (storage reads their relations too: a
 * deletion takes them along).
 */
export function idsToRead(write: AnnotationWrite): string[] {
  return [...new Set(write.ops.flatMap(opAnnotationIds))];
}

/** The operations that turn `before`'s categories and note into those of `edit` (the card's whole list, or a note). */
export function opsForEdit(before: Annotation, edit: { readonly categoryIds?: readonly string[]; readonly note?: string }): AnnotationOp[] {
  const ops: AnnotationOp[] = [];
  if (edit.categoryIds) {
    const wanted = new Set(edit.categoryIds);
    for (const categoryId of wanted) if (!before.categoryIds.includes(categoryId)) ops.push({ kind: 'add-category', id: before.id, categoryId });
    for (const categoryId of before.categoryIds) {
      if (!wanted.has(categoryId)) ops.push({ kind: 'remove-category', id: before.id, categoryId, whenLast: 'keep' });
    }
  }
  if (edit.note !== undefined && normalNote(edit.note) !== before.note) ops.push({ kind: 'set-note', id: before.id, note: edit.note });
  return ops;
}

/** A note as stored: a blank one is none. */
export function normalNote(note: string | undefined): string | undefined {
  return note === undefined || note.trim() === '' ? undefined : note;
}

/**
 * The operations of a rewrite given as whole records (`put`, `delete`) over `before`, the records as
 * they were read: what a category's deletion computes (model/schemes/category-deletion-plan.ts).
 * Only the categories that differ become operations, so a note or category another tab wrote
 * meanwhile stays; a deleted record has each of its categories removed with `whenLast: 'delete'`,
 * so it goes unless another tab added a category to it meanwhile.
 */
export function opsForRewrite(
  before: readonly Annotation[],
  change: { readonly put?: readonly Annotation[]; readonly delete?: readonly string[] },
): AnnotationOp[] {
  const was = new Map(before.map((annotation) => [annotation.id, annotation]));
  const ops: AnnotationOp[] = [];
  for (const after of change.put ?? []) {
    const old = was.get(after.id);
    if (!old) continue;
    for (const categoryId of after.categoryIds) if (!old.categoryIds.includes(categoryId)) ops.push({ kind: 'add-category', id: after.id, categoryId });
    for (const categoryId of old.categoryIds) {
      if (!after.categoryIds.includes(categoryId)) ops.push({ kind: 'remove-category', id: after.id, categoryId, whenLast: 'delete' });
    }
  }
  for (const id of change.delete ?? []) {
    for (const categoryId of was.get(id)?.categoryIds ?? []) ops.push({ kind: 'remove-category', id, categoryId, whenLast: 'delete' });
  }
  return ops;
}
