/**
 * The teacher receives a hand-in (issue 15): the file is stored as that student's received set of
 * the assignment, never in the teacher's own reading; a newer hand-in replaces the older, an older
 * one is not stored; a hand-in of an assignment this browser did not make, or a broken file, is
 * refused and writes nothing; a changed text places the passages anew and counts them. Real
 * IndexedDB, the use case without any component.
 */
import { expect } from '@open-wc/testing';
import { receiveHandIn, type ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { type Assignment } from '../../../src/model/assignments/assignment.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { mineSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { annotationOn, quotedRange } from '../../support/annotations.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';

const DOC = HAND_IN_DOC;
const IRI = HAND_IN_IRI;
const SET = `received:${makeAssignment().id}:kim`;
const T1 = '2026-03-05T10:00:00.000Z';
const T2 = '2026-03-06T10:00:00.000Z';

describe('receiving a hand-in', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let deps: ReceiveHandInDeps;
  let text: string;
  let assignment: Assignment;

  beforeEach(async () => {
    db = await databases.open();
    ({ deps, text, assignment } = await teacherClassroom(db));
    await deps.annotations.tag(DOC, quotedRange(text, 'John Kelly'), 'policy');
  });

  afterEach(async () => {
    deps.annotations.close();
    await databases.cleanUp();
  });

  /** Kim's hand-in at `handedIn` of annotations on `quotes` of `studentText` (the article's text by default). */
  async function handIn(handedIn: string, quotes: readonly string[], studentText = text, student = 'Kim'): Promise<{ text: string; name: string; size: number }> {
    const annotations: Annotation[] = quotes.map((quote, i) =>
      annotationOn(studentText, quote, { id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, setId: studentSetId(assignment.id), documentId: DOC, categoryIds: [i % 2 ? 'quote' : 'actor'], ...(i === 0 ? { note: 'Wer?' } : {}) }),
    );
    const file = toHandIn({ assignment, document: { iri: IRI, digest: await textDigest(studentText), text: studentText }, student, annotations, categories: SCHEME_CATEGORIES, handedIn });
    const json = JSON.stringify(file);
    return { text: json, name: 'akteure_kim.jsonld', size: json.length };
  }

  async function stored(setId = SET): Promise<[string, number, string[], string][]> {
    const rows = await db.getAllFromIndex('annotations', 'bySet', setId);
    return rows.map((a) => [a.exact, a.start, a.categoryIds, a.note ?? ''] as [string, number, string[], string]).sort((a, b) => a[1] - b[1]);
  }

  it("stores the hand-in as the student's received set of the assignment, with categories and notes, and leaves the teacher's own reading as it was", async () => {
    const mineBefore = await db.getAllFromIndex('annotations', 'bySet', mineSetId(DOC));
    const result = await receiveHandIn(await handIn(T1, ['US-Heimatschutzminister', 'Massenabschiebungen']), deps);
    expect(result.ok && result.value).to.deep.equal({
      outcome: { kind: 'saved' }, assignmentId: assignment.id, assignmentTitle: 'Akteure finden', student: 'Kim', handedIn: T1,
      setId: SET, documentId: DOC, annotations: 2, placedAnew: 0, unplaced: 0, skipped: 0, textDiffers: false,
    });
    expect(await deps.classroom.sets.getSet(SET)).to.deep.equal({ id: SET, kind: 'received', documentId: DOC, assignmentId: `urn:uuid:${assignment.id}`, author: 'Kim', modified: T1 });
    expect(await stored()).to.deep.equal([
      ['US-Heimatschutzminister', text.indexOf('US-Heimatschutzminister'), ['actor'], 'Wer?'],
      ['Massenabschiebungen', text.indexOf('Massenabschiebungen'), ['quote'], ''],
    ]);
    expect(await db.getAllFromIndex('annotations', 'bySet', mineSetId(DOC))).to.deep.equal(mineBefore);
    expect((await deps.annotations.counts()).get(DOC)?.get('*')).to.equal(1);
    expect((await deps.classroom.sets.listSetsByAssignment(`urn:uuid:${assignment.id}`)).map((set) => set.id)).to.deep.equal([SET]);
  });

  it('a newer hand-in of the same student replaces the older; an older one, or the same again, is not stored', async () => {
    await receiveHandIn(await handIn(T1, ['US-Heimatschutzminister', 'Massenabschiebungen']), deps);
    const newer = await receiveHandIn(await handIn(T2, ['John Kelly']), deps);
    expect(newer.ok && newer.value.outcome).to.deep.equal({ kind: 'saved', replaced: T1 });
    expect(await stored()).to.deep.equal([['John Kelly', text.indexOf('John Kelly'), ['actor'], 'Wer?']]);
    expect((await deps.classroom.sets.getSet(SET))?.modified).to.equal(T2);

    const older = await receiveHandIn(await handIn(T1, ['US-Heimatschutzminister', 'Massenabschiebungen'], text, ' kim '), deps);
    expect(older.ok && older.value.outcome).to.deep.equal({ kind: 'older', kept: T2 });
    const same = await receiveHandIn(await handIn(T2, ['John Kelly']), deps);
    expect(same.ok && same.value.outcome).to.deep.equal({ kind: 'same' });
    expect(await stored()).to.deep.equal([['John Kelly', text.indexOf('John Kelly'), ['actor'], 'Wer?']]);
    expect((await deps.classroom.sets.getSet(SET))?.modified).to.equal(T2);
  });

  it('places the passages on the text here when the student had another, and counts those placed anew and those found nowhere', async () => {
    const studentText = `Vorwort der Redaktion. ${text}`;
    const result = await receiveHandIn(await handIn(T1, ['US-Heimatschutzminister', 'Vorwort der Redaktion', 'Massenabschiebungen'], studentText), deps);
    expect(result.ok && [result.value.annotations, result.value.placedAnew, result.value.unplaced, result.value.textDiffers]).to.deep.equal([3, 2, 1, true]);
    expect(await stored()).to.deep.equal([
      ['Vorwort der Redaktion', -1, ['quote'], ''],
      ['US-Heimatschutzminister', text.indexOf('US-Heimatschutzminister'), ['actor'], 'Wer?'],
      ['Massenabschiebungen', text.indexOf('Massenabschiebungen'), ['actor'], ''],
    ]);
  });

  for (const [name, role] of [['an assignment this browser does not have', undefined], ['an assignment whose hand-out was opened here (a student)', 'student']] as const) {
    it(`refuses a hand-in of ${name} and writes nothing`, async () => {
      await deps.classroom.assignments.deleteAssignment(assignment.id);
      if (role) await deps.classroom.assignments.putAssignment({ assignment, role, schemeId: 'default', student: 'Kim' });
      const before = await db.getAll('annotations');
      const result = await receiveHandIn(await handIn(T1, ['John Kelly']), deps);
      expect(!result.ok && result.problems.map((p) => [p.code, p.params])).to.deep.equal([
        ['hand-in-unknown-assignment', { file: 'akteure_kim.jsonld', title: 'Akteure finden', student: 'Kim' }],
      ]);
      expect(await db.getAll('annotations')).to.deep.equal(before);
      expect((await db.getAll('annotationSets')).map((set) => set.kind)).to.deep.equal(['mine']);
    });
  }

  it('refuses a truncated file and one of over 50 MB, writing nothing', async () => {
    const file = await handIn(T1, ['John Kelly']);
    const before = await db.getAll('annotations');
    const truncated = await receiveHandIn({ ...file, text: file.text.slice(0, file.text.length / 2) }, deps);
    expect(!truncated.ok && truncated.problems.map((p) => p.code)).to.deep.equal(['not-json']);
    const huge = await receiveHandIn({ ...file, size: 51 * 1024 * 1024 }, deps);
    expect(!huge.ok && huge.problems.map((p) => p.code)).to.deep.equal(['too-large']);
    expect(await db.getAll('annotations')).to.deep.equal(before);
    expect(await deps.classroom.sets.getSet(SET)).to.equal(undefined);
  });
});
