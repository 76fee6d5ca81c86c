/**
 * The library's assignments (<cr-assignment-list>): none shown when there are none; otherwise each
 * assignment's title linking to its page, its article, and the reader's part — "Your assignment"
 * for the teacher, where the work stands for a student (not started, in progress, handed in at …,
 * changed since) — in English and German. Real IndexedDB.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { assignmentIri } from '../../../src/model/assignments/assignment.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import '../../../src/ui/library/assignment-list.js';
import type { CrAssignmentList } from '../../../src/ui/library/assignment-list.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { quotedRange } from '../../support/annotations.js';
import { makeAssignment } from '../../support/assignments.js';
import type { ClassroomComponentsHost } from '../../support/classroom-host.js';
import '../../support/classroom-host.js';
import { TestDatabases } from '../../support/test-database.js';

const TEACHER = makeAssignment({ id: '00000000-0000-4000-8000-00000000000a', title: 'Akteure finden', created: '2026-03-01T08:00:00.000Z' });
const STUDENT = makeAssignment({ id: '00000000-0000-4000-8000-00000000000b', title: 'Zahlen prüfen', created: '2026-03-02T08:00:00.000Z' });
const SET = studentSetId(STUDENT.id);
const TEXT = 'Die Bürgermeisterin sagte: „Wir helfen.“';

describe("the library's assignments", () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let classroom: Classroom;
  let annotations: AnnotationStore;

  beforeEach(async () => {
    db = await databases.open();
    classroom = { assignments: new AssignmentRepository(db), sets: new AnnotationSetRepository(db) };
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
  });

  afterEach(async () => {
    await applyLocale('en');
    annotations.close();
    await databases.cleanUp();
  });

  async function shown(): Promise<CrAssignmentList> {
    const host = await fixture<ClassroomComponentsHost>(
      html`<test-classroom-components .classroom=${classroom} .annotations=${annotations} .content=${html`<cr-assignment-list></cr-assignment-list>`}></test-classroom-components>`,
    );
    const list = host.shadowRoot!.querySelector('cr-assignment-list')!;
    await list.refresh();
    await list.updateComplete;
    return list;
  }

  function entries(list: CrAssignmentList): string[][] {
    return [...list.querySelectorAll('li')].map((item) => [item.querySelector('a')!.getAttribute('href')!, ...[...item.querySelectorAll('a, .meta span')].map((part) => part.textContent!.trim())]);
  }

  it('shows nothing when this browser has no assignments', async () => {
    const list = await shown();
    expect(list.innerHTML.replace(/<!--[^]*?-->/g, '').trim()).to.equal('');
  });

  it("names the teacher's assignment as theirs and a student's by where the work stands, newest first", async () => {
    await classroom.assignments.putAssignment({ assignment: TEACHER, role: 'teacher', schemeId: 'default' });
    await classroom.assignments.putAssignment({ assignment: STUDENT, role: 'student', schemeId: 'default', student: 'Kim' });
    await classroom.sets.putSet({ id: SET, kind: 'student', documentId: '001', assignmentId: assignmentIri(STUDENT.id), author: 'Kim', modified: '2026-03-02T09:00:00.000Z' });
    const list = await shown();
    expect(list.querySelector('h2')!.textContent).to.equal('Assignments');
    expect(entries(list)).to.deep.equal([
      [`#/assignment/${STUDENT.id}`, 'Zahlen prüfen', 'Zweierlei Solidarität', 'Not started'],
      [`#/assignment/${TEACHER.id}`, 'Akteure finden', 'Zweierlei Solidarität', 'Your assignment'],
    ]);

    await annotations.tag('001', quotedRange(TEXT, 'Bürgermeisterin'), 'actor', undefined, SET);
    await waitUntil(() => entries(list)[0]![3] === 'In progress', 'a tag puts the work in progress');

    const at = '2026-03-03T10:00:00.000Z';
    await classroom.assignments.putAssignment({ assignment: STUDENT, role: 'student', schemeId: 'default', student: 'Kim', handedIn: at });
    await classroom.sets.putSet({ id: SET, kind: 'student', documentId: '001', assignmentId: assignmentIri(STUDENT.id), author: 'Kim', modified: at });
    await list.refresh();
    await list.updateComplete;
    expect(entries(list)[0]![3]).to.equal(`Handed in at ${formatDateTime(at)}`);

    await applyLocale('de');
    await list.updateComplete;
    expect(list.querySelector('h2')!.textContent).to.equal('Aufgaben');
    expect(entries(list).map((entry) => entry[3])).to.deep.equal([`Abgegeben am ${formatDateTime(at)}`, 'Ihre Aufgabe']);
    await classroom.sets.putSet({ id: SET, kind: 'student', documentId: '001', assignmentId: assignmentIri(STUDENT.id), author: 'Kim', modified: '2026-03-04T10:00:00.000Z' });
    await list.refresh();
    await list.updateComplete;
    expect(entries(list)[0]![3]).to.equal(`Abgegeben am ${formatDateTime(at)} (seitdem geändert)`);
  });
});
