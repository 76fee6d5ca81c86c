/**
 * The teacher collects a class's hand-ins at once (issue 16): a ZIP shaped as Moodle's "download all
 * submissions" (one folder per student) or several files; each hand-in file is received on its own,
 * a hand-in of another assignment is listed and not stored, a broken file and a PDF are listed with
 * their reasons while the rest are stored; a ZIP with too many entries is refused, writing nothing.
 * A generated class of 200 is collected whole, and collected again over a class already loaded (the
 * class view open) without reading the whole class once per file. Real IndexedDB, ZIPs made here
 * with fflate.
 */
import { expect } from '@open-wc/testing';
import { zipSync, strToU8 } from 'fflate';
import { type CollectSource, collectHandIns, MAX_ENTRY_BYTES, MAX_ZIP_BYTES, MAX_ZIP_ENTRIES } from '../../../src/app/assignments/collect-hand-ins.js';
import type { ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { type Assignment, assignmentIri } from '../../../src/model/assignments/assignment.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { annotationOn } from '../../support/annotations.js';
import { generateClass, handInFiles, moodleZip } from '../../support/class-generator.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';

const DOC = HAND_IN_DOC;
const IRI = HAND_IN_IRI;
const OTHER_ID = '11111111-2222-4333-8444-555555555555';
const T1 = '2026-03-05T10:00:00.000Z';
const T2 = '2026-03-06T10:00:00.000Z';

describe('collecting hand-ins', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let deps: ReceiveHandInDeps;
  let text: string;
  let assignment: Assignment;

  beforeEach(async () => {
    db = await databases.open();
    ({ deps, text, assignment } = await teacherClassroom(db));
  });

  afterEach(async () => {
    deps.annotations.close();
    await databases.cleanUp();
  });

  /** A hand-in file's text: `student`'s annotations on `quotes`, handed in at `handedIn`. */
  async function handIn(student: string, handedIn: string, quotes: readonly string[], of = assignment): Promise<string> {
    const annotations: Annotation[] = quotes.map((quote, i) =>
      annotationOn(text, quote, { id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, setId: studentSetId(of.id), documentId: DOC, categoryIds: ['actor'] }),
    );
    return JSON.stringify(toHandIn({ assignment: of, document: { iri: IRI, digest: await textDigest(text), text }, student, annotations, categories: SCHEME_CATEGORIES, handedIn }));
  }

  function zipFile(name: string, entries: Record<string, string>): CollectSource {
    const bytes = zipSync(Object.fromEntries(Object.entries(entries).map(([path, content]) => [path, strToU8(content)])));
    return { name, size: bytes.length, read: () => Promise.resolve(bytes) };
  }

  /** Each file's name and outcome, in a line: kind, student, annotations, replaced or reason. */
  function outcomes(collected: Awaited<ReturnType<typeof collectHandIns>>): string[][] {
    return collected.map(({ name, outcome }) => {
      switch (outcome.kind) {
        case 'stored':
        case 'not-newer':
          return [name, outcome.kind, outcome.received.student, String(outcome.received.annotations), outcome.received.outcome.kind === 'saved' ? (outcome.received.outcome.replaced ?? '') : outcome.received.outcome.kind];
        case 'other-assignment':
          return [name, outcome.kind, outcome.student, outcome.assignmentTitle];
        case 'broken':
          return [name, outcome.kind, ...outcome.problems.map((p) => p.code)];
        default:
          return [name, outcome.kind, outcome.reason];
      }
    });
  }

  async function receivedSets(): Promise<[string, string, number][]> {
    const sets = await deps.classroom.sets.listSetsByAssignment(assignmentIri(assignment.id));
    const rows = await Promise.all(sets.map(async (set) => [set.author ?? '', set.modified, (await db.getAllFromIndex('annotations', 'bySet', set.id)).length] as [string, string, number]));
    return rows.sort((a, b) => a[0].localeCompare(b[0]));
  }

  it("stores a Moodle ZIP's hand-ins of the assignment and lists another assignment's, a broken file and a PDF with their reasons", async () => {
    const other = makeAssignment({ id: OTHER_ID, title: 'Zitate finden', document: assignment.document });
    const zip = zipFile('abgaben.zip', {
      'Kim Müller_12345_assignsubmission_file_/Zitate_Kim_2026-03-06.jsonld': await handIn('Kim Müller', T1, ['John Kelly', 'Massenabschiebungen']),
      'Ada Berg_12346_assignsubmission_file_/ada.json': await handIn('Ada Berg', T1, ['US-Heimatschutzminister']),
      'Ben Ott_12347_assignsubmission_file_/abgabe/ben.jsonld': await handIn('Ben Ott', T2, ['John Kelly', 'US-Heimatschutzminister', 'Massenabschiebungen']),
      'Cem Aydin_12348_assignsubmission_file_/cem.jsonld': await handIn('Cem Aydin', T1, ['John Kelly'], other),
      'Dana Roth_12349_assignsubmission_file_/dana.jsonld': (await handIn('Dana Roth', T1, ['John Kelly'])).slice(0, 200),
      'Eva Sand_12350_assignsubmission_file_/Notizen.pdf': '%PDF-1.4',
    });
    const progress: [number, number][] = [];
    const collected = await collectHandIns([zip], assignment.id, deps, (done, total) => progress.push([done, total]));
    expect(outcomes(collected)).to.deep.equal([
      ['abgaben.zip/Kim Müller_12345_assignsubmission_file_/Zitate_Kim_2026-03-06.jsonld', 'stored', 'Kim Müller', '2', ''],
      ['abgaben.zip/Ada Berg_12346_assignsubmission_file_/ada.json', 'stored', 'Ada Berg', '1', ''],
      ['abgaben.zip/Ben Ott_12347_assignsubmission_file_/abgabe/ben.jsonld', 'stored', 'Ben Ott', '3', ''],
      ['abgaben.zip/Cem Aydin_12348_assignsubmission_file_/cem.jsonld', 'other-assignment', 'Cem Aydin', 'Zitate finden'],
      ['abgaben.zip/Dana Roth_12349_assignsubmission_file_/dana.jsonld', 'broken', 'not-json'],
      ['abgaben.zip/Eva Sand_12350_assignsubmission_file_/Notizen.pdf', 'skipped', 'not-a-hand-in-file'],
    ]);
    expect(progress).to.deep.equal([[0, 5], [1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(await receivedSets()).to.deep.equal([['Ada Berg', T1, 1], ['Ben Ott', T2, 3], ['Kim Müller', T1, 2]]);
    expect(await deps.classroom.sets.listSetsByAssignment(assignmentIri(OTHER_ID))).to.deep.equal([]);
  });

  it("a newer hand-in of the same student in the same ZIP replaces the older, and an older one after it is not stored", async () => {
    const zip = zipFile('abgaben.zip', {
      'Kim_1/erste.jsonld': await handIn('Kim', T1, ['John Kelly', 'Massenabschiebungen']),
      'Kim_1/zweite.jsonld': await handIn('Kim', T2, ['US-Heimatschutzminister']),
      'Kim_1/alt.jsonld': await handIn('Kim', T1, ['John Kelly']),
    });
    expect(outcomes(await collectHandIns([zip], assignment.id, deps))).to.deep.equal([
      ['abgaben.zip/Kim_1/erste.jsonld', 'stored', 'Kim', '2', ''],
      ['abgaben.zip/Kim_1/zweite.jsonld', 'stored', 'Kim', '1', T1],
      ['abgaben.zip/Kim_1/alt.jsonld', 'not-newer', 'Kim', '1', 'older'],
    ]);
    expect(await receivedSets()).to.deep.equal([['Kim', T2, 1]]);
  });

  it('receives several loose files, each on its own', async () => {
    const file = async (name: string, content: string): Promise<CollectSource> => ({ name, size: content.length, read: () => Promise.resolve(content) });
    const collected = await collectHandIns([await file('ada.jsonld', await handIn('Ada', T1, ['John Kelly'])), await file('kaputt.json', '{'), await file('kim.json', await handIn('Kim', T2, ['John Kelly']))], assignment.id, deps);
    expect(outcomes(collected)).to.deep.equal([
      ['ada.jsonld', 'stored', 'Ada', '1', ''],
      ['kaputt.json', 'broken', 'not-json'],
      ['kim.json', 'stored', 'Kim', '1', ''],
    ]);
    expect(await receivedSets()).to.deep.equal([['Ada', T1, 1], ['Kim', T2, 1]]);
  });

  it('skips a ZIP entry declared over 50 MB without opening it, and stores the rest', async () => {
    const bytes = zipSync({ 'Kim_1/kim.jsonld': strToU8(await handIn('Kim', T1, ['John Kelly'])), 'Ada_2/ada.jsonld': new Uint8Array(MAX_ENTRY_BYTES + 1) }, { level: 1 });
    const collected = await collectHandIns([{ name: 'abgaben.zip', size: bytes.length, read: () => Promise.resolve(bytes) }], assignment.id, deps);
    expect(outcomes(collected)).to.deep.equal([
      ['abgaben.zip/Kim_1/kim.jsonld', 'stored', 'Kim', '1', ''],
      ['abgaben.zip/Ada_2/ada.jsonld', 'skipped', 'entry-too-large'],
    ]);
    expect(await receivedSets()).to.deep.equal([['Kim', T1, 1]]);
  });

  it(`refuses a ZIP of more than ${MAX_ZIP_ENTRIES} entries, one that is no ZIP and one over 200 MB, writing nothing`, async () => {
    const hand = await handIn('Kim', T1, ['John Kelly']);
    const many = zipFile('viele.zip', Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`s${i}/kim.jsonld`, hand])));
    const notZip: CollectSource = { name: 'kaputt.zip', size: 9, read: () => Promise.resolve('kein zip!') };
    const huge: CollectSource = { name: 'riesig.zip', size: MAX_ZIP_BYTES + 1, read: () => Promise.reject(new Error('a ZIP over the limit is never read')) };
    const before = [await db.getAll('annotations'), await db.getAll('annotationSets')];
    expect(outcomes(await collectHandIns([many, notZip, huge], assignment.id, deps))).to.deep.equal([
      ['viele.zip', 'zip-refused', 'too-many-entries'],
      ['kaputt.zip', 'zip-refused', 'unreadable'],
      ['riesig.zip', 'zip-refused', 'too-large'],
    ]);
    expect([await db.getAll('annotations'), await db.getAll('annotationSets')]).to.deep.equal(before);
  });

  it('a newer hand-in without annotations empties the student’s set, also the copy the class view has loaded', async () => {
    await collectHandIns([zipFile('abgaben.zip', { 'Kim_1/kim.jsonld': await handIn('Kim', T1, ['John Kelly', 'Massenabschiebungen']) })], assignment.id, deps);
    const setId = receivedSetId(assignment.id, 'Kim');
    expect((await deps.annotations.load(DOC, setId)).length).to.equal(2);
    expect(outcomes(await collectHandIns([zipFile('abgaben.zip', { 'Kim_1/leer.jsonld': await handIn('Kim', T2, []) })], assignment.id, deps))).to.deep.equal([['abgaben.zip/Kim_1/leer.jsonld', 'stored', 'Kim', '0', T1]]);
    expect(await receivedSets()).to.deep.equal([['Kim', T2, 0]]);
    expect(deps.annotations.annotations(DOC, setId)).to.deep.equal([]);
  });

  describe('a class of 200', () => {
    const STUDENTS = 200;
    const FIRST = '2026-11-23T08:00:00.000Z';
    const LATER = '2026-11-24T08:00:00.000Z';

    /** The generated class's hand-ins handed in from `firstHandedIn` on (a minute apart), zipped as Moodle does. */
    async function classZip(firstHandedIn: string, seed: number) {
      const blocks = (await deps.articles.loadBody(DOC)).blocks;
      const generated = generateClass({ blocks, documentId: DOC, assignmentId: assignment.id, categories: DEFAULT_CATEGORIES.map((c) => c.id), seed, students: STUDENTS, passagesPerCategory: 2 });
      const entries = handInFiles(generated, { assignment, document: { iri: IRI, digest: await textDigest(text), blocks }, categories: DEFAULT_CATEGORIES, firstHandedIn });
      const bytes = moodleZip(entries);
      const zip: CollectSource = { name: 'abgaben.zip', size: bytes.length, read: () => Promise.resolve(bytes) };
      return { generated, zip };
    }

    /** Per student: name, stored annotations of the received set, handed in. */
    async function storedClass(): Promise<[string, number, string][]> {
      const sets = await deps.classroom.sets.listSetsByAssignment(assignmentIri(assignment.id));
      const rows = await Promise.all(sets.map(async (set) => [set.author ?? '', (await db.getAllFromIndex('annotations', 'bySet', set.id)).length, set.modified] as [string, number, string]));
      return rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    }

    it('collects a ZIP of 200 hand-ins: 200 received sets, each with the student’s annotations; 200 newer ones over the class loaded (the class view open) read each set again once', async function () {
      this.timeout(40_000);
      const { generated, zip } = await classZip(FIRST, 1604);
      const progress: number[] = [];
      const collected = await collectHandIns([zip], assignment.id, deps, (done) => progress.push(done));

      expect(collected.map(({ outcome }) => (outcome.kind === 'stored' ? [outcome.received.student, outcome.received.annotations, outcome.received.unplaced, outcome.received.placedAnew] : outcome.kind))).to.deep.equal(
        generated.students.map((student) => [student.name, student.annotations.length, 0, 0]),
      );
      expect(progress).to.deep.equal(Array.from({ length: STUDENTS + 1 }, (_, i) => i));
      const handedIn = (i: number) => new Date(Date.parse(FIRST) + i * 60_000).toISOString();
      const expected = generated.students.map((student, i): [string, number, string] => [student.name, student.annotations.length, handedIn(i)]);
      expect(await storedClass()).to.deep.equal(expected.sort((a, b) => (a[0] < b[0] ? -1 : 1)));

      // The class view's store holds every hand-in; it counts the sets it reads from storage.
      const reads: string[] = [];
      const repository = new AnnotationRepository(db);
      const listBySet = repository.listBySet.bind(repository);
      repository.listBySet = (setId) => (reads.push(setId), listBySet(setId));
      const store = new AnnotationStore(repository, undefined, undefined);
      try {
        const setIds = generated.students.map((student) => receivedSetId(assignment.id, student.name));
        for (const setId of setIds) await store.load(DOC, setId);
        reads.length = 0;

        const later = await classZip(LATER, 2511);
        const again = await collectHandIns([later.zip], assignment.id, { ...deps, annotations: store });

        expect(again.map(({ outcome }) => (outcome.kind === 'stored' ? outcome.received.outcome : outcome.kind))).to.deep.equal(generated.students.map((_, i) => ({ kind: 'saved', replaced: handedIn(i) })));
        expect([...reads].sort()).to.deep.equal([...setIds].sort());
        expect(setIds.map((setId) => store.annotations(DOC, setId).length)).to.deep.equal(later.generated.students.map((student) => student.annotations.length));
        expect((await storedClass()).map(([name, count]) => [name, count])).to.deep.equal(later.generated.students.map((student) => [student.name, student.annotations.length]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
      } finally {
        store.close();
      }
    });
  });
});
