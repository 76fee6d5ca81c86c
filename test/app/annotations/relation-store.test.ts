/**
 * Relations kept in IndexedDB through the annotation store (issue 17): a quote linked to its
 * speaker is stored (since database version 6, the `relations` store), survives a reload, is undone and
 * redone as one step; deleting the quote removes its links in the same transaction and the same
 * undo step, and undo brings back both; a set's deletion and an import that replaces a set take
 * their relations along; another tab sees a link made here. Real IndexedDB, real BroadcastChannel.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import { AnnotationStore, type AnnotationsChanged } from '../../../src/app/annotations/annotation-store.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { DATABASE_VERSION, type CloseReaderDatabase } from '../../../src/storage/database.js';
import { annotationOn, quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';

const TEXT = 'Lee sagte: "Wir sind und bleiben eine Sanctuary City." Trump drohte mit Kürzungen.';
const DOC = '002';
const SET = mineSetId(DOC);
const QUOTE = quotedRange(TEXT, '"Wir sind und bleiben eine Sanctuary City."');
const LEE = quotedRange(TEXT, 'Lee');
const TRUMP = quotedRange(TEXT, 'Trump');

/** What a relation links, readable in an assertion. */
const shown = (relations: readonly Relation[]) => relations.map((r) => `${r.typeId}: ${r.sourceId.slice(0, 1)} → ${r.targetId.slice(0, 1)}`);

