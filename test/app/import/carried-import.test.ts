/**
 * Importing a file that carries documents (src/app/import/annotation-import.ts), over real
 * IndexedDB with the library store, without any component (issue 12: a file can add, never
 * silently replace). A carried document is matched by IRI and the digest of its text, computed
 * here; one with a taken id comes in under a new id with the file's annotations; one at a known IRI
 * with another text comes in as a copy; one with broken emphasis refuses the file, and nothing is
 * written; a broken document already stored does not stop an import.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { OwnDocument } from '../../../src/model/documents/own-documents.js';
import { messages } from '../../../src/model/result.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { confirmImport, planAnnotationImport, type ImportStores, type ImportSummary } from '../../../src/app/import/annotation-import.js';
import { annotationOn } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';

const KELLY = 'kelly-keine-massenabschiebungen';
const KELLY_IRI = `tag:close-reader.app,2026:documents/${KELLY}`;
const FOREIGN_IRI = 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c1';
const FOREIGN = 'Ein fremder Text über John Kelly.';

function carried(fields: { id: string; iri: string; marks?: unknown }): Record<string, unknown> {
  const block: Record<string, unknown> = { type: 'paragraph', text: FOREIGN };
  if ('marks' in fields) block.marks = fields.marks;
  return { id: fields.id, iri: fields.iri, title: 'Fremder Text', lang: 'de', blocks: [block], digest: `sha256:${'0'.repeat(64)}`, created: '2026-01-02T03:04:05.000Z' };
}

/** A W3C collection with one annotation on "John Kelly" at `source`, carrying `documents`. */
function file(source: string, documents: Record<string, unknown>[]): string {
  const start = FOREIGN.indexOf('John Kelly');
  const annotation = {
    id: 'urn:uuid:0c0ffee0-0000-4000-8000-000000000001',
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Actor' }],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'John Kelly' }, { type: 'TextPositionSelector', start, end: start + 10 }] },
  };
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: 1,
    first: { type: 'AnnotationPage', items: [annotation] },
    closeReaderDocuments: documents,
  });
}

