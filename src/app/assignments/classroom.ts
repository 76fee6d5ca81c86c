/**
 * What the classroom's pages (src/ui/assignments) need of storage (issue 15): the assignments of
 * this browser and the annotation sets that hold the work on them (a student's set, the model
 * answer, the hand-ins received). main.ts gives IndexedDB's repositories, or memory ones when the
 * browser stores nothing.
 */
import type { AssignmentPersistence } from '../../model/assignments/assignment-record.js';
import type { AnnotationSetPersistence } from '../../model/sets/annotation-set-persistence.js';

/** The classroom's storage. */
export interface Classroom {
  readonly assignments: AssignmentPersistence;
  readonly sets: AnnotationSetPersistence;
}
