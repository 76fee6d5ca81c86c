/**
 * The comparable form of an annotation for a shared project's merge (set-merge.ts): the content
 * that travels in the W3C file and that a reader can change, never `modified` (two browsers stamp
 * their own times; an export and its re-import must compare equal). Categories as a sorted set.
 */
import type { Annotation } from '../annotations/annotation.js';

/** What two copies of one annotation must share to be "the same": categories, span and quote, note, creator. */
export interface AnnotationFingerprint {
  /** Sorted, without duplicates. */
  readonly categoryIds: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly note?: string;
  readonly creator?: string;
}

/** The fingerprint of an annotation (a blank note counts as none). */
export function fingerprint(annotation: Annotation): AnnotationFingerprint {
  const note = annotation.note === undefined || annotation.note.trim() === '' ? undefined : annotation.note;
  return {
    categoryIds: [...new Set(annotation.categoryIds)].sort(),
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    ...(note !== undefined ? { note } : {}),
    ...(annotation.creator ? { creator: annotation.creator } : {}),
  };
}

/** Whether two fingerprints are the same content. */
export function sameFingerprint(a: AnnotationFingerprint, b: AnnotationFingerprint): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.exact === b.exact &&
    a.note === b.note &&
    (a.creator ?? '') === (b.creator ?? '') &&
    a.categoryIds.length === b.categoryIds.length &&
    a.categoryIds.every((id, i) => id === b.categoryIds[i])
  );
}
