/**
 * <cr-received-hand-ins>: the teacher's list of the hand-ins received for an assignment — each
 * student, when they handed in and how many annotations, newest first — or how to receive them
 * when there are none; in German and English. Real IndexedDB.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { assignmentIri } from '../../../src/model/assignments/assignment.js';
import { modelSetId, receivedSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import '../../../src/ui/assignments/received-hand-ins.js';
import type { CrReceivedHandIns } from '../../../src/ui/assignments/received-hand-ins.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';
import { makeAssignment } from '../../support/assignments.js';
import type { ClassroomComponentsHost } from '../../support/classroom-host.js';
import '../../support/classroom-host.js';
import { TestDatabases } from '../../support/test-database.js';

const assignment = makeAssignment();
const record = { assignment, role: 'teacher', schemeId: 'default' } as const;
const T1 = '2026-03-05T10:00:00.000Z';
const T2 = '2026-03-06T10:00:00.000Z';

describe('the received hand-ins', () => {
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

  async function received(student: string, at: string, count: number): Promise<void> {
    const id = receivedSetId(assignment.id, student);
    await classroom.sets.putSet({ id, kind: 'received', documentId: '001', assignmentId: assignmentIri(assignment.id), author: student, modified: at });
    await new AnnotationRepository(db).putMany(Array.from({ length: count }, (_, i) => makeAnnotation({ id: `${id}-${i}`, setId: id, documentId: '001' })));
  }

  async function shown(): Promise<CrReceivedHandIns> {
    const host = await fixture<ClassroomComponentsHost>(
      html`<test-classroom-components .classroom=${classroom} .annotations=${annotations} .content=${html`<cr-received-hand-ins .record=${record}></cr-received-hand-ins>`}></test-classroom-components>`,
    );
    const list = host.shadowRoot!.querySelector('cr-received-hand-ins')!;
    await waitUntil(() => list.rows !== undefined, 'the hand-ins were read');
    await list.updateComplete;
    return list;
  }

  function rows(list: CrReceivedHandIns): string[][] {
    return [...list.shadowRoot!.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
  }

  it('lists each student with the time and the number of annotations, newest first, and not the model answer', async () => {
    await received('Kim', T1, 2);
    await received('Ada', T2, 1);
    await classroom.sets.putSet({ id: modelSetId(assignment.id), kind: 'model', documentId: '001', assignmentId: assignmentIri(assignment.id), modified: T2 });
    const list = await shown();
    expect(rows(list)).to.deep.equal([
      ['Student', 'Handed in', 'Annotations'],
      ['Ada', formatDateTime(T2), '1 annotation'],
      ['Kim', formatDateTime(T1), '2 annotations'],
    ]);
    await applyLocale('de');
    await list.updateComplete;
    expect(rows(list)).to.deep.equal([
      ['Schüler/in', 'Abgegeben', 'Annotationen'],
      ['Ada', formatDateTime(T2), '1 Annotation'],
      ['Kim', formatDateTime(T1), '2 Annotationen'],
    ]);
    expect(formatDateTime(T2)).to.match(/^06\.03\.2026, \d\d:00$/);
  });

  it('says how to receive hand-ins when there are none', async () => {
    const list = await shown();
    expect(list.shadowRoot!.textContent!.trim()).to.equal("No hand-ins yet. Open the students' files with Import or drop them here.");
    await applyLocale('de');
    await list.updateComplete;
    expect(list.shadowRoot!.textContent!.trim()).to.equal('Noch keine Abgaben. Öffnen Sie die Dateien der Schülerinnen und Schüler mit „Importieren“ oder ziehen Sie sie hierher.');
  });
});
