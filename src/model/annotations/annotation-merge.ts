/**
 * Applies a write's field-level operations to the annotations as stored (the rule is in
 * annotation-write.ts): pure, so that IndexedDB (inside its one readwrite transaction) and the
 * in-memory store merge exactly alike. Gives the records to store and delete, what changed, and
 * the operations that revert it.
 *
 * Relations (issue 17) merge alongside: a relation is stored only while both its annotations are
 * (in its own set) and no twin is; an annotation the write deletes takes its relations with it,
 * and the operation's inverse brings back the annotation first, then its relations, so that one
 * undo restores both.
 */
import type { QuotedRange } from '../anchoring/text-quote.js';
import type { Relation } from '../relations/relation.js';
import type { Annotation } from './annotation.js';
import {
  normalNote,
  opId,
  type AnnotationFieldOp,
  type AnnotationOp,
  type AnnotationWrite,
  type AppliedWrite,
  type RecordChange,
  type RelationChange,
} from './annotation-write.js';

/** What storage writes for a merged write, and what it reports. */
export interface MergedWrite extends AppliedWrite {
  /** Records to store, as they are now. */
  readonly put: readonly Annotation[];
  /** Ids to delete. */
  readonly delete: readonly string[];
  readonly relationChanges: readonly RelationChange[];
  /** Relations to store. */
  readonly relationPut: readonly Relation[];
  /** Ids of relations to delete. */
  readonly relationDelete: readonly string[];
}

type Records = Map<string, Annotation>;

/**
 * Merges `write` into `stored`: the stored records of every id the write names (idsToRead) and of
 * every range it tags (rangesToRead); others may be there too. `storedRelations`: the stored
 * relations the write names (relationIdsToRead) and every one that touches an annotation it names
 * (those a deletion takes along); others may be there too. Operations apply in order, each to the
 * records as the ones before it left them.
 */
export function mergeWrite(stored: Iterable<Annotation>, write: AnnotationWrite, storedRelations: Iterable<Relation> = []): MergedWrite {
  const records: Records = new Map([...stored].map((annotation) => [annotation.id, annotation]));
  const relations = new Map([...storedRelations].map((relation) => [relation.id, relation]));
  const before = new Map<string, Annotation | undefined>();
  const relationsBefore = new Map<string, Relation | undefined>();
  const inverse: AnnotationOp[] = [];
  const deleted: string[] = [];
  const set = (id: string, annotation: Annotation | undefined): void => {
    if (!before.has(id)) before.set(id, records.get(id));
    if (annotation) records.set(id, annotation);
    else if (records.delete(id)) deleted.push(id);
  };
  // The relations by the annotations they touch, kept in step: what a deletion takes along, found without a scan.
  const touching = new Map<string, Set<string>>();
  const index = (relation: Relation, add: boolean): void => {
    for (const end of [relation.sourceId, relation.targetId]) {
      const ids = touching.get(end) ?? new Set<string>();
      if (add) ids.add(relation.id);
      else ids.delete(relation.id);
      touching.set(end, ids);
    }
  };
  for (const relation of relations.values()) index(relation, true);
  const setRelation = (id: string, relation: Relation | undefined): void => {
    if (!relationsBefore.has(id)) relationsBefore.set(id, relations.get(id));
    const was = relations.get(id);
    if (was) index(was, false);
    if (relation) {
      relations.set(id, relation);
      index(relation, true);
    } else relations.delete(id);
  };
  for (const op of write.ops) {
    deleted.length = 0;
    const undo = op.kind === 'relate' || op.kind === 'unrelate' ? applyRelationOp(records, relations, op, write.at, setRelation) : applyOp(records, op, write.at, set);
    // What a deleted annotation takes along, brought back after it by the inverse.
    for (const id of deleted) {
      for (const relationId of [...(touching.get(id) ?? [])].sort()) {
        const relation = relations.get(relationId)!;
        setRelation(relationId, undefined);
        undo.push({ kind: 'relate', relation });
      }
    }
    // The inverse of the whole write: the inverse of each operation, last first.
    inverse.unshift(...undo);
  }
  const changes: RecordChange[] = [];
  for (const [id, was] of before) {
    const now = records.get(id);
    if (was === now) continue;
    changes.push({ id, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) });
  }
  const relationChanges: RelationChange[] = [];
  for (const [id, was] of relationsBefore) {
    const now = relations.get(id);
    if (was === now) continue;
    relationChanges.push({ id, ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) });
  }
  return {
    changes,
    inverse,
    put: changes.flatMap((change) => (change.after ? [change.after] : [])),
    delete: changes.filter((change) => !change.after).map((change) => change.id),
    relationChanges,
    relationPut: relationChanges.flatMap((change) => (change.after ? [change.after] : [])),
    relationDelete: relationChanges.filter((change) => !change.after).map((change) => change.id),
  };
}

