/**
 * The solution file's use cases (src/app/assignments/solution-file.ts) over real IndexedDB, a
 * teacher's browser and a student's: the file the teacher makes, opened by the student, is kept as
 * the assignment's 'model' set with the same passages and categories (ids of its own); opened in
 * the teacher's own browser it writes nothing and the teacher's model answer stays; a cut-off file
 * is refused and writes nothing; and the header's Import tells a solution from the other files.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { makeSolutionFile, openSolution, type OpenSolutionDeps } from '../../../src/app/assignments/solution-file.js';
import { assignmentFileKind } from '../../../src/app/import/file-import.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { modelSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { HAND_IN_DOC, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';

describe('the solution file: made by the teacher, opened by a student', () => {
  const databases = new TestDatabases();
  const stores: AnnotationStore[] = [];

  afterEach(async () => {
    for (const store of stores.splice(0)) store.close();
    await databases.cleanUp();
  });

  /** The teacher's browser with a model answer of two passages, and the solution file made of it. */
  async function teacherWithSolution() {
    const teacher = await teacherClassroom(await databases.open());
    stores.push(teacher.deps.annotations);
    const model = modelSetId(teacher.assignment.id);
    await teacher.deps.annotations.tag(HAND_IN_DOC, quotedRange(teacher.text, 'John Kelly'), 'actor', undefined, model);
    await teacher.deps.annotations.tag(HAND_IN_DOC, quotedRange(teacher.text, 'Massenabschiebungen'), 'policy', undefined, model);
    const file = await makeSolutionFile({ assignment: teacher.assignment, role: 'teacher', schemeId: 'default' }, teacher.deps, new Date('2026-03-12T10:00:00.000Z'));
    return { ...teacher, file };
  }

  /** A student's browser that opened the hand-out of `teacher`'s assignment. */
  async function student(of: Awaited<ReturnType<typeof teacherWithSolution>>): Promise<OpenSolutionDeps> {
    const db = await databases.open();
    const classroom: Classroom = { assignments: new AssignmentRepository(db), sets: new AnnotationSetRepository(db) };
    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    stores.push(annotations);
    await classroom.assignments.putAssignment({ assignment: of.assignment, role: 'student', schemeId: 'default' });
    return { classroom, articles: await loadShippedArticles(), annotations, categories: await CategoryStore.load(new CategoryRepository(db)) };
  }

  const input = (json: string, name = 'Akteure finden – Lösung.jsonld') => ({ text: json, name, size: json.length });

  it('keeps the teacher’s passages in the student’s browser as the assignment’s model answer', async () => {
    const teacher = await teacherWithSolution();
    expect([teacher.file.fileName, teacher.file.annotations, assignmentFileKind(teacher.file.json)]).to.deep.equal(['Akteure finden – Lösung.jsonld', 2, 'solution']);
    const deps = await student(teacher);
    const opened = await openSolution(input(teacher.file.json), deps);
    if (!opened.ok) throw new Error(opened.problems.map((problem) => problem.message).join('\n'));
    expect(opened.value).to.deep.equal({ kind: 'saved', assignmentId: teacher.assignment.id, title: 'Akteure finden', annotations: 2, unplaced: 0 });
    const setId = modelSetId(teacher.assignment.id);
    const kept = await deps.annotations.load(HAND_IN_DOC, setId);
    const original = await teacher.deps.annotations.load(HAND_IN_DOC, setId);
    const shape = (list: typeof kept) => list.map(({ start, end, exact, categoryIds }) => ({ start, end, exact, categoryIds })).sort((a, b) => a.start - b.start);
    expect(shape(kept)).to.deep.equal(shape(original));
    expect(kept.every((annotation) => annotation.setId === setId && !original.some((mine) => mine.id === annotation.id))).to.equal(true);
    expect(await deps.classroom.sets.getSet(setId)).to.deep.equal({ id: setId, kind: 'model', documentId: HAND_IN_DOC, assignmentId: `urn:uuid:${teacher.assignment.id}`, modified: '2026-03-12T10:00:00.000Z' });
  });

  it('in the teacher’s own browser writes nothing: the model answer stays', async () => {
    const teacher = await teacherWithSolution();
    const before = await teacher.deps.annotations.load(HAND_IN_DOC, modelSetId(teacher.assignment.id));
    const opened = await openSolution(input(teacher.file.json), teacher.deps);
    expect(opened.ok && opened.value.kind).to.equal('teacher');
    expect((await teacher.deps.annotations.listAll()).map((annotation) => annotation.id).sort()).to.deep.equal(before.map((annotation) => annotation.id).sort());
  });

  it('refuses a cut-off file and writes nothing', async () => {
    const teacher = await teacherWithSolution();
    const deps = await student(teacher);
    const opened = await openSolution(input(teacher.file.json.slice(0, 400)), deps);
    expect(opened.ok ? [] : opened.problems.map((problem) => problem.code)).to.deep.equal(['not-json']);
    expect([await deps.classroom.sets.getSet(modelSetId(teacher.assignment.id)), await deps.annotations.listAll()]).to.deep.equal([undefined, []]);
  });
});