describe('relations in the annotation store, over IndexedDB', () => {
  const databases = new TestDatabases();
  const stores: AnnotationStore[] = [];
  let db: CloseReaderDatabase;
  let ids: number;

  beforeEach(async () => {
    db = await databases.open();
    ids = 0;
  });

  afterEach(async () => {
    for (const store of stores.splice(0)) store.close();
    await databases.cleanUp();
  });

  /** A store over `database` with readable ids: q… for the quote, l… for Lee, t… for Trump, r… for relations. */
  function storeOver(database: CloseReaderDatabase, channel?: string, prefix = ''): AnnotationStore {
    const store = new AnnotationStore(
      new AnnotationRepository(database),
      { now: () => '2026-12-01T10:00:00.000Z', newId: () => `${prefix}id-${++ids}` },
      channel,
    );
    stores.push(store);
    return store;
  }

  /** Tags the quote and its two actors; the store names them by their first letters' ids. */
  async function tagged(store: AnnotationStore): Promise<{ quote: string; lee: string; trump: string }> {
    const quote = (await store.tag(DOC, QUOTE, 'quote')).annotation.id;
    const lee = (await store.tag(DOC, LEE, 'actor')).annotation.id;
    const trump = (await store.tag(DOC, TRUMP, 'actor')).annotation.id;
    return { quote, lee, trump };
  }

  it('the database has, since version 6, a relations store found by set, source and target', () => {
    expect(DATABASE_VERSION).to.equal(7);
    const store = db.transaction('relations').store;
    expect([store.keyPath, [...store.indexNames].sort()]).to.deep.equal(['id', ['bySet', 'bySource', 'byTarget']]);
  });

  it('links a quote to its speaker, keeps it across a reload, and undoes and redoes it as one step', async () => {
    const store = storeOver(db);
    const { quote, lee } = await tagged(store);
    const result = await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    expect(result).to.deep.equal({
      outcome: 'created',
      relation: { id: 'id-4', setId: SET, documentId: DOC, typeId: 'said-by', sourceId: quote, targetId: lee, created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z' },
    });
    expect(store.history.peekUndo()?.label).to.equal('link');

    const reloaded = storeOver(db);
    await reloaded.load(DOC);
    expect(reloaded.relations(DOC).map((r) => [r.typeId, r.sourceId, r.targetId])).to.deep.equal([['said-by', quote, lee]]);

    await store.undo();
    expect([store.relations(DOC).length, (await db.getAll('relations')).length]).to.deep.equal([0, 0]);
    await store.redo();
    expect((await db.getAll('relations')).map((r) => r.id)).to.deep.equal(['id-4']);
  });

  it('refuses a link of an annotation to itself and a twin, writing nothing', async () => {
    const store = storeOver(db);
    const { quote, lee } = await tagged(store);
    await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    expect(await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: quote })).to.deep.equal({ outcome: 'refused', codes: ['self-link'] });
    expect(await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee })).to.deep.equal({ outcome: 'refused', codes: ['duplicate'] });
    expect((await db.getAll('relations')).length).to.equal(1);
    expect(store.history.peekUndo()?.label).to.equal('link');
  });

  it('deleting the quote removes its links in the same step; undo brings back the quote and its links', async () => {
    const store = storeOver(db);
    const { quote, lee, trump } = await tagged(store);
    await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    await store.relate(DOC, { typeId: 'responsible-for', sourceId: trump, targetId: lee });
    const changes: AnnotationsChanged[] = [];
    store.subscribe((change) => changes.push(change));

    await store.remove(DOC, quote);
    expect(shown(await db.getAll('relations'))).to.deep.equal(['responsible-for: i → i']);
    expect(store.relations(DOC).map((r) => r.sourceId)).to.deep.equal([trump]);
    expect(changes.map((c) => [c.removed.length, c.added.length, c.relations])).to.deep.equal([[1, 0, true]]);

    await store.undo();
    expect((await db.getAll('relations')).map((r) => [r.typeId, r.sourceId, r.targetId]).sort()).to.deep.equal([
      ['responsible-for', trump, lee],
      ['said-by', quote, lee],
    ]);
    expect(store.annotations(DOC).map((a) => a.id).sort()).to.deep.equal([quote, lee, trump].sort());
    expect(store.relations(DOC).length).to.equal(2);
  });

  it('a link to an annotation another tab deleted meanwhile is refused as gone', async () => {
    const here = storeOver(db);
    const there = storeOver(db);
    const { quote, lee } = await tagged(here);
    await there.load(DOC);
    await there.remove(DOC, lee);
    expect(await here.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee })).to.deep.equal({ outcome: 'refused', codes: ['annotation-gone'] });
    expect(await db.getAll('relations')).to.deep.equal([]);
  });

  it('another tab is told and shows the link', async () => {
    const channel = `test-${crypto.randomUUID()}`;
    const second = await databases.open(db.name);
    const here = storeOver(db, channel);
    const there = storeOver(second, channel, 'b-');
    const { quote, lee } = await tagged(here);
    await there.load(DOC);
    const told: AnnotationsChanged[] = [];
    there.subscribe((change) => told.push(change));
    await here.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    await waitUntil(() => there.relations(DOC).length === 1, 'the other tab did not show the link', { timeout: 3000 });
    expect(told.at(-1)?.relations).to.equal(true);
    await here.unrelate(DOC, there.relations(DOC)[0]!.id);
    await waitUntil(() => there.relations(DOC).length === 0, 'the other tab kept the removed link', { timeout: 3000 });
  });

  it('deleting a set deletes its relations; an import that replaces a set replaces its relations', async () => {
    const store = storeOver(db);
    const { quote, lee } = await tagged(store);
    await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    const repository = new AnnotationRepository(db);
    const handIn = 'hand-in:a';
    const q = annotationOn(TEXT, 'Lee sagte', { id: 'hq', setId: handIn, documentId: DOC, categoryIds: ['quote'] });
    const a = annotationOn(TEXT, 'Trump', { id: 'ha', setId: handIn, documentId: DOC, categoryIds: ['actor'] });
    const link = (id: string, targetId: string): Relation => ({ id, setId: handIn, documentId: DOC, typeId: 'said-by', sourceId: 'hq', targetId, created: 'x', modified: 'x' });
    // A relation to an annotation the import does not bring is left out.
    await repository.importAll({ categories: [], annotations: [q, a], relations: [link('h1', 'ha'), link('h2', 'nowhere')] });
    expect((await repository.listRelationsBySet(handIn)).map((r) => r.id)).to.deep.equal(['h1']);
    await repository.importAll({ categories: [], annotations: [{ ...q, id: 'hq2' }], replaceSets: [handIn] });
    expect(await repository.listRelationsBySet(handIn)).to.deep.equal([]);

    await new AnnotationSetRepository(db).deleteSet(SET);
    expect(await db.getAll('relations')).to.deep.equal([]);
  });

  it('an import does not store a twin of a stored link (same type and ends, another id)', async () => {
    const store = storeOver(db);
    const { quote, lee } = await tagged(store);
    await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    const twin: Relation = { id: 'twin', setId: SET, documentId: DOC, typeId: 'said-by', sourceId: quote, targetId: lee, created: 'x', modified: 'x' };
    const other: Relation = { ...twin, id: 'other', typeId: 'source-of' };
    await new AnnotationRepository(db).importAll({ categories: [], annotations: [], relations: [twin, other, { ...other, id: 'other-again' }] });
    expect((await db.getAll('relations')).map((r) => r.id).sort()).to.deep.equal(['id-4', 'other']);
  });

  it('deleting an own article deletes the relations of its readings with its annotations', async () => {
    const store = storeOver(db);
    const { quote, lee } = await tagged(store);
    await store.relate(DOC, { typeId: 'said-by', sourceId: quote, targetId: lee });
    const kept: Relation = { id: 'elsewhere', setId: mineSetId('other'), documentId: 'other', typeId: 'said-by', sourceId: 'x', targetId: 'y', created: 'x', modified: 'x' };
    await db.put('relations', kept);
    await new DocumentRepository(db).deleteWithAnnotations(DOC);
    expect(await db.getAll('relations')).to.deep.equal([kept]);
  });

  it('a version 5 database opens at the current version with every record kept and no relations', async () => {
    const name = databases.name();
    const v5 = await openDB(name, 5, {
      upgrade(old) {
        old.createObjectStore('settings', { keyPath: 'key' });
        const annotations = old.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('byDocument', 'documentId');
        annotations.createIndex('bySet', 'setId');
        annotations.createIndex('byRange', ['setId', 'start', 'end']);
        old.createObjectStore('categories', { keyPath: 'id' }).createIndex('byScheme', 'schemeId');
        old.createObjectStore('schemes', { keyPath: 'id' });
        old.createObjectStore('documents', { keyPath: 'id' });
        old.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
        const sets = old.createObjectStore('annotationSets', { keyPath: 'id' });
        sets.createIndex('byDocument', 'documentId');
        sets.createIndex('byAssignment', 'assignmentId');
        old.createObjectStore('assignments', { keyPath: 'assignment.id' });
      },
    });
    const kept = annotationOn(TEXT, 'Lee', { id: 'old', setId: SET, documentId: DOC, categoryIds: ['actor'] });
    await v5.put('annotations', kept);
    v5.close();
    const upgraded = await databases.open(name);
    expect(upgraded.version).to.equal(DATABASE_VERSION);
    expect(await upgraded.getAll('annotations')).to.deep.equal([kept]);
    expect(await upgraded.getAll('relations')).to.deep.equal([]);
    const store = storeOver(upgraded);
    await store.tag(DOC, TRUMP, 'actor');
    expect((await store.relate(DOC, { typeId: 'responsible-for', sourceId: 'id-1', targetId: 'old' })).outcome).to.equal('created');
  });
});
