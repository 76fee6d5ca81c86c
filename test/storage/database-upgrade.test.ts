import { expect } from '@open-wc/testing';
import { openDB, type IDBPDatabase } from 'idb';
import { DEFAULT_CATEGORIES, type Category } from '../../src/model/category.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { SettingsRepository } from '../../src/storage/settings-repository.js';
import { TestDatabases } from '../support/test-database.js';

/** Writes a database the way version 1 of Close Reader did: only a settings store. */
async function writeVersion1(name: string, settings: Record<string, unknown>): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('settings', { keyPath: 'key' });
    },
  });
  for (const [key, value] of Object.entries(settings)) await v1.put('settings', { key, value });
  v1.close();
}

describe('database version 2', () => {
  const databases = new TestDatabases();
  const open = (name: string): Promise<CloseReaderDatabase> => databases.open(name);
  const named = (): string => databases.name();

  afterEach(() => databases.cleanUp());

  it('upgrades a version 1 database: its settings are kept and the new stores are made', async () => {
    const name = named();
    await writeVersion1(name, { locale: 'de', fontScale: 1.25 });

    const db = await open(name);
    expect(db.version).to.equal(2);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['annotations', 'categories', 'settings']);
    const annotations = db.transaction('annotations').store;
    expect([...annotations.indexNames]).to.deep.equal(['byDocument']);
    expect(annotations.keyPath).to.equal('id');
    expect(annotations.index('byDocument').keyPath).to.equal('documentId');
    expect(db.transaction('categories').store.keyPath).to.equal('id');
    expect(await new SettingsRepository(db).getAll()).to.deep.equal({ locale: 'de', fontScale: 1.25 });
    expect(await db.count('annotations')).to.equal(0);
  });

  it('seeds the four default categories with their keys 1 to 4 when upgrading from version 1', async () => {
    const name = named();
    await writeVersion1(name, {});

    const db = await open(name);
    const categories = await db.getAll('categories');
    expect(categories.map((category) => category.id).sort()).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
    expect(Object.fromEntries(categories.map((category) => [category.id, category.key]))).to.deep.equal({
      actor: '1',
      policy: '2',
      quote: '3',
      statistic: '4',
    });
    for (const category of DEFAULT_CATEGORIES) expect(await db.get('categories', category.id)).to.deep.equal(category);
  });

  it('seeds a new database with the defaults once: reopening neither duplicates nor resets them', async () => {
    const name = named();
    const first = await open(name);
    expect(await first.count('categories')).to.equal(DEFAULT_CATEGORIES.length);
    const actor = (await first.get('categories', 'actor'))!;
    const renamed: Category = { ...actor, label: { de: 'Handelnde', en: 'Agent' } };
    await first.put('categories', renamed);
    await first.delete('categories', 'statistic');
    first.close();

    const second = await open(name);
    expect(await second.count('categories')).to.equal(DEFAULT_CATEGORIES.length - 1);
    expect(await second.get('categories', 'actor')).to.deep.equal(renamed);
    expect(await second.get('categories', 'statistic')).to.equal(undefined);
    second.close();

    const third = await open(name);
    expect(await third.count('categories')).to.equal(DEFAULT_CATEGORIES.length - 1);
    expect((await third.get('categories', 'actor'))!.label.en).to.equal('Agent');
  });

  it('is not blocked by a version 1 tab that steps aside when a newer version opens', async () => {
    const name = named();
    let steppedAside = false;
    const oldTab: IDBPDatabase = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings', { keyPath: 'key' });
      },
      blocking() {
        steppedAside = true;
        oldTab.close();
      },
    });
    databases.track(oldTab);

    const db = await open(name);
    expect(steppedAside).to.equal(true);
    expect(db.version).to.equal(2);
    expect(await db.count('categories')).to.equal(DEFAULT_CATEGORIES.length);
  });
});
