/**
 * What the annotation store has loaded, per annotation set (model/sets/annotation-set.ts), and who
 * is told when it changes: the views' copy of the stored annotations. It takes in the records a
 * write changed (the store's own, as merged in storage, so the copy shows what is stored rather
 * than what this tab meant to write) and the fresh records of a set another tab changed, and tells
 * its listeners exactly which records left and which came. A set's relations (issue 17) are kept
 * beside its annotations and loaded with them; a change of them is announced with `relations`.
 */
import { type Annotation, compareTextOrder } from '../../model/annotations/annotation.js';
import type { RecordChange, RelationChange } from '../../model/annotations/annotation-write.js';
import type { Relation } from '../../model/relations/relation.js';
import { mineSetId } from '../../model/sets/annotation-set.js';

/** What changed in one set of one document, for the views: records that left and records that came. */
export interface AnnotationsChanged {
  readonly documentId: string;
  /** The set that changed: a view shows the changes of the sets it shows only. */
  readonly setId: string;
  /** True when the whole list is to be drawn again (an import, a set not loaded here): redraw everything. */
  readonly reset: boolean;
  readonly removed: readonly Annotation[];
  readonly added: readonly Annotation[];
  /** True when the set's relations changed too (read them again from the store); absent: they did not. */
  readonly relations?: boolean;
}

/** Called after every change. */
export type AnnotationsListener = (change: AnnotationsChanged) => void;

/** See the module comment. */
export class AnnotationCache {
  private readonly bySet = new Map<string, Annotation[]>();
  private readonly relationsBySet = new Map<string, Relation[]>();
  /** The document of each loaded set. */
  private readonly documentOf = new Map<string, string>();
  private readonly listeners = new Set<AnnotationsListener>();
  /** The set being edited per document, where it is not the reader's own reading. */
  private readonly editing = new Map<string, string>();

  /** Makes `setId` the set of `documentId` being edited (undefined: the reader's own reading again). */
  editSet(documentId: string, setId: string | undefined): void {
    if (setId === undefined || setId === mineSetId(documentId)) this.editing.delete(documentId);
    else this.editing.set(documentId, setId);
  }

  /** The set of `documentId` being edited. */
  editingSet(documentId: string): string {
    return this.editing.get(documentId) ?? mineSetId(documentId);
  }

  /** Whether a set's annotations are loaded. */
  has(setId: string): boolean {
    return this.bySet.has(setId);
  }

  /** A loaded set's annotations in text order (empty when not loaded). */
  list(setId: string): readonly Annotation[] {
    return this.bySet.get(setId) ?? [];
  }

  /** A loaded set's relations (empty when not loaded). */
  relations(setId: string): readonly Relation[] {
    return this.relationsBySet.get(setId) ?? [];
  }

  /** The loaded sets of a document. */
  setsOf(documentId: string): string[] {
    return [...this.documentOf].flatMap(([setId, of]) => (of === documentId ? [setId] : []));
  }

  /** Keeps a set's annotations (and, when given, its relations) as loaded from storage, sorted in text order; tells nobody. */
  load(setId: string, documentId: string, annotations: Annotation[], relations?: readonly Relation[]): readonly Annotation[] {
    const sorted = annotations.sort(compareTextOrder);
    this.bySet.set(setId, sorted);
    this.documentOf.set(setId, documentId);
    if (relations) this.relationsBySet.set(setId, [...relations].sort(byId));
    return sorted;
  }

  /**
   * Takes in the records a write changed: loaded sets show them, and every set touched is
   * announced (a list of articles counts those not loaded). Returns the documents touched.
   */
  absorb(changes: readonly RecordChange[], relationChanges: readonly RelationChange[] = []): string[] {
    const perSet = new Map<string, RecordChange[]>();
    const relationsPerSet = new Map<string, RelationChange[]>();
    const documents = new Map<string, string>();
    for (const change of changes) {
      const { setId, documentId } = (change.after ?? change.before)!;
      perSet.set(setId, [...(perSet.get(setId) ?? []), change]);
      documents.set(setId, documentId);
    }
    for (const change of relationChanges) {
      const { setId, documentId } = (change.after ?? change.before)!;
      relationsPerSet.set(setId, [...(relationsPerSet.get(setId) ?? []), change]);
      documents.set(setId, documentId);
    }
    for (const [setId, documentId] of documents) {
      const changed = perSet.get(setId) ?? [];
      const ids = new Set(changed.map((change) => change.id));
      const shown = this.list(setId);
      // What the views drew is this copy's record, which may be older than the stored `before`.
      const removed = shown.filter((annotation) => ids.has(annotation.id));
      const added = changed.flatMap((change) => (change.after ? [change.after] : []));
      const relationChanged = relationsPerSet.get(setId);
      if (this.has(setId)) {
        const relations = relationChanged && withChanges(this.relations(setId), relationChanged);
        this.load(setId, documentId, [...shown.filter((annotation) => !ids.has(annotation.id)), ...added], relations);
      }
      this.emit({ documentId, setId, reset: false, removed, added, ...(relationChanged ? { relations: true } : {}) });
    }
    return [...new Set(documents.values())];
  }

  /**
   * Replaces a loaded set's annotations with `fresh` (read again after another tab changed them)
   * and tells the listeners just the records that differ; a set not loaded is only announced, with
   * `reset`.
   */
  replace(setId: string, documentId: string, fresh: Annotation[] | undefined, freshRelations?: Relation[]): void {
    if (!fresh || !this.has(setId)) {
      this.emit({ documentId, setId, reset: true, removed: [], added: [], relations: true });
      return;
    }
    const before = new Map(this.list(setId).map((annotation) => [annotation.id, annotation]));
    const after = new Map(fresh.map((annotation) => [annotation.id, annotation]));
    const removed = [...before.values()].filter((annotation) => !sameRecord(annotation, after.get(annotation.id)));
    const added = fresh.filter((annotation) => !sameRecord(annotation, before.get(annotation.id)));
    const relations = freshRelations && [...freshRelations].sort(byId);
    const relationsChanged = relations !== undefined && JSON.stringify(relations) !== JSON.stringify(this.relations(setId));
    if (removed.length === 0 && added.length === 0 && !relationsChanged) return;
    this.load(setId, documentId, fresh, relations);
    this.emit({ documentId, setId, reset: false, removed, added, ...(relationsChanged ? { relations: true } : {}) });
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: AnnotationsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener. */
  emit(change: AnnotationsChanged): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** Relations in id order: one order for a loaded copy and a fresh read, so that they compare. */
function byId(a: Relation, b: Relation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `relations` with `changes` applied: those changed replaced by what they are now, those deleted gone. */
function withChanges(relations: readonly Relation[], changes: readonly RelationChange[]): Relation[] {
  const ids = new Set(changes.map((change) => change.id));
  return [...relations.filter((relation) => !ids.has(relation.id)), ...changes.flatMap((change) => (change.after ? [change.after] : []))];
}

/** Whether two versions of a record are the same (a stored record is plain JSON). */
function sameRecord(a: Annotation, b: Annotation | undefined): boolean {
  return b !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b));
}
