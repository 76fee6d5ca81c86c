/**
 * The operations that turn the reader's set (as read before a sync) into the merged one
 * (set-merge.ts), as field-level writes (model/annotations/annotation-write.ts), so that what the
 * reader or another tab writes while the sync runs is merged into, never overwritten: an annotation
 * new here is brought in by id (`restore`, never `tag`, which would join another annotation on the
 * same range and lose the id both browsers share), one gone is deleted, one changed gets its
 * categories added and removed (added first, so a change never removes the last), its note and its
 * range set; relations are made and removed by id, after the annotations they link.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { AnnotationOp } from '../annotations/annotation-write.js';
import type { SetContent } from './set-merge.js';

/** The operations that turn `from` into `to` (see the module comment); empty when they hold the same. */
export function opsToReach(from: SetContent, to: SetContent): AnnotationOp[] {
  const before = new Map(from.annotations.map((annotation) => [annotation.id, annotation]));
  const after = new Map(to.annotations.map((annotation) => [annotation.id, annotation]));
  const ops: AnnotationOp[] = [];
  for (const [id, was] of before) if (!after.has(id)) ops.push({ kind: 'delete', id: was.id });
  for (const [id, next] of after) {
    const was = before.get(id);
    if (!was) ops.push({ kind: 'restore', annotation: next });
    else ops.push(...fieldOps(was, next));
  }
  const relationsBefore = new Set(from.relations.map((relation) => relation.id));
  const relationsAfter = new Set(to.relations.map((relation) => relation.id));
  for (const relation of from.relations) if (!relationsAfter.has(relation.id)) ops.push({ kind: 'unrelate', id: relation.id });
  for (const relation of to.relations) if (!relationsBefore.has(relation.id)) ops.push({ kind: 'relate', relation });
  return ops;
}

/** The operations that give `was` the categories, note and range of `next`. */
function fieldOps(was: Annotation, next: Annotation): AnnotationOp[] {
  const ops: AnnotationOp[] = [];
  for (const categoryId of next.categoryIds) if (!was.categoryIds.includes(categoryId)) ops.push({ kind: 'add-category', id: was.id, categoryId });
  for (const categoryId of was.categoryIds) {
    if (!next.categoryIds.includes(categoryId)) ops.push({ kind: 'remove-category', id: was.id, categoryId, whenLast: 'keep' });
  }
  const note = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
  if (note(was.note) !== note(next.note)) ops.push({ kind: 'set-note', id: was.id, ...(note(next.note) === undefined ? {} : { note: next.note }) });
  const { start, end, exact, prefix, suffix } = next;
  if (was.start !== start || was.end !== end || was.exact !== exact || was.prefix !== prefix || was.suffix !== suffix) {
    ops.push({ kind: 'set-range', id: was.id, range: { start, end, exact, prefix, suffix } });
  }
  return ops;
}
