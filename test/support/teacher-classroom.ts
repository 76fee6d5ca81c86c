/**
 * A teacher's browser for the tests of receiving and collecting hand-ins: real IndexedDB stores,
 * the shipped articles, and an assignment of the teacher's on article {@link HAND_IN_DOC}.
 */
import { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../src/app/assignments/classroom.js';
import type { ReceiveHandInDeps } from '../../src/app/assignments/receive-hand-in.js';
import { textDigest } from '../../src/app/library/text-digest.js';
import { CategoryStore } from '../../src/app/schemes/category-store.js';
import type { Assignment } from '../../src/model/assignments/assignment.js';
import { canonicalText } from '../../src/model/documents/article.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { loadShippedArticles } from './articles.js';
import { makeAssignment } from './assignments.js';

/** The article the teacher's assignment is on, and its IRI. */
export const HAND_IN_DOC = 'kelly-keine-massenabschiebungen';
export const HAND_IN_IRI = `tag:close-reader.app,2026:documents/${HAND_IN_DOC}`;

/** The teacher's stores over `db`, the article's text, and the assignment (stored, role teacher). */
export async function teacherClassroom(db: CloseReaderDatabase): Promise<{ deps: ReceiveHandInDeps; text: string; assignment: Assignment }> {
  const articles = await loadShippedArticles();
  const text = canonicalText((await articles.loadBody(HAND_IN_DOC)).blocks);
  const classroom: Classroom = { assignments: new AssignmentRepository(db), sets: new AnnotationSetRepository(db) };
  const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
  const deps = { classroom, articles, annotations, categories: await CategoryStore.load(new CategoryRepository(db)) };
  const assignment = makeAssignment({ document: { id: HAND_IN_DOC, iri: HAND_IN_IRI, digest: await textDigest(text), title: 'Kelly' } });
  await classroom.assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
  return { deps, text, assignment };
}
