/**
 * Own documents in IndexedDB (src/storage/document-repository.ts), in a real browser database:
 * listed by title, replaced by id, and deleted together with their annotations in one transaction.
 */
import { expect } from '@open-wc/testing';
import type { OwnDocument } from '../../src/model/documents/own-documents.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { DocumentRepository } from '../../src/storage/document-repository.js';
import { makeAnnotation } from '../support/annotations.js';
import { mineSet } from '../../src/model/sets/annotation-set.js';
import { AnnotationSetRepository } from '../../src/storage/annotation-set-repository.js';
import { ANNOTATION_TIME } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

/** An own document with this id and title; the rest made up but plausible. */
function ownDocument(id: string, title: string): OwnDocument {
  return {
    id,
    iri: `urn:uuid:00000000-0000-4000-8000-${id.padStart(12, '0').slice(-12)}`,
    title,
    lang: 'de',
    blocks: [{ type: 'paragraph', text: `Text von ${title}`, marks: [{ type: 'em', start: 0, end: 4 }] }],
    digest: `sha256:${'0'.repeat(64)}`,
    wordCount: 3,
    created: '2025-01-02T03:04:05.000Z',
    origin: { kind: 'file', fileName: `${id}.txt` },
  };
}

describe('own documents in IndexedDB', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  async function setUp(): Promise<{ db: CloseReaderDatabase; documents: DocumentRepository; annotations: AnnotationRepository }> {
    const db = await databases.open();
    return { db, documents: new DocumentRepository(db), annotations: new AnnotationRepository(db) };
  }

  it('stores a document and gets it back whole, marks included; undefined for an unknown id', async () => {
    const { documents } = await setUp();
    await documents.put(ownDocument('rede', 'Rede'));
    expect(await documents.get('rede')).to.deep.equal(ownDocument('rede', 'Rede'));
    expect(await documents.get('nope')).to.equal(undefined);
  });

  it('lists documents by title, whatever order they were added in', async () => {
    const { documents } = await setUp();
    await documents.put(ownDocument('c', 'Zeitung'));
    await documents.put(ownDocument('a', 'Ärger im Rat'));
    await documents.put(ownDocument('b', 'Brief'));
    expect((await documents.list()).map((document) => document.title)).to.deep.equal(['Ärger im Rat', 'Brief', 'Zeitung']);
  });

  it('replaces a document with the same id', async () => {
    const { documents } = await setUp();
    await documents.put(ownDocument('a', 'Alt'));
    await documents.put(ownDocument('a', 'Neu'));
    expect((await documents.list()).map((document) => document.title)).to.deep.equal(['Neu']);
  });

  it('renames a document in one transaction: stored under its new id, gone from its old one, its annotations untouched', async () => {
    const { db, documents } = await setUp();
    await documents.put(ownDocument('zweierlei-solidaritaet', 'Fremd'));
    await db.put('annotations', makeAnnotation({ id: '1', documentId: 'zweierlei-solidaritaet' }));
    const moved = { ...ownDocument('zweierlei-solidaritaet', 'Fremd'), id: 'fremd-1a2b3c4d' };
    await documents.rename('zweierlei-solidaritaet', moved);
    expect(await documents.list()).to.deep.equal([moved]);
    expect((await db.getAll('annotations')).map((annotation) => [annotation.id, annotation.documentId])).to.deep.equal([['1', 'zweierlei-solidaritaet']]);
    // Renaming to the same id only stores it again.
    await documents.rename('fremd-1a2b3c4d', moved);
    expect(await documents.list()).to.deep.equal([moved]);
  });

  it('lists a record whose title is no text (a damaged profile) by its id, between the others', async () => {
    const { db, documents } = await setUp();
    await documents.put(ownDocument('a', 'Ärger'));
    await documents.put(ownDocument('z', 'Zeitung'));
    await db.put('documents', { ...ownDocument('kaputt', 'x'), title: 42 as unknown as string });
    expect((await documents.list()).map((document) => document.id)).to.deep.equal(['a', 'kaputt', 'z']);
  });

  it('counts the annotations of one document', async () => {
    const { documents, annotations } = await setUp();
    await annotations.putMany([
      makeAnnotation({ id: '1', documentId: 'a' }),
      makeAnnotation({ id: '2', documentId: 'a' }),
      makeAnnotation({ id: '3', documentId: 'b' }),
    ]);
    expect(await documents.countAnnotations('a')).to.equal(2);
    expect(await documents.countAnnotations('b')).to.equal(1);
    expect(await documents.countAnnotations('c')).to.equal(0);
  });

  it('deletes a document with its annotations only, its sets and its aliases, their relations, in one transaction over the five stores, and says how many went', async () => {
    const { db, documents, annotations } = await setUp();
    const sets = new AnnotationSetRepository(db);
    await documents.put(ownDocument('a', 'A'));
    await documents.put(ownDocument('b', 'B'));
    await sets.putSet(mineSet('a', ANNOTATION_TIME));
    await sets.putSet({ id: 'shared:a:Ada', kind: 'shared', documentId: 'a', author: 'Ada', modified: ANNOTATION_TIME });
    await sets.putSet(mineSet('b', ANNOTATION_TIME));
    await annotations.putMany([
      makeAnnotation({ id: '1', documentId: 'a' }),
      makeAnnotation({ id: '2', documentId: 'a' }),
      makeAnnotation({ id: '3', documentId: 'a', setId: 'shared:a:Ada' }),
      makeAnnotation({ id: '4', documentId: 'b' }),
      makeAnnotation({ id: '5', documentId: 'shipped-article' }),
    ]);
    const transactions: string[][] = [];
    const original = db.transaction.bind(db);
    db.transaction = ((names: string | string[], ...rest: unknown[]) => {
      transactions.push([names].flat().sort());
      return (original as (...args: unknown[]) => unknown)(names, ...rest);
    }) as typeof db.transaction;

    const deleted = await documents.deleteWithAnnotations('a');
    db.transaction = original;

    expect(deleted).to.equal(3);
    expect(transactions).to.deep.equal([['annotationSets', 'annotations', 'documents', 'relations', 'sourceAliases']]);
    expect((await db.getAll('annotationSets')).map((set) => set.id)).to.deep.equal(['mine:b']);
    expect(await documents.get('a')).to.equal(undefined);
    expect((await annotations.listAll()).map((a) => a.id).sort()).to.deep.equal(['4', '5']);
    expect((await documents.list()).map((document) => document.id)).to.deep.equal(['b']);
  });

  it('deletes nothing else and reports 0 for a document without annotations or one not stored', async () => {
    const { documents, annotations } = await setUp();
    await documents.put(ownDocument('a', 'A'));
    await annotations.put(makeAnnotation({ id: '1', documentId: 'other' }));
    expect(await documents.deleteWithAnnotations('a')).to.equal(0);
    expect(await documents.deleteWithAnnotations('never-stored')).to.equal(0);
    expect(await documents.list()).to.deep.equal([]);
    expect((await annotations.listAll()).map((a) => a.id)).to.deep.equal(['1']);
  });

  it('keeps the document and its annotations when the transaction fails', async () => {
    const { db, documents, annotations } = await setUp();
    await documents.put(ownDocument('a', 'A'));
    await annotations.putMany([makeAnnotation({ id: '1', documentId: 'a' }), makeAnnotation({ id: '2', documentId: 'a' })]);
    // Abort the transaction right after the annotations' keys are read: nothing may be deleted.
    const original = db.transaction.bind(db);
    db.transaction = ((...args: unknown[]) => {
      const tx = (original as (...a: unknown[]) => ReturnType<typeof db.transaction>)(...args);
      // idb wraps what this returns once more, with a `done` of its own: this one nobody awaits.
      tx.done.catch(() => undefined);
      tx.objectStore('annotations').index('byDocument').getAllKeys('a').then(() => tx.abort(), () => undefined);
      return tx;
    }) as typeof db.transaction;
    let failure: unknown;
    try {
      await documents.deleteWithAnnotations('a');
    } catch (error) {
      failure = error;
    }
    db.transaction = original;
    expect(failure, 'deleteWithAnnotations resolved although its transaction aborted').to.be.instanceOf(Error);
    expect(await documents.get('a')).to.deep.equal(ownDocument('a', 'A'));
    expect(await documents.countAnnotations('a')).to.equal(2);
  });

  it('deletes the aliases that point to the document with it, and no other', async () => {
    const { db, documents } = await setUp();
    await documents.put(ownDocument('a', 'A'));
    await db.put('sourceAliases', { source: 'https://zeitung.example/a', documentId: 'a' });
    await db.put('sourceAliases', { source: 'urn:x-other:a', documentId: 'a' });
    await db.put('sourceAliases', { source: 'https://zeitung.example/b', documentId: 'b' });
    await documents.deleteWithAnnotations('a');
    expect(await db.getAll('sourceAliases')).to.deep.equal([{ source: 'https://zeitung.example/b', documentId: 'b' }]);
  });
});
