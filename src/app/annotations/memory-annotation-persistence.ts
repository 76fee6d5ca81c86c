/**
 * Annotations kept in memory for this visit only: what the store writes to when the browser lets
 * Close Reader store nothing (IndexedDB unavailable, some private modes). The app says so.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { countByDocument, type AnnotationCounts } from '../../model/annotations/annotation-counts.js';
import type { AnnotationPersistence } from '../../model/annotations/annotation-persistence.js';
import type { AnnotationWrite } from '../../model/annotations/annotation-write.js';

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

  async apply(change: AnnotationWrite): Promise<void> {
    // Puts first, then deletes, as storage does.
    for (const annotation of change.put ?? []) this.records.set(annotation.id, annotation);
    for (const id of change.delete ?? []) this.records.delete(id);
  }

  async countsByDocument(): Promise<AnnotationCounts> {
    return countByDocument(this.records.values());
  }
}
