/**
 * One write of annotations: the records to store and the ids to delete, kept whole or not at all.
 * Every writer speaks it: the annotation store's actions and their undo (`changeBetween`), a
 * category's deletion, storage's one transaction.
 */
import type { Annotation } from './annotation.js';

/** Records to store (replacing any with the same id) and ids to delete, in one transaction. */
export interface AnnotationWrite {
  readonly put?: readonly Annotation[];
  /** An id that is not stored is no error. */
  readonly delete?: readonly string[];
}

/** What must be written to go from `from` to `to` (both sides of a change). */
export function changeBetween(from: readonly Annotation[], to: readonly Annotation[]): Required<AnnotationWrite> {
  const kept = new Set(to.map((annotation) => annotation.id));
  return { put: [...to], delete: from.filter((annotation) => !kept.has(annotation.id)).map((annotation) => annotation.id) };
}
