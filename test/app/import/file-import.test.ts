/**
 * One file given to the header's Import (src/app/import/file-import.ts), over real IndexedDB and
 * without any component: a category scheme file (SKOS, as the scheme editor exports it) is
 * imported as a scheme, in one write, and importing it twice changes nothing; an own document
 * exported before it had annotations comes into a fresh profile as "1 document, 0 annotations";
 * a PDF, a photo or a text document is named for what it is, and nothing changes.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { Category, CategoryScheme } from '../../../src/model/schemes/category.js';
import type { OwnDocument } from '../../../src/model/documents/own-documents.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { createOwnDocument } from '../../../src/app/library/own-document-factory.js';
import { buildExport } from '../../../src/app/export/annotation-export.js';
import { confirmImport, prepareImport, type ImportStores } from '../../../src/app/import/annotation-import.js';
import { type PreparedImport, prepareFileImport } from '../../../src/app/import/file-import.js';
import { confirmSchemeImport } from '../../../src/app/import/scheme-import.js';
import { messages } from '../../../src/model/result.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';

async function fixture(name: string, as = name): Promise<File> {
  return new File([await (await fetch(`/test/fixtures/files/${name}`)).arrayBuffer()], as);
}

/** A browser profile: its database and the stores the app builds over it. */
interface Profile {
  readonly db: CloseReaderDatabase;
  readonly stores: ImportStores & { readonly library: LibraryStore };
}

