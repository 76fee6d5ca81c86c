/**
 * What the annotation store has loaded, per document, and who is told when it changes: the views'
 * copy of the stored annotations. It takes in the records a write changed (the store's own, as
 * merged in storage, so the copy shows what is stored rather than what this tab meant to write)
 * and the fresh records of a document another tab changed, and tells its listeners exactly which
 * records left and which came.
 */
import { type Annotation, compareTextOrder } from '../../model/annotations/annotation.js';
import type { RecordChange } from '../../model/annotations/annotation-write.js';

/** What changed in one document, for the views: records that left and records that came. */
export interface AnnotationsChanged {
  readonly documentId: string;
  /** True when the whole list is to be drawn again (an import, a document not loaded here): redraw everything. */
  readonly reset: boolean;
  readonly removed: readonly Annotation[];
  readonly added: readonly Annotation[];
}

/** Called after every change. */
export type AnnotationsListener = (change: AnnotationsChanged) => void;

/** See the module comment. */
export class AnnotationCache {
  private readonly byDocument = new Map<string, Annotation[]>();
  private readonly listeners = new Set<AnnotationsListener>();

  /** Whether a document's annotations are loaded. */
  has(documentId: string): boolean {
    return this.byDocument.has(documentId);
  }

  /** A loaded document's annotations in text order (empty when not loaded). */
  list(documentId: string): readonly Annotation[] {
    return this.byDocument.get(documentId) ?? [];
  }

  /** Keeps a document's annotations as loaded from storage, sorted in text order; tells nobody. */
  load(documentId: string, annotations: Annotation[]): readonly Annotation[] {
    const sorted = annotations.sort(compareTextOrder);
    this.byDocument.set(documentId, sorted);
    return sorted;
  }

  /**
   * Takes in the records a write changed: loaded documents show them, and every document touched is
   * announced (a list of articles counts those not loaded). Returns the documents touched.
   */
  absorb(changes: readonly RecordChange[]): string[] {
    const perDocument = new Map<string, RecordChange[]>();
    for (const change of changes) {
      const documentId = (change.after ?? change.before)!.documentId;
      perDocument.set(documentId, [...(perDocument.get(documentId) ?? []), change]);
    }
    for (const [documentId, changed] of perDocument) {
      const ids = new Set(changed.map((change) => change.id));
      const shown = this.list(documentId);
      // What the views drew is this copy's record, which may be older than the stored `before`.
      const removed = shown.filter((annotation) => ids.has(annotation.id));
      const added = changed.flatMap((change) => (change.after ? [change.after] : []));
      if (this.has(documentId)) this.load(documentId, [...shown.filter((annotation) => !ids.has(annotation.id)), ...added]);
      this.emit({ documentId, reset: false, removed, added });
    }
    return [...perDocument.keys()];
  }

  /**
   * Replaces a loaded document's annotations with `fresh` (read again after another tab changed
   * them) and tells the listeners just the records that differ; a document not loaded is only
   * announced, with `reset`.
   */
  replace(documentId: string, fresh: Annotation[] | undefined): void {
    if (!fresh || !this.has(documentId)) {
      this.emit({ documentId, reset: true, removed: [], added: [] });
      return;
    }
    const before = new Map(this.list(documentId).map((annotation) => [annotation.id, annotation]));
    const after = new Map(fresh.map((annotation) => [annotation.id, annotation]));
    const removed = [...before.values()].filter((annotation) => !sameRecord(annotation, after.get(annotation.id)));
    const added = fresh.filter((annotation) => !sameRecord(annotation, before.get(annotation.id)));
    if (removed.length === 0 && added.length === 0) return;
    this.load(documentId, fresh);
    this.emit({ documentId, reset: false, removed, added });
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

/** Whether two versions of a record are the same (a stored record is plain JSON). */
function sameRecord(a: Annotation, b: Annotation | undefined): boolean {
  return b !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b));
}
