/**
 * Hostile files on the header's Import (src/app/import/file-import.ts, issue 12), over real
 * IndexedDB and without any component: a codebook of 1,000 concepts becomes a scheme of 1,000
 * categories in one write; a file that would take that scheme past 1,000 categories is refused,
 * naming both counts, and changes nothing; a scheme file and an annotation file nested 100,000
 * levels deep are refused with 'too-deep' (before: a stack overflow with no message) and change
 * nothing; a scheme file of 10,000 concepts is refused with 'too-many-categories'.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { Category, CategoryScheme } from '../../../src/model/schemes/category.js';
import type { Problem } from '../../../src/model/result.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import type { ImportStores } from '../../../src/app/import/annotation-import.js';
import { prepareFileImport } from '../../../src/app/import/file-import.js';
import { confirmSchemeImport } from '../../../src/app/import/scheme-import.js';
import { loadShippedArticles } from '../../support/articles.js';
import { deepAnnotation, deepScheme, MANY_SCHEME_IRI, manyConceptScheme } from '../../support/scheme-files.js';
import { TestDatabases } from '../../support/test-database.js';

describe('hostile files on the header’s Import', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let stores: ImportStores;

  beforeEach(async () => {
    db = await databases.open();
    const library = await LibraryStore.load(await loadShippedArticles(), new DocumentRepository(db));
    const annotations = databases.track(new AnnotationStore(new AnnotationRepository(db), undefined, undefined));
    const categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    stores = { articles: library, library, annotations, categories };
  });

  afterEach(() => databases.cleanUp());

  /** Everything the profile stores, to show that a refused file changed nothing. */
  async function snapshot(): Promise<[Annotation[], Category[], CategoryScheme[]]> {
    return [await db.getAll('annotations'), await db.getAll('categories'), await db.getAll('schemes')];
  }

  /** The problems a file is refused with (none when it is accepted). */
  async function refusal(text: string, name: string): Promise<readonly Problem[]> {
    const result = await prepareFileImport(new File([text], name), stores);
    return result.ok ? [] : result.problems;
  }

  /** Imports a scheme file as the dialog does after the reader confirmed its summary. */
  async function importScheme(text: string, name: string): Promise<void> {
    const prepared = await prepareFileImport(new File([text], name), stores);
    if (!prepared.ok || prepared.value.kind !== 'scheme') throw new Error(prepared.ok ? 'read as annotations' : prepared.problems[0]!.message);
    await confirmSchemeImport(prepared.value.summary, stores.categories);
  }

  it('imports a codebook of 1,000 concepts as a scheme of 1,000 categories, stored', async () => {
    await importScheme(manyConceptScheme(1000), 'codebook.jsonld');
    const stored = (await db.getAll('categories')).filter((category) => category.schemeId === 'codebook');
    expect(stored.length).to.equal(1000);
    expect(stores.categories.inScheme('codebook').length).to.equal(1000);
    expect((await db.getAll('schemes')).find((scheme) => scheme.id === 'codebook')?.iri).to.equal(MANY_SCHEME_IRI);
  });

  it('refuses a file that would take that scheme to 1,001 categories, naming both counts, and changes nothing', async () => {
    await importScheme(manyConceptScheme(1000), 'codebook.jsonld');
    const before = await snapshot();
    // One concept more of the same codebook: the file is within the limit, the scheme would not be.
    const problems = await refusal(manyConceptScheme(1, 1001), 'codebook-2.jsonld');
    expect(problems).to.deep.equal([
      {
        code: 'too-many-categories',
        params: { count: 1001, max: 1000, file: 'codebook-2.jsonld', stored: 1000 },
        message: 'codebook-2.jsonld: with the 1,000 categories it has already, the scheme would have 1,001; a scheme holds at most 1,000',
      },
    ]);
    expect(await snapshot()).to.deep.equal(before);
  });

  const refused: [string, () => string, string][] = [
    ['a scheme file nested 100,000 levels deep', () => deepScheme(100_000), 'too-deep'],
    ['an annotation file nested 100,000 levels deep', () => deepAnnotation(100_000), 'too-deep'],
    ['a scheme file of 10,000 concepts', () => manyConceptScheme(10_000), 'too-many-categories'],
  ];
  for (const [name, make, code] of refused) {
    it(`refuses ${name} with '${code}', and changes nothing`, async () => {
      const before = await snapshot();
      const problems = await refusal(make(), 'feindlich.jsonld');
      expect(problems.map((problem) => [problem.code, problem.params['file']])).to.deep.equal([[code, 'feindlich.jsonld']]);
      expect(await snapshot()).to.deep.equal(before);
    });
  }
});