describe('importing any file from the header', () => {
  const databases = new TestDatabases();

  async function profile(): Promise<Profile> {
    const db = await databases.open();
    const shipped = await loadShippedArticles();
    const library = await LibraryStore.load(shipped, new DocumentRepository(db));
    const annotations = databases.track(new AnnotationStore(new AnnotationRepository(db), undefined, undefined));
    const categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    return { db, stores: { articles: library, library, annotations, categories } };
  }

  /** Everything a profile stores, to show that something changed nothing. */
  async function snapshot(db: CloseReaderDatabase): Promise<[Annotation[], Category[], CategoryScheme[], OwnDocument[]]> {
    return [await db.getAll('annotations'), await db.getAll('categories'), await db.getAll('schemes'), await db.getAll('documents')];
  }

  async function prepared(file: File, stores: ImportStores): Promise<PreparedImport> {
    const result = await prepareFileImport(file, stores);
    if (!result.ok) throw new Error(messages(result.problems).join('\n'));
    return result.value;
  }

  afterEach(() => databases.cleanUp());

  describe('a category scheme file', () => {
    it('is recognised as a scheme, summarised, and written only on confirm', async () => {
      const { db, stores } = await profile();
      const before = await snapshot(db);
      const file = await prepared(await fixture('rahmung.jsonld'), stores);
      if (file.kind !== 'scheme') throw new Error(`read as ${file.kind}`);
      const { summary } = file;
      expect([summary.merge.created, summary.unchanged, summary.merge.added, summary.merge.updated]).to.deep.equal([true, false, 3, 0]);
      expect(summary.categories.map((category) => [category.label.de, category.key])).to.deep.equal([
        ['Bedrohung', 'q'],
        ['Solidarität', 'w'],
        ['Recht und Ordnung', 'e'],
      ]);
      expect(await snapshot(db)).to.deep.equal(before);

      await confirmSchemeImport(summary, stores.categories);
      const schemes = await db.getAll('schemes');
      expect(schemes.map((scheme) => [scheme.id, scheme.iri, scheme.label.en])).to.deep.include(['rahmung', 'tag:close-reader.app,2026:schemes/rahmung', 'Framing']);
      const stored = (await db.getAll('categories')).filter((category) => category.schemeId === 'rahmung');
      expect(stored.map((category) => [category.id, category.label.de, category.colour, category.key]).sort()).to.deep.equal([
        ['law-and-order', 'Recht und Ordnung', '#009e73', 'e'],
        ['solidarity', 'Solidarität', '#d55e00', 'w'],
        ['threat', 'Bedrohung', '#0072b2', 'q'],
      ]);
      expect(stores.categories.inScheme('rahmung').map((category) => category.id)).to.deep.equal(['threat', 'solidarity', 'law-and-order']);
    });

    it('changes nothing the second time, and says so', async () => {
      const { db, stores } = await profile();
      const first = await prepared(await fixture('rahmung.jsonld'), stores);
      if (first.kind !== 'scheme') throw new Error(`read as ${first.kind}`);
      await confirmSchemeImport(first.summary, stores.categories);
      const after = await snapshot(db);
      const again = await prepared(await fixture('rahmung.jsonld'), stores);
      if (again.kind !== 'scheme') throw new Error(`read as ${again.kind}`);
      expect([again.summary.merge.created, again.summary.unchanged, again.summary.merge.categories.length]).to.deep.equal([false, true, 0]);
      await confirmSchemeImport(again.summary, stores.categories);
      expect(await snapshot(db)).to.deep.equal(after);
    });

    it('gives the scheme parser\'s problems for a broken scheme file, and changes nothing', async () => {
      const { db, stores } = await profile();
      const before = await snapshot(db);
      const text = (await (await fixture('rahmung.jsonld')).text()).replaceAll('"skos:prefLabel"', '"skos:altLabel"');
      const result = await prepareFileImport(new File([text], 'kaputt.jsonld'), stores);
      expect(result.ok ? [] : [...new Set(result.problems.map((problem) => problem.code))]).to.deep.equal(['label-missing']);
      expect(await snapshot(db)).to.deep.equal(before);
    });
  });

  describe('an own document exported before it had annotations', () => {
    it('travels with its text, and comes into a fresh profile as 1 document, 0 annotations', async () => {
      const teacher = await profile();
      const document = await createOwnDocument({
        title: 'Kommunen als Zufluchtsorte',
        lang: 'de',
        blocks: [
          { type: 'headline', text: 'Kommunen als Zufluchtsorte' },
          { type: 'paragraph', text: 'Immer mehr Städte erklären sich zu sicheren Häfen.' },
        ],
      });
      await teacher.stores.library.add(document);
      const exported = await buildExport({
        annotations: await teacher.stores.annotations.load(document.id),
        articles: teacher.stores.library,
        categories: teacher.stores.categories,
        ownDocument: (id) => teacher.stores.library.ownDocument(id),
        documentIds: [document.id],
        locale: 'de',
        creatorName: '',
        scope: document.id,
        label: `Close Reader: ${document.title}`,
      });
      const json = JSON.parse(exported.json) as Record<string, unknown>;
      expect([json['type'], json['total'], json['first']]).to.deep.equal(['AnnotationCollection', 0, undefined]);
      const { origin: _origin, ...carried } = document;
      expect(json['closeReaderDocuments']).to.deep.equal([carried]);

      const student = await profile();
      const file = new File([exported.json], exported.fileName);
      const prepared = await prepareImport(file, student.stores);
      if (!prepared.ok) throw new Error(messages(prepared.problems).join('\n'));
      const summary = prepared.value;
      expect([summary.documents.map((d) => d.title), summary.plan.annotations.length, summary.plan.warnings]).to.deep.equal([['Kommunen als Zufluchtsorte'], 0, []]);
      expect(await confirmImport(summary, student.stores)).to.equal(0);
      expect((await student.db.getAll('documents')).map((d) => [d.id, d.iri, d.blocks])).to.deep.equal([[document.id, document.iri, document.blocks]]);
      expect(student.stores.library.entry(document.id)?.title).to.equal('Kommunen als Zufluchtsorte');

      const again = await prepareImport(new File([exported.json], exported.fileName), student.stores);
      expect(again.ok && [again.value.documents.length, again.value.plan.annotations.length]).to.deep.equal([0, 0]);
    });

    it('is carried in the library export, annotated or not; a shipped article is not', async () => {
      const { stores } = await profile();
      const titles = ['Erstes Dokument', 'Zweites Dokument'];
      for (const title of titles) await stores.library.add(await createOwnDocument({ title, lang: 'de', blocks: [{ type: 'paragraph', text: `${title}: Text.` }] }));
      const exported = await buildExport({
        annotations: [],
        articles: stores.library,
        categories: stores.categories,
        ownDocument: (id) => stores.library.ownDocument(id),
        documentIds: stores.library.entries.map((entry) => entry.id),
        locale: 'de',
        creatorName: '',
        scope: 'library',
        label: 'Close Reader: library',
      });
      const carried = (JSON.parse(exported.json) as { closeReaderDocuments: { title: string }[] }).closeReaderDocuments;
      expect(carried.map((d) => d.title).sort()).to.deep.equal(titles);
    });
  });

  describe('a file that is neither annotations nor a scheme', () => {
    const cases: { file: string; as?: string; problem: { code: string; message: string } }[] = [
      {
        file: 'bericht.pdf',
        problem: { code: 'file-is-pdf', message: 'bericht.pdf is a PDF. Close Reader imports W3C annotation files and category schemes (.json, .jsonld).' },
      },
      {
        file: 'foto.jpg',
        problem: { code: 'file-is-image', message: 'foto.jpg is an image (JPEG). Close Reader imports W3C annotation files and category schemes (.json, .jsonld).' },
      },
    ];
    for (const { file, as = file, problem } of cases) {
      it(`names ${as} for what it is, and changes nothing`, async () => {
        const { db, stores } = await profile();
        const before = await snapshot(db);
        const result = await prepareFileImport(await fixture(file, as), stores);
        expect(result.ok ? [] : result.problems.map(({ code, message }) => ({ code, message }))).to.deep.equal([problem]);
        expect(await snapshot(db)).to.deep.equal(before);
      });
    }

    it('names a text document for what it is when its text is not JSON, and changes nothing', async () => {
      const { db, stores } = await profile();
      const before = await snapshot(db);
      const result = await prepareFileImport(new File(['<!doctype html><title>T</title><p>Text</p>'], 'artikel.html'), stores);
      expect(result.ok ? [] : result.problems.map((entry) => entry.code)).to.deep.equal(['file-is-text']);
      expect(await snapshot(db)).to.deep.equal(before);
    });
  });
});
