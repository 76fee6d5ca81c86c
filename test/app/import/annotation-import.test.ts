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
    { file: 'wrong-context.jsonld', message: /@context/ },
    { file: 'no-target.jsonld', message: /target/ },
    { file: 'negative-positions.jsonld', message: /TextPositionSelector|start/ },
    { file: 'reversed-positions.jsonld', message: /TextPositionSelector|end/ },
    { file: 'positions-beyond-text.jsonld', message: /annotation 1.*beyond the article's text/ },
    { file: 'unknown-document.jsonld', message: /annotation 2.*"https:\/\/example\.org\/not-in-library" is not an article in the library/ },
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
