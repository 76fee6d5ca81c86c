/**
 * Deleting a category that annotations use (src/app/schemes/category-deletion.ts), over real
 * IndexedDB: one transaction for the category and its annotations, the annotation store as the one
 * writer of annotations (its loaded articles and its undo stay true), nothing changed on a refusal.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore, type AnnotationsChanged } from '../../../src/app/annotations/annotation-store.js';
import { deleteCategoryAndAnnotations, planDeletion } from '../../../src/app/schemes/category-deletion.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';

const TEXT = 'Bürgermeister Ed Lee sagte: "Wir sind und bleiben eine Sanctuary City." Der Stadtrat stimmte zu.';

describe('deleting a category with its annotations', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let annotations: AnnotationStore;
  let categories: CategoryStore;

  beforeEach(async () => {
    db = await databases.open();
    let n = 0;
    annotations = new AnnotationStore(new AnnotationRepository(db), { now: () => '2026-11-30T12:00:00.000Z', newId: () => `id-${++n}` }, undefined);
    categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    await annotations.tag('doc-a', quotedRange(TEXT, 'Ed Lee'), 'actor');
    await annotations.tag('doc-a', quotedRange(TEXT, 'Sanctuary City'), 'policy');
    await annotations.tag('doc-a', quotedRange(TEXT, 'Sanctuary City'), 'quote');
    await annotations.tag('doc-b', quotedRange(TEXT, 'Stadtrat'), 'actor');
  });

  afterEach(async () => {
    annotations.close();
    await databases.cleanUp();
  });

  it('counts what it would touch before anything is written', async () => {
    const plan = await planDeletion({ annotations, categories }, categories.get('actor')!);
    expect([plan.count, plan.documents, plan.targets.map((c) => c.id)]).to.deep.equal([2, 2, ['policy', 'quote', 'statistic']]);
  });

  it('moves the annotations to another category in one step, and the open article shows it', async () => {
    const heard: AnnotationsChanged[] = [];
    annotations.subscribe((change) => heard.push(change));
    const result = await deleteCategoryAndAnnotations({ annotations, categories }, 'actor', { kind: 'move', to: 'quote' });
    expect(result.ok).to.equal(true);
    const stored = (await db.getAll('annotations')).map((a) => [a.id, a.categoryIds]);
    expect(stored).to.deep.equal([['id-1', ['quote']], ['id-2', ['policy', 'quote']], ['id-3', ['quote']]]);
    expect((await db.getAll('categories')).some((c) => c.id === 'actor')).to.equal(false);
    expect(annotations.annotations('doc-a').map((a) => a.categoryIds)).to.deep.equal([['quote'], ['policy', 'quote']]);
    expect(heard.map((change) => [change.documentId, change.removed.map((a) => a.id), change.added.map((a) => a.categoryIds)])).to.deep.equal([
      ['doc-a', ['id-1'], [['quote']]],
      ['doc-b', ['id-3'], [['quote']]],
    ]);
  });

  it('deletes annotations tagged with it alone, and undo no longer brings them back', async () => {
    expect(annotations.history.canUndo).to.equal(true);
    await deleteCategoryAndAnnotations({ annotations, categories }, 'actor', { kind: 'delete' });
    expect((await db.getAll('annotations')).map((a) => a.id)).to.deep.equal(['id-2']);
    // The steps that tagged Ed Lee and the Stadtrat are forgotten; the step about id-2 stays.
    await annotations.undo();
    expect((await db.getAll('annotations')).map((a) => [a.id, a.categoryIds])).to.deep.equal([['id-2', ['policy']]]);
    await annotations.undo();
    expect(await db.getAll('annotations')).to.deep.equal([]);
    expect(annotations.history.canUndo).to.equal(false);
  });

  it('refuses a move out of the scheme or to itself, and changes nothing', async () => {
    const before = [await db.getAll('annotations'), await db.getAll('categories')];
    const result = await deleteCategoryAndAnnotations({ annotations, categories }, 'actor', { kind: 'move', to: 'actor' });
    expect(result.ok).to.equal(false);
    expect([await db.getAll('annotations'), await db.getAll('categories')]).to.deep.equal(before);
    expect(annotations.history.canUndo).to.equal(true);
  });
});