/**
 * Applies one relation operation through `set`; returns the operations that revert it. A relation
 * is made only between two stored annotations of its own set, never beside a twin.
 */
function applyRelationOp(
  records: Records,
  relations: Map<string, Relation>,
  op: Extract<AnnotationOp, { readonly kind: 'relate' } | { readonly kind: 'unrelate' }>,
  at: string,
  set: (id: string, relation: Relation | undefined) => void,
): AnnotationOp[] {
  if (op.kind === 'unrelate') {
    const stored = relations.get(op.id);
    if (!stored) return [];
    set(op.id, undefined);
    return [{ kind: 'relate', relation: stored }];
  }
  const { relation } = op;
  if (relations.has(relation.id)) return [];
  const [source, target] = [records.get(relation.sourceId), records.get(relation.targetId)];
  if (!source || !target || source.setId !== relation.setId || target.setId !== relation.setId || source.id === target.id) return [];
  for (const other of relations.values()) {
    if (other.typeId === relation.typeId && other.sourceId === relation.sourceId && other.targetId === relation.targetId) return [];
  }
  set(relation.id, { ...relation, modified: at });
  return [{ kind: 'unrelate', id: relation.id }];
}

/** Applies one operation through `set`; returns the operations that revert what it changed. */
function applyOp(records: Records, op: AnnotationFieldOp, at: string, set: (id: string, annotation: Annotation | undefined) => void): AnnotationOp[] {
  const stored = records.get(opId(op));
  switch (op.kind) {
    case 'tag': {
      const joined = stored ?? sameRange(records, op.annotation);
      if (!joined) {
        set(op.annotation.id, { ...op.annotation, categoryIds: [...new Set(op.annotation.categoryIds)], modified: at });
        return [{ kind: 'retract', annotation: op.annotation }];
      }
      return addCategories(joined, op.annotation.categoryIds, at, set);
    }
    case 'restore': {
      if (!stored) {
        set(op.annotation.id, { ...op.annotation, modified: at });
        // Redoing the deletion takes back what this brought back, not what another tab adds meanwhile.
        return [{ kind: 'retract', annotation: op.annotation }];
      }
      // Joins what it brings into the annotation stored meanwhile: its categories, its note if there is none.
      const note = normalNote(op.annotation.note);
      const setsNote = note !== undefined && stored.note === undefined;
      const added = op.annotation.categoryIds.filter((id, i, all) => !stored.categoryIds.includes(id) && all.indexOf(id) === i);
      if (added.length === 0 && !setsNote) return [];
      set(stored.id, { ...stored, categoryIds: [...stored.categoryIds, ...added], ...(setsNote ? { note } : {}), modified: at });
      // Taking it back again is a retraction of just that: the annotation goes if nothing else is left.
      const { note: _note, ...rest } = stored;
      return [{ kind: 'retract', annotation: { ...rest, categoryIds: added, ...(setsNote ? { note } : {}) } }];
    }
    case 'retract':
      return stored ? retract(stored, op.annotation, at, set) : [];
    case 'delete':
      if (!stored) return [];
      set(stored.id, undefined);
      return [{ kind: 'restore', annotation: stored }];
    case 'add-category':
      return stored ? addCategories(stored, [op.categoryId], at, set) : [];
    case 'remove-category': {
      if (!stored?.categoryIds.includes(op.categoryId)) return [];
      if (stored.categoryIds.length > 1) {
        set(stored.id, { ...stored, categoryIds: stored.categoryIds.filter((id) => id !== op.categoryId), modified: at });
        return [{ kind: 'add-category', id: stored.id, categoryId: op.categoryId }];
      }
      if (op.whenLast === 'keep') return [];
      set(stored.id, undefined);
      return [{ kind: 'restore', annotation: stored }];
    }
    case 'set-note': {
      const note = normalNote(op.note);
      if (!stored || note === stored.note || (op.ifStill && normalNote(op.ifStill.note) !== stored.note)) return [];
      const { note: _old, ...rest } = stored;
      set(stored.id, { ...rest, ...(note === undefined ? {} : { note }), modified: at });
      return [{ kind: 'set-note', id: stored.id, ...noteField(stored.note), ifStill: noteField(note) }];
    }
    case 'set-range': {
      if (!stored || sameQuotedRange(stored, op.range) || (op.ifStill && !sameQuotedRange(stored, op.ifStill))) return [];
      const { start, end, exact, prefix, suffix } = op.range;
      set(stored.id, { ...stored, start, end, exact, prefix, suffix, modified: at });
      return [{ kind: 'set-range', id: stored.id, range: quotedRangeOf(stored), ifStill: quotedRangeOf(op.range) }];
    }
  }
}

