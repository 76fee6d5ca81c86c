/**
 * Assignments kept in IndexedDB (the `assignments` store, since version 5, keyed by the
 * assignment's id): the teacher's own and those whose hand-out a student opened here
 * (model/assignments/assignment-record.ts).
 */
import { compareAssignments, type AssignmentPersistence, type AssignmentRecord } from '../model/assignments/assignment-record.js';
import { writeAll, type CloseReaderDatabase } from './database.js';

/** Reads and writes assignment records; every write resolves once its transaction has committed. */
export class AssignmentRepository implements AssignmentPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  async putAssignment(record: AssignmentRecord): Promise<void> {
    await writeAll(this.db, 'assignments', [(store) => store.put(record)]);
  }

  async getAssignment(id: string): Promise<AssignmentRecord | undefined> {
    return this.db.get('assignments', id);
  }

  async listAssignments(): Promise<AssignmentRecord[]> {
    const records = await this.db.getAll('assignments');
    return records.sort(compareAssignments);
  }

  async deleteAssignment(id: string): Promise<void> {
    await writeAll(this.db, 'assignments', [(store) => store.delete(id)]);
  }
}
