/**
 * An assignment as one browser keeps it (issue 15): the assignment, and this reader's part in it —
 * the teacher who made it, or a student who opened its hand-out — with what that part needs to go
 * on where it stopped: the scheme it installed, the student's name or pseudonym (asked once), when
 * the student last handed in. The annotation sets that name the assignment (model/sets) hold the
 * work itself; this is the record the library lists and the assignment page opens.
 */
import type { Assignment } from './assignment.js';

/** Whose assignment it is in this browser: the teacher's (made here) or a student's (its hand-out opened here). */
export type AssignmentRole = 'teacher' | 'student';

/** One assignment in this browser. */
export interface AssignmentRecord {
  readonly assignment: Assignment;
  readonly role: AssignmentRole;
  /** The id, in this browser, of the scheme the assignment's `schemeIri` names. */
  readonly schemeId: string;
  /** The student's name or pseudonym, once entered (student role; never required to be a real name). */
  readonly student?: string;
  /** When this browser last handed the work in (ISO 8601, UTC; student role). */
  readonly handedIn?: string;
  /**
   * The student's last hand-in sent online (issue 18), the receipt the page shows: when it was sent
   * (ISO 8601, UTC; the `handedIn` of that hand-in), the URL the teacher's box gave the file, and the
   * box it went to.
   */
  readonly sentOnline?: OnlineReceipt;
  /**
   * The URLs of the hand-ins collected from the assignment's hand-in box so far (teacher role,
   * issue 18; app/assignments/collect-from-box.ts), so that collecting again reads only what is new.
   */
  readonly collectedFromBox?: readonly string[];
}

/** The receipt of a hand-in sent to the teacher's box: when, the resource created for it, and the box. */
export interface OnlineReceipt {
  readonly at: string;
  readonly url: string;
  readonly box: string;
}

/** The order the library lists assignments in: the newest first, then by id. */
export function compareAssignments(a: AssignmentRecord, b: AssignmentRecord): number {
  const [x, y] = [a.assignment, b.assignment];
  return x.created !== y.created ? (x.created < y.created ? 1 : -1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Where a student's work on an assignment stands, as the library shows it. */
export type AssignmentProgress =
  | { readonly kind: 'not-started' }
  | { readonly kind: 'in-progress' }
  | { readonly kind: 'handed-in'; readonly at: string; readonly changedSince: boolean };

/**
 * Where the work stands: not started (nothing tagged, never handed in), in progress, or handed in
 * at the last hand-in (and whether the work changed after it: `lastChange` is the student set's
 * modified time).
 */
export function assignmentProgress(record: AssignmentRecord, annotations: number, lastChange: string | undefined): AssignmentProgress {
  if (record.handedIn) return { kind: 'handed-in', at: record.handedIn, changedSince: lastChange !== undefined && lastChange > record.handedIn };
  return annotations === 0 ? { kind: 'not-started' } : { kind: 'in-progress' };
}

/** What the app needs of storage for assignments; src/storage's AssignmentRepository implements it over IndexedDB. */
export interface AssignmentPersistence {
  /** Stores a record, replacing the one of the same assignment id; resolves once kept. */
  putAssignment(record: AssignmentRecord): Promise<void>;
  /** The record of this assignment id (the bare UUID), or undefined. */
  getAssignment(id: string): Promise<AssignmentRecord | undefined>;
  /** Every record, newest assignment first (compareAssignments). */
  listAssignments(): Promise<AssignmentRecord[]>;
  /** Deletes the record (its sets are the set repository's to delete); an unknown id is no error. */
  deleteAssignment(id: string): Promise<void>;
}
