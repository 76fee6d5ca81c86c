/**
 * Annotation sets in real IndexedDB (issue 15, "Annotation sets"): the set records (put, get, list
 * per article and per assignment, delete with their annotations), tagging that joins an annotation
 * only within its own set, the set's modified date kept by each write, and two tabs that stay in
 * step per set.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import { mineSet, type AnnotationSet } from '../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../src/storage/annotation-set-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { ANNOTATION_TIME, makeAnnotation, quotedRange } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const DOC = 'sanctuary-cities-gegen-trump';
const LEE = quotedRange(TEXT, 'Ed Lee');
const ASSIGNMENT = 'urn:uuid:7d1f0c5e-1111-4222-8333-444455556666';
const ADA: AnnotationSet = { id: `shared:${DOC}:Ada`, kind: 'shared', documentId: DOC, author: 'Ada', modified: ANNOTATION_TIME };
const STUDENT: AnnotationSet = { id: 'student-1', kind: 'student', documentId: DOC, assignmentId: ASSIGNMENT, author: 'Ben', modified: ANNOTATION_TIME };
const MODEL: AnnotationSet = { id: 'model-1', kind: 'model', documentId: DOC, assignmentId: ASSIGNMENT, modified: ANNOTATION_TIME };

describe('annotation sets in IndexedDB', () => {
  const databases = new TestDatabases();
  const closing: { close(): void }[] = [];
  let db: CloseReaderDatabase;
  let sets: AnnotationSetRepository;
  let annotations: AnnotationRepository;

  beforeEach(async () => {
    db = await databases.open();
    sets = new AnnotationSetRepository(db);
    annotations = new AnnotationRepository(db);
  });

  afterEach(async () => {
    for (const store of closing.splice(0)) store.close();
    await databases.cleanUp();
  });

  it('keeps sets, lists them per article (own reading first) and per assignment, and deletes one with its annotations only', async () => {
    for (const set of [STUDENT, ADA, mineSet(DOC, ANNOTATION_TIME), MODEL, mineSet('other', ANNOTATION_TIME)]) await sets.putSet(set);
    await annotations.putMany([
      makeAnnotation({ id: '1', documentId: DOC }),
      makeAnnotation({ id: '2', documentId: DOC, setId: STUDENT.id }),
      makeAnnotation({ id: '3', documentId: DOC, setId: STUDENT.id, start: 5, end: 9 }),
      makeAnnotation({ id: '4', documentId: DOC, setId: ADA.id }),
    ]);
    expect(await sets.getSet(STUDENT.id)).to.deep.equal(STUDENT);
    expect(await sets.getSet('none')).to.equal(undefined);
    expect((await sets.listSetsByDocument(DOC)).map((set) => set.id)).to.deep.equal([`mine:${DOC}`, 'student-1', 'model-1', ADA.id]);
    expect((await sets.listSetsByAssignment(ASSIGNMENT)).map((set) => set.id)).to.deep.equal(['student-1', 'model-1']);
    expect((await annotations.listBySet(STUDENT.id)).map((a) => a.id)).to.deep.equal(['2', '3']);

    expect(await sets.deleteSet(STUDENT.id)).to.equal(2);
    expect(await sets.getSet(STUDENT.id)).to.equal(undefined);
    expect((await annotations.listAll()).map((a) => a.id)).to.deep.equal(['1', '4']);
    expect(await sets.deleteSet('none')).to.equal(0);
  });

  it('joins a tag into an annotation on the same range of its own set only, never of another set', async () => {
    await sets.putSet(ADA);
    await annotations.put(makeAnnotation({ id: 'ada-lee', documentId: DOC, setId: ADA.id, ...LEE, categoryIds: ['actor'] }));
    const at = '2026-11-30T10:00:00.000Z';
    const tag = (id: string, setId: string, categoryId: string) =>
      annotations.apply({ ops: [{ kind: 'tag', annotation: makeAnnotation({ id, documentId: DOC, setId, ...LEE, categoryIds: [categoryId] }) }], at });

    await tag('mine-lee', `mine:${DOC}`, 'quote');
    await tag('mine-lee-2', `mine:${DOC}`, 'policy');
    await tag('ada-lee-2', ADA.id, 'statistic');

    const byId = Object.fromEntries((await annotations.listByDocument(DOC)).map((a) => [a.id, [a.setId, ...a.categoryIds]]));
    expect(byId).to.deep.equal({
      'ada-lee': [ADA.id, 'actor', 'statistic'],
      'mine-lee': [`mine:${DOC}`, 'quote', 'policy'],
    });
  });

  it("gives each write's time to the sets it changed, and makes the record of the own reading on its first write", async () => {
    await sets.putSet(ADA);
    await annotations.put(makeAnnotation({ id: 'ada-lee', documentId: DOC, setId: ADA.id, ...LEE }));
    expect(await sets.getSet(`mine:${DOC}`)).to.equal(undefined);

    const at = '2026-11-30T11:00:00.000Z';
    await annotations.apply({ ops: [{ kind: 'tag', annotation: makeAnnotation({ id: 'mine-lee', documentId: DOC, ...LEE }) }], at });
    expect(await sets.getSet(`mine:${DOC}`)).to.deep.equal({ id: `mine:${DOC}`, kind: 'mine', documentId: DOC, modified: at });
    expect(await sets.getSet(ADA.id)).to.deep.equal(ADA);

    const later = '2026-11-30T12:00:00.000Z';
    await annotations.apply({ ops: [{ kind: 'set-note', id: 'ada-lee', note: 'Gut' }], at: later });
    expect(await sets.getSet(ADA.id)).to.deep.equal({ ...ADA, modified: later });
    expect((await sets.getSet(`mine:${DOC}`))?.modified).to.equal(at);
  });

  it('keeps two tabs in step per set: a tag in the student set of one tab reaches that set in the other tab and leaves the own reading as it was', async () => {
    await sets.putSet(STUDENT);
    const second = await databases.open(db.name);
    const channel = `test-${crypto.randomUUID()}`;
    const tabs = [db, second].map((connection, i) => {
      let n = 0;
      const clock = { now: () => `2026-11-30T12:00:${String(n++).padStart(2, '0')}.00${i}Z`, newId: () => `${i}-${n}` };
      const store = new AnnotationStore(new AnnotationRepository(connection), clock, channel);
      closing.push(store);
      return store;
    });
    const [tabA, tabB] = tabs as [AnnotationStore, AnnotationStore];
    await tabA.tag(DOC, LEE, 'actor');
    await Promise.all([tabA.load(DOC, STUDENT.id), tabB.load(DOC, STUDENT.id), tabB.load(DOC)]);
    const heard: string[] = [];
    tabB.subscribe((change) => heard.push(change.setId));

    const result = await tabA.tag(DOC, LEE, 'quote', 'Ben', STUDENT.id);
    expect([result.outcome, result.annotation.setId, result.annotation.categoryIds]).to.deep.equal(['created', STUDENT.id, ['quote']]);
    await waitUntil(() => tabB.annotations(DOC, STUDENT.id).length === 1, "the other tab does not show the student set's tag");
    expect(tabB.annotations(DOC, STUDENT.id).map((a) => [a.creator, a.categoryIds])).to.deep.equal([['Ben', ['quote']]]);
    expect(tabB.annotations(DOC).map((a) => a.categoryIds)).to.deep.equal([['actor']]);
    expect(heard).to.deep.equal([STUDENT.id]);
  });
});
