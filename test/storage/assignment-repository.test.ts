/**
 * Assignments in IndexedDB (src/storage/assignment-repository.ts), in a real browser database: the
 * teacher's and the student's records, kept across a reopen, listed newest first, replaced by id;
 * and where a student's work stands (model/assignments/assignment-record.ts).
 */
import { expect } from '@open-wc/testing';
import { assignmentProgress, type AssignmentRecord } from '../../src/model/assignments/assignment-record.js';
import { AssignmentRepository } from '../../src/storage/assignment-repository.js';
import { makeAssignment } from '../support/assignments.js';
import { TestDatabases } from '../support/test-database.js';

const older: AssignmentRecord = {
  assignment: makeAssignment({ id: '00000000-0000-4000-8000-00000000000a', title: 'Zitate finden', created: '2026-03-01T08:00:00.000Z' }),
  role: 'teacher',
  schemeId: 'default',
};
const newer: AssignmentRecord = {
  assignment: makeAssignment({ id: '00000000-0000-4000-8000-00000000000b', title: 'Akteure', created: '2026-03-05T08:00:00.000Z' }),
  role: 'student',
  schemeId: 'klasse-9b',
  student: 'Kim',
};

describe('assignments in IndexedDB', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('keeps each record by its assignment id across a reopen, lists the newest first, and replaces and deletes by id', async () => {
    const name = databases.name();
    const first = await databases.open(name);
    await new AssignmentRepository(first).putAssignment(older);
    await new AssignmentRepository(first).putAssignment(newer);
    first.close();

    const repository = new AssignmentRepository(await databases.open(name));
    expect(await repository.listAssignments()).to.deep.equal([newer, older]);
    expect(await repository.getAssignment(older.assignment.id)).to.deep.equal(older);
    const handedIn = { ...newer, handedIn: '2026-03-06T10:00:00.000Z' };
    await repository.putAssignment(handedIn);
    expect(await repository.listAssignments()).to.deep.equal([handedIn, older]);
    await repository.deleteAssignment(older.assignment.id);
    await repository.deleteAssignment('00000000-0000-4000-8000-0000000000ff');
    expect(await repository.listAssignments()).to.deep.equal([handedIn]);
    expect(await repository.getAssignment(older.assignment.id)).to.equal(undefined);
  });

  it('says where a student’s work stands: not started, in progress, handed in (and changed since)', () => {
    const at = '2026-03-06T10:00:00.000Z';
    expect(assignmentProgress(newer, 0, undefined)).to.deep.equal({ kind: 'not-started' });
    expect(assignmentProgress(newer, 3, '2026-03-06T09:00:00.000Z')).to.deep.equal({ kind: 'in-progress' });
    expect(assignmentProgress({ ...newer, handedIn: at }, 3, '2026-03-06T09:59:59.000Z')).to.deep.equal({ kind: 'handed-in', at, changedSince: false });
    expect(assignmentProgress({ ...newer, handedIn: at }, 4, '2026-03-06T10:05:00.000Z')).to.deep.equal({ kind: 'handed-in', at, changedSince: true });
  });
});
