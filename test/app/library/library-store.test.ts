/**
 * The library store (src/app/library/library-store.ts) over real IndexedDB and the shipped
 * articles: each id names one document and a shipped article is never replaced, even by an own
 * document an older import stored under its id (moved to an id of its own when the library loads,
 * its annotations left with the article); deleting goes by own documents only; a broken stored
 * document is listed and can be deleted, and opening it names its problems.
 */
import { expect } from '@open-wc/testing';
import { canonicalText } from '../../../src/model/documents/article.js';
import { DocumentProblemsError } from '../../../src/model/documents/document-problems-error.js';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import type { OwnDocument } from '../../../src/model/documents/own-documents.js';
import { documentIdFor } from '../../../src/model/w3c/carried-document-match.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { makeAnnotation } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';

const SHIPPED = 'zweierlei-solidaritaet';
const IRI = 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c1';

function ownDocument(fields: Partial<OwnDocument> = {}): OwnDocument {
  return {
    id: 'fremd-1a2b3c4d',
    iri: IRI,
    title: 'Fremder Text',
    lang: 'de',
    blocks: [{ type: 'paragraph', text: 'Ein fremder Text.' }],
    digest: `sha256:${'0'.repeat(64)}`,
    wordCount: 3,
    created: '2026-01-02T03:04:05.000Z',
    origin: { kind: 'pasted' },
    ...fields,
  };
}

describe('the library store', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let shipped: ArticleSource;
  const shippedIds = ['sanctuary-cities-gegen-trump', SHIPPED, 'ice-einsatz-minneapolis', 'kelly-keine-massenabschiebungen', 'washington-erhoeht-den-druck'];

  beforeEach(async () => {
    db = await databases.open();
    shipped = await loadShippedArticles();
  });
  afterEach(() => databases.cleanUp());

  it('moves an own document stored under a shipped article\'s id to an id of its own; the article keeps its text and annotations', async () => {
    await db.put('documents', ownDocument({ id: SHIPPED }));
    const annotation = makeAnnotation({ id: '1', documentId: SHIPPED, start: 0, end: 9, exact: 'Zweierlei' });
    await db.put('annotations', annotation);
    const library = await LibraryStore.load(shipped, new DocumentRepository(db));
    const moved = documentIdFor('Fremder Text', IRI, () => false);

    expect(library.entries.map((entry) => entry.id)).to.deep.equal([...shippedIds, moved]);
    expect(await db.getAll('documents')).to.deep.equal([ownDocument({ id: moved })]);
    expect(library.entry(SHIPPED)?.own).to.equal(undefined);
    expect(canonicalText((await library.loadBody(SHIPPED)).blocks)).to.equal(canonicalText((await shipped.loadBody(SHIPPED)).blocks));
    expect((await library.loadBody(moved)).blocks).to.deep.equal([{ type: 'paragraph', text: 'Ein fremder Text.' }]);
    expect(await library.countAnnotations(moved)).to.equal(0);
    expect(await library.delete(moved)).to.equal(0);
    expect(await db.getAll('annotations')).to.deep.equal([annotation]);
    expect(library.entries.map((entry) => entry.id)).to.deep.equal(shippedIds);
  });

  it('deletes nothing for a shipped article\'s id, and counts nothing for it', async () => {
    const annotation = makeAnnotation({ id: '1', documentId: SHIPPED });
    await db.put('annotations', annotation);
    const library = await LibraryStore.load(shipped, new DocumentRepository(db));
    expect(await library.countAnnotations(SHIPPED)).to.equal(0);
    expect(await library.delete(SHIPPED)).to.equal(0);
    expect(await db.getAll('annotations')).to.deep.equal([annotation]);
  });

  it('lists a broken stored document, names its problems when it is opened, and deletes it', async () => {
    const broken = { ...ownDocument({ id: 'kaputt', title: 42 as unknown as string }), blocks: [{ type: 'paragraph', text: 'Hallo', marks: 'em' }] };
    await db.put('documents', broken as unknown as OwnDocument);
    await db.put('documents', ownDocument());
    const library = await LibraryStore.load(shipped, new DocumentRepository(db));
    expect(library.entries.slice(5).map((entry) => [entry.id, entry.title])).to.deep.equal([
      ['fremd-1a2b3c4d', 'Fremder Text'],
      ['kaputt', 'kaputt'],
    ]);
    let failure: unknown;
    await library.loadBody('kaputt').catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(DocumentProblemsError);
    expect((failure as DocumentProblemsError).problems).to.deep.equal([
      { code: 'wrong-type', params: { where: 'kaputt.blocks[0].marks', expected: 'an array', found: '"em"' }, message: 'kaputt.blocks[0].marks: expected an array, found "em"' },
    ]);
    expect((await library.loadBody('fremd-1a2b3c4d')).blocks).to.deep.equal(ownDocument().blocks);
    expect(await library.delete('kaputt')).to.equal(0);
    expect((await db.getAll('documents')).map((document) => document.id)).to.deep.equal(['fremd-1a2b3c4d']);
  });
});
