/**
 * Where an import goes (issue 15, "Annotation sets"): "add to my reading" joins the reader's own
 * reading as ever; "keep as <name>'s reading" keeps the file's annotations apart in a 'shared'
 * set of each article, with the name the file gives its creator (editable), and leaves the reader's
 * own reading exactly as it was. Real IndexedDB, the import use case without any component.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { confirmImport, planAnnotationImport, type ImportStores, type ImportSummary } from '../../../src/app/import/annotation-import.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { messages } from '../../../src/model/result.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';

const DOC = 'kelly-keine-massenabschiebungen';
const TEXT = 'Bei der Umsetzung der neuen Einwanderungsrichtlinien wird es nach den Worten von US-Heimatschutzminister John Kelly';
const KELLY = { start: TEXT.indexOf('John Kelly'), end: TEXT.indexOf('John Kelly') + 10, exact: 'John Kelly', prefix: TEXT.slice(TEXT.indexOf('John Kelly') - 32, TEXT.indexOf('John Kelly')), suffix: ' weder Massenabschiebungen noch ' };

/** A file of two annotations on John Kelly by "Ada Lovelace" (one also by "Ben"), tagged Actor and Quote. */
function classmateFile(): string {
  const annotation = (n: number, creator: string, label: string) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:00000000-0000-4000-8000-00000000010${n}`,
    type: 'Annotation',
    creator: { type: 'Person', name: creator },
    body: [{ type: 'TextualBody', purpose: 'tagging', value: label }],
    target: { source: `tag:close-reader.app,2026:documents/${DOC}`, selector: [{ type: 'TextQuoteSelector', exact: 'John Kelly' }] },
  });
  return JSON.stringify([annotation(1, 'Ada Lovelace', 'Actor'), annotation(2, 'Ada  Lovelace ', 'Quote'), annotation(3, 'Ben', 'Quote')]);
}

describe('importing into a set', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let annotations: AnnotationStore;
  let stores: ImportStores;

  beforeEach(async () => {
    db = await databases.open();
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    stores = { articles: await loadShippedArticles(), annotations, categories: await CategoryStore.load(new CategoryRepository(db)) };
    await annotations.tag(DOC, KELLY, 'policy');
  });

  afterEach(async () => {
    annotations.close();
    await databases.cleanUp();
  });

  async function summary(): Promise<ImportSummary> {
    const planned = await planAnnotationImport(classmateFile(), 'klasse.jsonld', stores, new Date('2026-11-30T09:00:00.000Z'));
    if (!planned.ok) throw new Error(messages(planned.problems).join('\n'));
    return planned.value;
  }

  it('offers the name most of the file\'s annotations give their creator, and adds to my reading by default (today\'s merge)', async () => {
    const planned = await summary();
    expect(planned.creator).to.equal('Ada Lovelace');
    expect(planned.choices.target).to.equal(undefined);
    expect(planned.plan.annotations.map((a) => a.setId)).to.deep.equal([`mine:${DOC}`, `mine:${DOC}`, `mine:${DOC}`]);
    expect(await confirmImport(planned, stores)).to.equal(3);
    expect((await annotations.load(DOC)).length).to.equal(4);
  });

  it("keeps the file apart as <name>'s reading: a shared set with that author, and my reading unchanged", async () => {
    const mineBefore = await db.getAllFromIndex('annotations', 'bySet', `mine:${DOC}`);
    const planned = (await summary()).replan({ assignments: new Map(), target: { kind: 'shared', author: ' Ada  L. ' } });
    expect(planned.plan.annotations.map((a) => a.setId)).to.deep.equal([`shared:${DOC}:Ada L.`, `shared:${DOC}:Ada L.`, `shared:${DOC}:Ada L.`]);
    expect(await confirmImport(planned, stores)).to.equal(3);

    expect(await db.getAllFromIndex('annotations', 'bySet', `mine:${DOC}`)).to.deep.equal(mineBefore);
    expect(annotations.annotations(DOC).map((a) => a.categoryIds)).to.deep.equal([['policy']]);
    expect(await new AnnotationSetRepository(db).getSet(`shared:${DOC}:Ada L.`)).to.deep.equal({
      id: `shared:${DOC}:Ada L.`,
      kind: 'shared',
      documentId: DOC,
      author: 'Ada L.',
      modified: '2026-11-30T09:00:00.000Z',
    });
    const shared = await annotations.load(DOC, `shared:${DOC}:Ada L.`);
    expect(shared.map((a) => [a.creator, a.categoryIds])).to.deep.equal([
      ['Ada Lovelace', ['actor']],
      ['Ada  Lovelace ', ['quote']],
      ['Ben', ['quote']],
    ]);
    // The library counts the reader's own reading only.
    expect((await annotations.counts()).get(DOC)?.get('*')).to.equal(1);
  });

  it('edits stay in their set: tagging the shared set never joins my reading, and undo takes back only that', async () => {
    const setId = `shared:${DOC}:Ada`;
    await confirmImport((await summary()).replan({ assignments: new Map(), target: { kind: 'shared', author: 'Ada' } }), stores);
    await annotations.load(DOC, setId);
    const kelly = annotations.annotations(DOC, setId)[0]!;
    await annotations.edit(DOC, kelly.id, { note: 'Wer spricht?' });
    // The range is tagged in the shared set already: the category joins the earliest there, not my reading's.
    const tagged = await annotations.tag(DOC, KELLY, 'statistic', undefined, setId);
    expect([tagged.outcome, tagged.annotation.setId, tagged.annotation.categoryIds]).to.deep.equal(['category-added', setId, ['actor', 'statistic']]);
    expect(annotations.annotations(DOC).map((a) => a.categoryIds)).to.deep.equal([['policy']]);
    await annotations.undo();
    await annotations.undo();
    expect(annotations.annotations(DOC, setId).map((a) => [a.note ?? '', a.categoryIds])).to.deep.equal([
      ['', ['actor']],
      ['', ['quote']],
      ['', ['quote']],
    ]);
    expect((await db.getAllFromIndex('annotations', 'bySet', `mine:${DOC}`)).map((a) => a.categoryIds)).to.deep.equal([['policy']]);
  });
});
