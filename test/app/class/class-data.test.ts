/**
 * Loading a class from this browser (app/class/class-data.ts), through the real repositories on a
 * real IndexedDB: a generated class's hand-ins collected from a Moodle ZIP become the class's hand-ins
 * (received sets only, sorted by name, lettered), its figures equal the generator's truth, unplaced
 * annotations stay listed with their hand-in but count in no figure, and the model answer counts only
 * when it has annotations.
 */
import { expect } from '@open-wc/testing';
import { collectHandIns } from '../../../src/app/assignments/collect-hand-ins.js';
import type { ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import { type ClassSources, loadClass, spansOf } from '../../../src/app/class/class-data.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { compareWithModel } from '../../../src/model/agreement/model-comparison.js';
import { type Assignment, assignmentIri } from '../../../src/model/assignments/assignment.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import { pseudonymLetters } from '../../../src/model/assignments/pseudonyms.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { modelSetId, receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { makeAnnotation } from '../../support/annotations.js';
import { type GeneratedClass, generateClass, handInFiles, moodleZip } from '../../support/class-generator.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';

const CATEGORIES = DEFAULT_CATEGORIES.map((category) => category.id);

describe('loading a class', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let deps: ReceiveHandInDeps;
  let text: string;
  let assignment: Assignment;
  let record: AssignmentRecord;
  let sources: ClassSources;

  beforeEach(async () => {
    db = await databases.open();
    ({ deps, text, assignment } = await teacherClassroom(db));
    record = (await deps.classroom.assignments.getAssignment(assignment.id))!;
    sources = {
      classroom: deps.classroom,
      articles: deps.articles,
      loadSet: (documentId, setId) => deps.annotations.load(documentId, setId),
      categoriesOf: (schemeId) => deps.categories.inScheme(schemeId),
    };
  });

  afterEach(async () => {
    deps.annotations.close();
    await databases.cleanUp();
  });

  /** A class of `students` generated on the assignment's article, collected from a Moodle ZIP. */
  async function collectClass(students: number): Promise<GeneratedClass> {
    const blocks = (await deps.articles.loadBody(HAND_IN_DOC)).blocks;
    const generated = generateClass({ blocks, documentId: HAND_IN_DOC, assignmentId: assignment.id, categories: CATEGORIES, seed: 1604, students, passagesPerCategory: 4 });
    const entries = handInFiles(generated, { assignment, document: { iri: HAND_IN_IRI, digest: await textDigest(text), blocks }, categories: DEFAULT_CATEGORIES, firstHandedIn: '2026-11-23T08:00:00.000Z' });
    const zip = moodleZip(entries);
    const collected = await collectHandIns([{ name: 'abgaben.zip', size: zip.length, read: () => Promise.resolve(zip) }], assignment.id, deps);
    expect(collected.map(({ outcome }) => outcome.kind)).to.deep.equal(entries.map(() => 'stored'));
    return generated;
  }

  async function storeModel(annotations: readonly Annotation[]): Promise<void> {
    await deps.classroom.sets.putSet({ id: modelSetId(assignment.id), kind: 'model', documentId: HAND_IN_DOC, assignmentId: assignmentIri(assignment.id), modified: '2026-11-20T08:00:00.000Z' });
    await new AnnotationRepository(db).putMany(annotations);
  }

  it('lists the collected hand-ins sorted by name with their letters, and figures that match the generator’s truth', async () => {
    const generated = await collectClass(6);
    await storeModel(generated.model);
    const data = await loadClass(record, sources);

    const byName = [...generated.students].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    expect(data.handIns.map((handIn) => handIn.name)).to.deep.equal(byName.map((student) => student.name));
    expect(data.handIns.map((handIn) => handIn.set.id)).to.deep.equal(byName.map((student) => receivedSetId(assignment.id, student.name)));
    const letters = pseudonymLetters(data.handIns.map((handIn) => handIn.set.id));
    expect(data.handIns.map((handIn) => handIn.letter)).to.deep.equal(data.handIns.map((handIn) => letters.get(handIn.set.id)));
    expect(data.handIns.map((handIn) => handIn.handedIn)).to.deep.equal(
      byName.map((student) => new Date(Date.parse('2026-11-23T08:00:00.000Z') + generated.students.indexOf(student) * 60_000).toISOString()),
    );
    expect(data.handIns.map((handIn) => handIn.annotations.length)).to.deep.equal(byName.map((student) => student.annotations.length));

    expect(data.text).to.equal(text);
    expect(data.categories.map((category) => category.id)).to.deep.equal(CATEGORIES);
    expect(data.model.length).to.equal(16);
    expect(data.report.students.map((student) => student.id)).to.deep.equal(data.handIns.map((handIn) => handIn.set.id));
    for (const category of CATEGORIES) expect([...data.report.heat.get(category)!]).to.deep.equal([...generated.heat.get(category)!], category);
    const key = (span: { category: string; start: number; end: number }): string => `${span.category}@${span.start}-${span.end}`;
    for (const [index, handIn] of data.handIns.entries()) {
      const student = generated.students.find((s) => s.name === handIn.name)!;
      expect(data.report.students[index]!.withModel!.missed.map(key).sort()).to.deep.equal(student.missed.map(key).sort(), handIn.name);
    }
  });

  it('keeps unplaced annotations with their hand-in, last, but counts them in no figure', async () => {
    await collectClass(2);
    const before = await loadClass(record, sources);
    const [first] = before.handIns;
    const unplaced = makeAnnotation({ id: '0c0ffee0-0000-4000-8000-000000000001', setId: first!.set.id, documentId: HAND_IN_DOC, start: -1, end: -1, exact: 'ein Satz, den es nicht mehr gibt', categoryIds: ['actor'] });
    await new AnnotationRepository(db).put(unplaced);
    deps.annotations.close();
    ({ deps } = await teacherClassroom(db));
    const after = await loadClass(record, { ...sources, loadSet: (documentId, setId) => deps.annotations.load(documentId, setId) });

    expect(after.handIns[0]!.annotations.length).to.equal(first!.annotations.length + 1);
    expect(after.handIns[0]!.annotations.at(-1)!.id).to.equal(unplaced.id);
    expect(after.report.students[0]!.counts).to.deep.equal(before.report.students[0]!.counts);
    expect(after.report.students[0]!.total).to.equal(before.report.students[0]!.total);
    expect(after.report.heat).to.deep.equal(before.report.heat);
    expect(spansOf([unplaced])).to.deep.equal([]);
  });

  it('lists only received sets: not the model answer, not a student set, not another assignment’s hand-in; names in code-unit order of their lower case', async () => {
    const repository = new AnnotationRepository(db);
    const put = async (id: string, kind: 'received' | 'student' | 'model', author: string | undefined, assignmentId = assignment.id): Promise<void> => {
      await deps.classroom.sets.putSet({ id, kind, documentId: HAND_IN_DOC, assignmentId: assignmentIri(assignmentId), ...(author ? { author } : {}), modified: '2026-11-23T09:00:00.000Z' });
      await repository.put(makeAnnotation({ id: crypto.randomUUID(), setId: id, documentId: HAND_IN_DOC, start: 0, end: 4, exact: text.slice(0, 4), categoryIds: ['actor'] }));
    };
    for (const name of ['Özlem Kaya', 'zoe Roth', 'Ben Ott', 'ada Berg']) await put(receivedSetId(assignment.id, name), 'received', name);
    await put(studentSetId(assignment.id), 'student', 'Ich');
    await put(receivedSetId('11111111-2222-4333-8444-555555555555', 'Cem Aydin'), 'received', 'Cem Aydin', '11111111-2222-4333-8444-555555555555');
    await storeModel([]);

    const data = await loadClass(record, sources);
    expect(data.handIns.map((handIn) => handIn.name)).to.deep.equal(['ada Berg', 'Ben Ott', 'zoe Roth', 'Özlem Kaya']);
    expect(data.report.students.length).to.equal(4);
  });

  it('counts the model answer only when it has annotations', async () => {
    await collectClass(3);
    await storeModel([]);
    const empty = await loadClass(record, sources);
    expect(empty.model).to.deep.equal([]);
    expect(empty.report.students.map((student) => student.withModel)).to.deep.equal([undefined, undefined, undefined]);
    expect([...empty.report.passages.values()].flatMap((p) => p.passages).every((passage) => passage.source === 'class')).to.equal(true);

    const quote = 'Massenabschiebungen';
    const start = text.indexOf(quote);
    const model = makeAnnotation({ id: '0c0ffee0-0000-4000-8000-000000000002', setId: modelSetId(assignment.id), documentId: HAND_IN_DOC, start, end: start + quote.length, exact: quote, categoryIds: ['policy'] });
    await storeModel([model]);
    deps.annotations.close();
    ({ deps } = await teacherClassroom(db));
    const withModel = await loadClass(record, { ...sources, loadSet: (documentId, setId) => deps.annotations.load(documentId, setId) });
    expect(withModel.model.map((a) => a.id)).to.deep.equal([model.id]);
    for (const [index, handIn] of withModel.handIns.entries()) {
      expect(withModel.report.students[index]!.withModel).to.deep.equal(compareWithModel(spansOf([model]), spansOf(handIn.annotations), CATEGORIES));
    }
    expect(canonicalText((await deps.articles.loadBody(HAND_IN_DOC)).blocks)).to.equal(withModel.text);
  });
});