/** Adds the categories `stored` lacks; the inverse removes just those. */
function addCategories(stored: Annotation, categoryIds: readonly string[], at: string, set: (id: string, annotation: Annotation) => void): AnnotationOp[] {
  const added = [...new Set(categoryIds)].filter((categoryId) => !stored.categoryIds.includes(categoryId));
  if (added.length === 0) return [];
  set(stored.id, { ...stored, categoryIds: [...stored.categoryIds, ...added], modified: at });
  return added.map((categoryId) => ({ kind: 'remove-category', id: stored.id, categoryId, whenLast: 'keep' }));
}

/**
 * Takes back from `stored` what tagging `tagged` brought: its categories, and its note while the
 * note is still that one. Deletes the annotation when nothing is left; keeps it, with what the other
 * tab added, when something is (and keeps its last category when only the other tab's note is left).
 */
function retract(stored: Annotation, tagged: Annotation, at: string, set: (id: string, annotation: Annotation | undefined) => void): AnnotationOp[] {
  const brought = new Set(tagged.categoryIds);
  const categoryIds = stored.categoryIds.filter((id) => !brought.has(id));
  const ownNote = stored.note !== undefined && stored.note === normalNote(tagged.note);
  const note = ownNote ? undefined : stored.note;
  if (categoryIds.length === 0 && note === undefined) {
    set(stored.id, undefined);
    return [{ kind: 'restore', annotation: stored }];
  }
  if (categoryIds.length === 0) return [];
  const { note: _old, ...rest } = stored;
  set(stored.id, { ...rest, categoryIds, ...(note === undefined ? {} : { note }), modified: at });
  // Bringing it back is a restoration of just what this took: its categories, and its note.
  const removed = stored.categoryIds.filter((id) => brought.has(id));
  return [{ kind: 'restore', annotation: { ...rest, categoryIds: removed, ...(ownNote ? { note: stored.note } : {}) } }];
}

/**
 * The stored annotation of the same set and exactly the same range, if any (the earliest made).
 * Another set's annotation on that range is never joined: nothing of one set merges into another.
 */
function sameRange(records: Records, annotation: Annotation): Annotation | undefined {
  let found: Annotation | undefined;
  for (const candidate of records.values()) {
    if (candidate.setId !== annotation.setId || candidate.documentId !== annotation.documentId || candidate.start < 0) continue;
    if (candidate.start !== annotation.start || candidate.end !== annotation.end) continue;
    if (!found || candidate.created < found.created || (candidate.created === found.created && candidate.id < found.id)) found = candidate;
  }
  return found;
}

function sameQuotedRange(a: QuotedRange, b: QuotedRange): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}

function quotedRangeOf({ start, end, exact, prefix, suffix }: QuotedRange): QuotedRange {
  return { start, end, exact, prefix, suffix };
}

/** `{ note }`, or `{}` for none (exactOptionalPropertyTypes: no `note: undefined`). */
function noteField(note: string | undefined): { note?: string } {
  return note === undefined ? {} : { note };
}