describe('importing a file that carries documents', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let stores: ImportStores & { library: LibraryStore };
  let mine: Annotation;

  async function setUp(): Promise<void> {
    const shipped = await loadShippedArticles();
    const library = await LibraryStore.load(shipped, new DocumentRepository(db));
    stores = { articles: library, library, annotations: new AnnotationStore(new AnnotationRepository(db), undefined, undefined), categories: await CategoryStore.load(new CategoryRepository(db)) };
  }

  async function summaryOf(text: string): Promise<ImportSummary> {
    const planned = await planAnnotationImport(text, 'a.jsonld', stores);
    if (!planned.ok) throw new Error(messages(planned.problems).join('\n'));
    return planned.value;
  }

  beforeEach(async () => {
    db = await databases.open();
    const kelly = canonicalText((await (await loadShippedArticles()).loadBody(KELLY)).blocks);
    mine = annotationOn(kelly, 'John Kelly', { id: '00000000-0000-4000-8000-00000000aaaa', documentId: KELLY });
    await db.put('annotations', mine);
    await setUp();
  });
  afterEach(() => {
    stores.annotations.close();
    return databases.cleanUp();
  });

  it('adds a document with a shipped article\'s id under a new id, with its annotation; the article and the reader\'s annotation stay', async () => {
    const summary = await summaryOf(file(FOREIGN_IRI, [carried({ id: KELLY, iri: FOREIGN_IRI })]));
    const [added] = summary.documents;
    expect(added?.id).to.match(/^fremder-text-[0-9a-f]{8}$/);
    expect(summary.documentNotices.map((notice) => [notice.code, notice.params.id, notice.params.newId])).to.deep.equal([['carried-id-taken', KELLY, added?.id]]);
    expect(await confirmImport(summary, stores)).to.equal(1);

    const stored = (await db.getAll('documents')) as OwnDocument[];
    expect(stored.map((document) => [document.id, document.iri, document.digest])).to.deep.equal([[added!.id, FOREIGN_IRI, await textDigest(FOREIGN)]]);
    const annotations = await db.getAll('annotations');
    expect(annotations.find((annotation) => annotation.id === mine.id)).to.deep.equal(mine);
    expect(annotations.filter((annotation) => annotation.id !== mine.id).map((a) => [a.documentId, a.start, a.end, a.exact])).to.deep.equal([[added!.id, 22, 32, 'John Kelly']]);
    const ids = stores.library.entries.map((entry) => entry.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect((await stores.library.loadBody(KELLY)).blocks[0]?.text).to.match(/^Bei der Umsetzung der neuen Einwanderungsrichtlinien/);

    expect(await stores.library.countAnnotations(added!.id)).to.equal(1);
    expect(await stores.library.delete(added!.id)).to.equal(1);
    expect(await db.getAll('annotations')).to.deep.equal([mine]);
  });

  it('adds another text at a shipped article\'s IRI as a copy with the file\'s annotation, and nothing the second time', async () => {
    const text = file(KELLY_IRI, [carried({ id: KELLY, iri: KELLY_IRI })]);
    const summary = await summaryOf(text);
    const [copy] = summary.documents;
    expect(copy?.iri).to.match(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(summary.documentNotices.map((notice) => notice.code)).to.deep.equal(['carried-text-differs', 'carried-id-taken']);
    expect(summary.plan.annotations.map((a) => [a.documentId, a.start, a.end])).to.deep.equal([[copy!.id, 22, 32]]);
    await confirmImport(summary, stores);
    expect((await db.getAll('annotations')).find((annotation) => annotation.id === mine.id)).to.deep.equal(mine);

    await setUp();
    const again = await summaryOf(text);
    expect([again.documents.length, again.documentNotices.length, again.plan.annotations.length, again.plan.alreadyHere]).to.deep.equal([0, 0, 0, 1]);
  });

  it('takes a carried document with the same IRI and text as the one here, whatever digest the file claims', async () => {
    const first = await summaryOf(file(FOREIGN_IRI, [carried({ id: 'fremd', iri: FOREIGN_IRI })]));
    await confirmImport(first, stores);
    await setUp();
    const again = await summaryOf(file(FOREIGN_IRI, [{ ...carried({ id: 'anders', iri: FOREIGN_IRI }), digest: 'sha256:falsch' }]));
    expect([again.documents.length, again.documentNotices.length, again.plan.alreadyHere]).to.deep.equal([0, 0, 1]);
  });

  for (const [name, marks] of [['a text', 'em'], ['an object', { type: 'em', start: 0, end: 3 }], ['a list holding null', [null]]] as const) {
    it(`refuses a carried document whose marks are ${name}, and writes nothing`, async () => {
      const before = [await db.getAll('documents'), await db.getAll('annotations'), await db.getAll('categories')];
      const planned = await planAnnotationImport(file(FOREIGN_IRI, [carried({ id: 'fremd', iri: FOREIGN_IRI, marks })]), 'a.jsonld', stores);
      expect(planned.ok ? [] : planned.problems.map((problem) => problem.params.where)).to.deep.equal([
        Array.isArray(marks) ? 'a.jsonld, closeReaderDocuments[0].blocks[0].marks[0]' : 'a.jsonld, closeReaderDocuments[0].blocks[0].marks',
      ]);
      expect([await db.getAll('documents'), await db.getAll('annotations'), await db.getAll('categories')]).to.deep.equal(before);
    });
  }

  it('imports past a broken document already stored, and gives a carried one at its IRI an IRI of its own', async () => {
    await db.put('documents', { ...(carried({ id: 'kaputt', iri: FOREIGN_IRI, marks: [null] }) as unknown as OwnDocument), origin: { kind: 'pasted' } });
    await setUp();
    const summary = await summaryOf(file(FOREIGN_IRI, [carried({ id: 'kaputt', iri: FOREIGN_IRI })]));
    const [copy] = summary.documents;
    expect(copy?.iri).to.not.equal(FOREIGN_IRI);
    expect(copy?.id).to.not.equal('kaputt');
    expect(summary.plan.annotations.map((a) => a.documentId)).to.deep.equal([copy!.id]);
  });
});
