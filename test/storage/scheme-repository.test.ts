/**
 * Schemes in a real IndexedDB: save and list, per-scheme listing through the byScheme index, a
 * category change that spans categories and annotations (and its scheme's relation types) kept
 * whole or not at all, scheme deletion and its refusals, and the per-article scheme choice with its
 * default.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { type Category, type CategoryScheme, DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../src/model/schemes/category.js';
import { CategoryRepository } from '../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { SchemeDeletionRefused, SchemeRepository } from '../../src/storage/scheme-repository.js';
import { SettingsRepository } from '../../src/storage/settings-repository.js';
import { ANNOTATION_TIME, makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

const CIVICS: CategoryScheme = {
  id: 'civics',
  iri: 'tag:close-reader.app,2026:schemes/civics',
  label: { de: 'Politische Bildung', en: 'Civics' },
  created: '2026-02-01T09:00:00.000Z',
  modified: '2026-02-01T09:00:00.000Z',
};
const ARCHIVE: CategoryScheme = { ...CIVICS, id: 'archive', iri: 'tag:close-reader.app,2026:schemes/archive', label: { de: 'Archiv', en: 'Archive' } };

function category(id: string, order: number, extra: Partial<Category> = {}): Category {
  return { id, label: { de: id, en: id }, colour: '#0072b2', line: 'solid', order, ...extra };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('schemes in IndexedDB', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let schemes: SchemeRepository;

  beforeEach(async () => {
    db = await databases.open();
    schemes = new SchemeRepository(db);
  });
  afterEach(() => databases.cleanUp());

  it('lists the default scheme of a new database with its four categories', async () => {
    expect(await schemes.listSchemes()).to.deep.equal([DEFAULT_SCHEME]);
    expect(await schemes.listCategories('default')).to.deep.equal(DEFAULT_CATEGORIES.map((c) => ({ ...c, schemeId: 'default' })));
  });

  it('saves a scheme with its categories, stamped with its id, and lists the default first, then by name', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 2), category('claim', 1, { schemeId: 'wrong' })]);
    await schemes.saveScheme(ARCHIVE, [category('box', 1)]);
    expect((await schemes.listSchemes()).map((s) => s.id)).to.deep.equal(['default', 'archive', 'civics']);
    expect(await schemes.getScheme('civics')).to.deep.equal(CIVICS);
    expect(await schemes.listCategories('civics')).to.deep.equal([
      category('claim', 1, { schemeId: 'civics' }),
      category('speaker', 2, { schemeId: 'civics' }),
    ]);
  });

  it('lists per scheme through the index: each scheme sees its own only', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2)]);
    await schemes.saveScheme(ARCHIVE, [category('box', 1)]);
    expect((await schemes.listCategories('civics')).map((c) => c.id)).to.deep.equal(['speaker', 'claim']);
    expect((await schemes.listCategories('archive')).map((c) => c.id)).to.deep.equal(['box']);
    expect((await schemes.listCategories('default')).map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
    expect(await db.countFromIndex('categories', 'byScheme', 'civics')).to.equal(2);
    expect(await schemes.listCategories('nope')).to.deep.equal([]);
  });

  it('counts a category stored without schemeId (an import’s) in the default scheme', async () => {
    await new CategoryRepository(db).put(category('untagged', 9, { imported: true }));
    expect((await schemes.listCategories('default')).map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic', 'untagged']);
  });

  it('writes nothing of saveScheme when one category cannot be stored', async () => {
    const broken: Record<string, unknown> = { ...category('broken', 3) };
    delete broken['id'];
    const error = await rejection(schemes.saveScheme(CIVICS, [category('speaker', 1), broken as unknown as Category]));
    expect((error as DOMException).name).to.equal('DataError');
    expect(await schemes.getScheme('civics')).to.equal(undefined);
    expect(await schemes.listCategories('civics')).to.deep.equal([]);
  });

  it('merges a save into the records as stored: only the fields it changed, a new category whole, the deletions', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2), category('old', 3)]);
    // Another tab renamed the speaker and recoloured the claim meanwhile.
    await schemes.saveScheme(CIVICS, [category('speaker', 1, { label: { de: 'Sprecher', en: 'speaker' } }), category('claim', 2, { colour: '#d55e00' })]);
    const saved = await schemes.mergeScheme({
      scheme: { id: 'civics', fields: [{ path: 'label.en', value: 'Civic education' }] },
      categories: [
        { id: 'speaker', fields: [{ path: 'label.en', value: 'Speaker' }] },
        { id: 'box', created: category('box', 4, { schemeId: 'civics' }), fields: [] },
      ],
      delete: ['old'],
    });
    const speaker = category('speaker', 1, { label: { de: 'Sprecher', en: 'Speaker' }, schemeId: 'civics' });
    expect(await schemes.listCategories('civics')).to.deep.equal([
      speaker,
      category('claim', 2, { colour: '#d55e00', schemeId: 'civics' }),
      category('box', 4, { schemeId: 'civics' }),
    ]);
    expect(await schemes.getScheme('civics')).to.deep.equal({ ...CIVICS, label: { de: 'Politische Bildung', en: 'Civic education' } });
    expect(saved).to.deep.equal({
      scheme: { ...CIVICS, label: { de: 'Politische Bildung', en: 'Civic education' } },
      categories: [speaker, category('box', 4, { schemeId: 'civics' })],
      gone: ['old'],
    });
  });

  it('drops a change of a category another tab deleted meanwhile: the deletion wins', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1)]);
    await schemes.applyCategoryChange({ categories: { delete: ['speaker'] } });
    const saved = await schemes.mergeScheme({ categories: [{ id: 'speaker', fields: [{ path: 'colour', value: '#d55e00' }] }] });
    expect(saved).to.deep.equal({ categories: [], gone: ['speaker'] });
    expect(await schemes.listCategories('civics')).to.deep.equal([]);
  });

  it('writes nothing of a merged save when one category cannot be stored', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1)]);
    const broken: Record<string, unknown> = { ...category('broken', 3) };
    delete broken['id'];
    const error = await rejection(
      schemes.mergeScheme({
        scheme: { id: 'civics', fields: [{ path: 'label.en', value: 'Renamed' }] },
        categories: [
          { id: 'speaker', fields: [{ path: 'colour', value: '#d55e00' }] },
          { id: 'broken', created: broken as unknown as Category, fields: [] },
        ],
      }),
    );
    expect((error as DOMException).name).to.equal('DataError');
    expect(await schemes.getScheme('civics')).to.deep.equal(CIVICS);
    expect(await schemes.listCategories('civics')).to.deep.equal([category('speaker', 1, { schemeId: 'civics' })]);
  });

  it('applies a category change across categories and annotations in one go', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2, { parentId: 'speaker' })]);
    await db.put('annotations', makeAnnotation({ id: 'a1', categoryIds: ['speaker'] }));
    await db.put('annotations', makeAnnotation({ id: 'a2', categoryIds: ['speaker', 'claim'] }));
    await schemes.applyCategoryChange({
      categories: { patch: [{ id: 'claim', fields: [{ path: 'parentId' }] }], delete: ['speaker'] },
      annotations: {
        ops: ['a1', 'a2'].map((id) => ({ kind: 'remove-category', id, categoryId: 'speaker', whenLast: 'delete' }) as const),
        at: ANNOTATION_TIME,
      },
    });
    expect(await schemes.listCategories('civics')).to.deep.equal([category('claim', 2, { schemeId: 'civics' })]);
    expect(await db.getAll('annotations')).to.deep.equal([makeAnnotation({ id: 'a2', categoryIds: ['claim'] })]);
  });

  it('writes nothing of a category change when an annotation cannot be stored (all or nothing across both stores)', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2)]);
    await db.put('annotations', makeAnnotation({ id: 'a1', categoryIds: ['speaker'] }));
    const broken: Record<string, unknown> = { ...makeAnnotation({ id: 'a2', categoryIds: ['claim'] }) };
    delete broken['id'];
    const error = await rejection(
      schemes.applyCategoryChange({
        categories: { patch: [{ id: 'new', created: category('new', 3, { schemeId: 'civics' }), fields: [] }], delete: ['speaker'] },
        annotations: {
          ops: [
            { kind: 'add-category', id: 'a1', categoryId: 'claim' },
            { kind: 'tag', annotation: broken as unknown as Annotation },
          ],
          at: ANNOTATION_TIME,
        },
      }),
    );
    expect((error as DOMException).name).to.equal('DataError');
    expect((await schemes.listCategories('civics')).map((c) => c.id)).to.deep.equal(['speaker', 'claim']);
    expect(await db.getAll('annotations')).to.deep.equal([makeAnnotation({ id: 'a1', categoryIds: ['speaker'] })]);
  });

  it('writes a category change’s scheme patch (its relation types pruned) in the same transaction: both or neither', async () => {
    const claims = { id: 'claims', iri: `${CIVICS.iri}/relations/claims`, label: { de: 'behauptet', en: 'claims' }, from: ['speaker'], to: ['claim', 'law'], schemeId: 'civics' };
    await schemes.saveScheme({ ...CIVICS, relationTypes: [claims] }, [category('speaker', 1), category('claim', 2), category('law', 3)]);
    const pruned = { id: 'civics', fields: [{ path: 'relationTypes', value: [{ ...claims, to: ['claim'] }] }] };
    const broken: Record<string, unknown> = { ...makeAnnotation({ id: 'a2', categoryIds: ['claim'] }) };
    delete broken['id'];
    const error = await rejection(
      schemes.applyCategoryChange({
        scheme: pruned,
        categories: { delete: ['law'] },
        annotations: { ops: [{ kind: 'tag', annotation: broken as unknown as Annotation }], at: ANNOTATION_TIME },
      }),
    );
    expect((error as DOMException).name).to.equal('DataError');
    expect((await schemes.getScheme('civics'))?.relationTypes).to.deep.equal([claims]);
    expect((await schemes.listCategories('civics')).map((c) => c.id)).to.deep.equal(['speaker', 'claim', 'law']);

    const applied = await schemes.applyCategoryChange({ scheme: pruned, categories: { delete: ['law'] } });
    expect(applied.scheme?.relationTypes).to.deep.equal([{ ...claims, to: ['claim'] }]);
    expect(await schemes.getScheme('civics')).to.deep.equal({ ...CIVICS, relationTypes: [{ ...claims, to: ['claim'] }] });
    expect((await schemes.listCategories('civics')).map((c) => c.id)).to.deep.equal(['speaker', 'claim']);
  });

  it('remembers the scheme of an article: the default until chosen, then the choice, across a reload', async () => {
    const name = databases.name();
    const first = await databases.open(name);
    const repository = new SchemeRepository(first);
    await repository.saveScheme(CIVICS, []);
    expect(await repository.schemeFor('doc-1')).to.equal('default');
    await repository.setSchemeFor('doc-1', 'civics');
    expect(await new SettingsRepository(first).get('scheme:doc-1')).to.equal('civics');
    first.close();
    const again = new SchemeRepository(await databases.open(name));
    expect(await again.schemeFor('doc-1')).to.equal('civics');
    expect(await again.schemeFor('doc-2')).to.equal('default');
  });

  it('falls back to the default when the chosen scheme is gone', async () => {
    await new SettingsRepository(db).set('scheme:doc-1', 'vanished');
    expect(await schemes.schemeFor('doc-1')).to.equal('default');
  });

  it('deletes a scheme with its categories and sends its articles back to the default', async () => {
    await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2)]);
    await schemes.saveScheme(ARCHIVE, [category('box', 1)]);
    await schemes.setSchemeFor('doc-1', 'civics');
    await schemes.setSchemeFor('doc-2', 'archive');
    await schemes.deleteScheme('civics');
    expect((await schemes.listSchemes()).map((s) => s.id)).to.deep.equal(['default', 'archive']);
    expect(await db.get('categories', 'speaker')).to.equal(undefined);
    expect(await db.get('settings', 'scheme:doc-1')).to.equal(undefined);
    expect(await schemes.schemeFor('doc-2')).to.equal('archive');
    expect((await schemes.listCategories('archive')).map((c) => c.id)).to.deep.equal(['box']);
  });

  const refusals: [string, () => Promise<void>, string, number][] = [
    ['the default scheme', async () => undefined, 'default', 0],
    ['a scheme that is not there', async () => undefined, 'nope', 0],
    ['a scheme whose categories annotations use', async () => void (await db.put('annotations', makeAnnotation({ id: 'a1', categoryIds: ['claim'] }))), 'civics', 1],
  ];
  for (const [name, arrange, id, count] of refusals) {
    it(`refuses to delete ${name}, and deletes nothing`, async () => {
      await schemes.saveScheme(CIVICS, [category('speaker', 1), category('claim', 2)]);
      await arrange();
      const error = await rejection(schemes.deleteScheme(id));
      expect(error).to.be.instanceOf(SchemeDeletionRefused);
      expect((error as SchemeDeletionRefused).annotations).to.equal(count);
      expect((await schemes.listSchemes()).map((s) => s.id)).to.deep.equal(['default', 'civics']);
      expect(await schemes.listCategories('civics')).to.have.length(2);
      expect(await schemes.annotationsUsing('civics')).to.equal(count);
    });
  }
});
