import { expect } from '@open-wc/testing';
import { DEFAULT_CATEGORIES, type Category } from '../../src/model/schemes/category.js';
import { CategoryRepository } from '../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { TestDatabases } from '../support/test-database.js';

/** A category with made-up label and colour. */
function category(id: string, order: number): Category {
  return { id, label: { de: id, en: id }, colour: '#56b4e9', line: 'wavy', order };
}

describe('categories in IndexedDB', () => {
  const databases = new TestDatabases();
  const open = (name?: string): Promise<CloseReaderDatabase> => databases.open(name);

  afterEach(() => databases.cleanUp());

  it('lists the default scheme of a new database in its order', async () => {
    const listed = await new CategoryRepository(await open()).list();
    expect(listed.map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
    expect(listed).to.deep.equal(DEFAULT_CATEGORIES.map((category) => ({ ...category, schemeId: 'default' })));
  });

  it('lists by order, then by id, whatever the order they were stored or their ids sort in', async () => {
    const repository = new CategoryRepository(await open());
    await repository.putMany([category('zeta', 0), category('beta', 2.5), category('alpha', 2.5), category('aaa', 10)]);
    expect((await repository.list()).map((c) => c.id)).to.deep.equal([
      'zeta',
      'actor',
      'policy',
      'alpha',
      'beta',
      'quote',
      'statistic',
      'aaa',
    ]);
  });

  it('renames a category in place, and the rename survives a reload', async () => {
    const name = databases.name();
    const firstDb = await open(name);
    const first = new CategoryRepository(firstDb);
    const quote = (await first.list()).find((c) => c.id === 'quote')!;
    await first.put({ ...quote, label: { de: 'Wörtliches Zitat', en: 'Direct quote' } });
    firstDb.close();

    const listed = await new CategoryRepository(await open(name)).list();
    expect(listed).to.have.length(DEFAULT_CATEGORIES.length);
    expect(listed.find((c) => c.id === 'quote')!.label).to.deep.equal({ de: 'Wörtliches Zitat', en: 'Direct quote' });
    expect(listed.map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
  });

  it('adds a new category with put', async () => {
    const repository = new CategoryRepository(await open());
    await repository.put({ ...category('framing', 5), key: '5', parentId: 'policy' });
    const listed = await repository.list();
    expect(listed.map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic', 'framing']);
    expect(listed[4]).to.deep.equal({ ...category('framing', 5), key: '5', parentId: 'policy' });
  });

  it('writes nothing of a putMany when one category lacks its id (all or nothing)', async () => {
    const repository = new CategoryRepository(await open());
    const withoutId: Record<string, unknown> = { ...category('broken', 6) };
    delete withoutId['id'];
    let error: unknown;
    try {
      await repository.putMany([category('framing', 5), withoutId as unknown as Category]);
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('DataError');
    expect((await repository.list()).map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
  });
});
