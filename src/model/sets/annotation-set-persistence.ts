/**
 * What the app needs of storage for annotation sets, declared once: src/storage's
 * AnnotationSetRepository implements it over IndexedDB, src/app's MemoryAnnotationPersistence in
 * memory. Pure types, so src/app depends on storage only through this.
 */
import type { AnnotationSet } from './annotation-set.js';

/** Reads and writes set records; every write resolves once kept, or rejects having changed nothing. */
export interface AnnotationSetPersistence {
  /** Stores a set, replacing the one with the same id. */
  putSet(set: AnnotationSet): Promise<void>;
  /** The set with this id, or undefined. */
  getSet(id: string): Promise<AnnotationSet | undefined>;
  /** The sets of one article, in list order (compareSets). */
  listSetsByDocument(documentId: string): Promise<AnnotationSet[]>;
  /** The sets of one assignment, in list order. */
  listSetsByAssignment(assignmentId: string): Promise<AnnotationSet[]>;
  /** Deletes a set and every annotation in it, in one transaction; resolves to how many annotations went. */
  deleteSet(id: string): Promise<number>;
}
