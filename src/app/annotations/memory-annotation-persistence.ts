/**
 * Annotations kept in memory for this visit only: what the store writes to when the browser lets
 * Close Reader store nothing (IndexedDB unavailable, some private modes). The app says so. Writes
 * merge exactly as IndexedDB's do (model/annotations/annotation-merge.ts), so tests that run two
 * stores over one of these see what two tabs over one database see.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { countByDocument, type AnnotationCounts } from '../../model/annotations/annotation-counts.js';
import type { AnnotationPersistence } from '../../model/annotations/annotation-persistence.js';
import type { AnnotationWrite, AppliedWrite } from '../../model/annotations/annotation-write.js';
import { mergeWrite } from '../../model/annotations/annotation-merge.js';

/** An AnnotationPersistence over a Map. */
export class MemoryAnnotationPersistence implements AnnotationPersistence {
  private readonly records = new Map<string, Annotation>();

  async listByDocument(documentId: string): Promise<Annotation[]> {
    return [...this.records.values()].filter((annotation) => annotation.documentId === documentId);
  }

  async listAll(): Promise<Annotation[]> {
    return [...this.records.values()];
  }

  async allIds(): Promise<Set<string>> {
    return new Set(this.records.keys());
  }

  async importAll(write: { readonly annotations: readonly Annotation[] }): Promise<void> {
    for (const annotation of write.annotations) this.records.set(annotation.id, annotation);
  }

  /** Merges `write` into the records as they are, at once (nothing can land in between), and keeps the result. */
  async apply(write: AnnotationWrite): Promise<AppliedWrite> {
    const merged = mergeWrite(this.records.values(), write);
    for (const annotation of merged.put) this.records.set(annotation.id, annotation);
    for (const id of merged.delete) this.records.delete(id);
    return { changes: merged.changes, inverse: merged.inverse };
  }

  async countsByDocument(): Promise<AnnotationCounts> {
    return countByDocument(this.records.values());
  }
}
