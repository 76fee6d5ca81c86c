import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { Category } from '../../../src/model/schemes/category.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { openCloseReaderDatabase, type CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { MAX_IMPORT_BYTES, confirmImport, prepareImport, type ImportStores, type ImportSummary } from '../../../src/app/import/annotation-import.js';
import { messages } from '../../../src/model/result.js';
import { loadShippedArticles } from '../../support/articles.js';
import { SourceAliasRepository } from '../../../src/storage/source-alias-repository.js';

async function fixture(name: string): Promise<File> {
  return new File([await (await fetch(`/test/fixtures/import/${name}`)).text()], name);
}

/** The import use case (src/app/import/annotation-import.ts) over real IndexedDB, without any component. */
describe('importing a file', () => {
  let dbName: string;
  let db: CloseReaderDatabase;
  let annotations: AnnotationStore;
  let stores: ImportStores;
  let existing: Annotation;

  async function snapshot(): Promise<[Annotation[], Category[]]> {
    return [await db.getAll('annotations'), await db.getAll('categories')];
  }

  beforeEach(async () => {
    dbName = `close-reader-test-${crypto.randomUUID()}`;
    db = await openCloseReaderDatabase(dbName);
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const categories = await CategoryStore.load(new CategoryRepository(db));
    const articles = await loadShippedArticles();
    stores = { articles, annotations, categories };
    const text = 'Bei der Umsetzung der neuen Einwanderungsrichtlinien wird es nach den Worten von US-Heimatschutzminister John Kelly';
    const start = text.indexOf('John Kelly');
    existing = (
      await annotations.tag(
        'kelly-keine-massenabschiebungen',
        { start, end: start + 10, exact: 'John Kelly', prefix: text.slice(start - 32, start), suffix: ' weder Massenabschiebungen noch ' },
        'actor',
      )
    ).annotation;
  });

  afterEach(() => {
    annotations.close();
    db.close();
    indexedDB.deleteDatabase(dbName);
  });

  const bad: { file: string; message: RegExp }[] = [
    { file: 'not-json.jsonld', message: /not-json\.jsonld: not JSON/ },
    { file: 'wrong-shape.json', message: /wrong-shape\.json/ },
  ];
  /** The summary of a file that must be importable. */
  async function summaryOf(file: File): Promise<ImportSummary> {
    const prepared = await prepareImport(file, stores);
    if (!prepared.ok) throw new Error(messages(prepared.problems).join('\n'));
    return prepared.value;
  }

  for (const { file, message } of bad) {
    it(`refuses ${file} with a message that says what is wrong, and changes nothing`, async () => {
      const before = await snapshot();
      const prepared = await prepareImport(await fixture(file), stores);
      expect(prepared.ok).to.equal(false);
      expect(prepared.ok ? '' : messages(prepared.problems).join('\n')).to.match(message);
      expect(await snapshot()).to.deep.equal(before);
    });
  }

  // A bad position is a hint that failed: the quote places the passage (a position is only a hint).
  for (const file of ['negative-positions.jsonld', 'reversed-positions.jsonld', 'positions-beyond-text.jsonld']) {
    it(`places the annotation of ${file} by its quote, with a notice on the position, once confirmed`, async () => {
      const before = await snapshot();
      const summary = await summaryOf(await fixture(file));
      expect(await snapshot()).to.deep.equal(before);
      expect(summary.plan).to.deep.include({ placed: 1, unplaced: 0, skipped: [] });
      expect(summary.plan.warnings.map((warning) => warning.code)).to.deep.equal([file === 'positions-beyond-text.jsonld' ? 'position-outside-text' : 'position-ignored']);
      expect(await confirmImport(summary, stores)).to.equal(1);
      const stored = (await db.getAll('annotations')).find((annotation) => annotation.id === '00000000-0000-4000-8000-000000000001')!;
      expect([stored.start, stored.end, stored.exact]).to.deep.equal([existing.start, existing.end, 'John Kelly']);
    });
  }

  it('imports the annotation on an article of the library and skips the one on a page that is not, naming it', async () => {
    const summary = await summaryOf(await fixture('unknown-document.jsonld'));
    expect(summary.plan.annotations.map((annotation) => annotation.id)).to.deep.equal(['00000000-0000-4000-8000-000000000001']);
    expect(summary.plan.skipped).to.deep.equal([
      {
        reason: 'source-not-in-library',
        count: 1,
        sources: 1,
        example: { index: 1, reason: 'source-not-in-library', where: 'unknown-document.jsonld, annotation 2 (00000000-0000-4000-8000-000000000002)', id: '00000000-0000-4000-8000-000000000002', source: 'https://example.org/not-in-library' },
      },
    ]);
    expect(summary.plan.unknownSources.map((source) => source.key)).to.deep.equal(['https://example.org/not-in-library']);
  });

  it('plans a page again when the reader assigns it to an article, and remembers the page with the import', async () => {
    const aliases = new SourceAliasRepository(db);
    stores = { ...stores, aliases };
    const first = await summaryOf(await fixture('unknown-document.jsonld'));
    const assigned = first.replan({ assignments: new Map([['https://example.org/not-in-library', 'kelly-keine-massenabschiebungen']]) });
    expect(assigned.plan.annotations.map((annotation) => annotation.documentId)).to.deep.equal(['kelly-keine-massenabschiebungen', 'kelly-keine-massenabschiebungen']);
    expect(assigned.plan.skipped).to.deep.equal([]);
    expect(await aliases.listAliases()).to.deep.equal([]);
    expect(await confirmImport(assigned, stores)).to.equal(2);
    expect(await aliases.listAliases()).to.deep.equal([{ source: 'https://example.org/not-in-library', documentId: 'kelly-keine-massenabschiebungen' }]);
    const again = await summaryOf(await fixture('unknown-document.jsonld'));
    expect(again.plan).to.deep.include({ alreadyHere: 2, unknownSources: [], newAliases: [] });
    expect(again.plan.rememberedSources).to.deep.equal([{ key: 'https://example.org/not-in-library', documentId: 'kelly-keine-massenabschiebungen', annotations: 1 }]);
  });

  it('skips an item whose own @context is not the Web Annotation one, naming the field', async () => {
    const summary = await summaryOf(await fixture('wrong-context.jsonld'));
    expect(summary.plan.annotations).to.deep.equal([]);
    expect(summary.plan.skipped.map((group) => [group.reason, group.count, group.example.where])).to.deep.equal([
      ['not-an-annotation', 1, 'wrong-context.jsonld, annotation 1 (urn:uuid:00000000-0000-4000-8000-000000000001): @context'],
    ]);
  });

  it('has nothing to import from a file whose only annotation has no target, and says why', async () => {
    const summary = await summaryOf(await fixture('no-target.jsonld'));
    expect(summary.plan.annotations).to.deep.equal([]);
    expect(summary.plan.skipped.map((group) => [group.reason, group.count])).to.deep.equal([['no-target', 1]]);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const before = await snapshot();
    const huge = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'huge.jsonld');
    const prepared = await prepareImport(huge, stores);
    expect(prepared.ok ? [] : prepared.problems).to.deep.equal([
      { code: 'too-large', params: { file: 'huge.jsonld', megabytes: 50 }, message: 'huge.jsonld: the file is 50 MB; Close Reader imports files up to 50 MB.' },
    ]);
    expect(await snapshot()).to.deep.equal(before);
  });

  it('refuses 100,000 annotations in one file with one message', async () => {
    const one = { type: 'Annotation', target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const file = new File([JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: Array(100_001).fill(one) })], 'many.jsonld');
    const before = await snapshot();
    const prepared = await prepareImport(file, stores);
    expect(prepared.ok ? -1 : prepared.problems.length).to.equal(1);
    expect(await snapshot()).to.deep.equal(before);
  });

  it('keeps strings that look like HTML or script as plain text', async () => {
    expect(await confirmImport(await summaryOf(await fixture('html-strings.jsonld')), stores)).to.equal(1);
    const stored = await db.getAll('annotations');
    const imported = stored.find((annotation) => annotation.id !== existing.id)!;
    expect(imported.note).to.equal('<script>window.__xss = true</script> Kelly');
    const category = (await db.getAll('categories')).find((c) => c.imported);
    expect(category?.label.en).to.equal('<img src=x onerror=alert(1)>');
    expect((window as unknown as { __xss?: boolean }).__xss).to.equal(undefined);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await confirmImport(await summaryOf(await fixture('html-strings.jsonld')), stores);
    const after = await snapshot();
    const again = await summaryOf(await fixture('html-strings.jsonld'));
    expect([again.plan.annotations.length, again.plan.alreadyHere, again.plan.newCategories.length]).to.deep.equal([0, 1, 0]);
    expect(await confirmImport(again, stores)).to.equal(0);
    expect(await snapshot()).to.deep.equal(after);
  });

  it('writes nothing until the summary is confirmed', async () => {
    const before = await snapshot();
    const summary = await summaryOf(await fixture('html-strings.jsonld'));
    expect(summary.plan.annotations.length).to.equal(1);
    expect(await snapshot()).to.deep.equal(before);
  });
});
