/**
 * Annotations kept in memory for this visit only: what the store writes to when the browser lets
 * Close Reader store nothing (IndexedDB unavailable, some private modes). The app says so.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { ChangeToApply } from '../../model/annotations/undo-history.js';
import type { AnnotationPersistence } from './annotation-store.js';

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

  async apply(change: ChangeToApply): Promise<void> {
    for (const id of change.delete) this.records.delete(id);
    for (const annotation of change.put) this.records.set(annotation.id, annotation);
  }

  async countsByDocument(): Promise<Map<string, Map<string, number>>> {
    const counts = new Map<string, Map<string, number>>();
    for (const annotation of this.records.values()) {
      const perCategory = counts.get(annotation.documentId) ?? new Map<string, number>();
      perCategory.set('*', (perCategory.get('*') ?? 0) + 1);
      for (const id of annotation.categoryIds) perCategory.set(id, (perCategory.get(id) ?? 0) + 1);
      counts.set(annotation.documentId, perCategory);
    }
    return counts;
  }
}
