/**
 * Assignments kept in memory, for a browser that stores nothing (a private window without
 * IndexedDB) and for tests: the same contract as src/storage's AssignmentRepository.
 */
import { compareAssignments, type AssignmentPersistence, type AssignmentRecord } from '../../model/assignments/assignment-record.js';

/** See the module comment. */
export class MemoryAssignmentPersistence implements AssignmentPersistence {
  private readonly records = new Map<string, AssignmentRecord>();

  putAssignment(record: AssignmentRecord): Promise<void> {
    this.records.set(record.assignment.id, record);
    return Promise.resolve();
  }

  getAssignment(id: string): Promise<AssignmentRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }

  listAssignments(): Promise<AssignmentRecord[]> {
    return Promise.resolve([...this.records.values()].sort(compareAssignments));
  }

  deleteAssignment(id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }
}
