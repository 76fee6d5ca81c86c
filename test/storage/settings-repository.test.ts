import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DATABASE_VERSION, openCloseReaderDatabase, type CloseReaderDatabase } from '../../src/storage/database.js';
import { SettingsRepository } from '../../src/storage/settings-repository.js';
import { TestDatabases } from '../support/test-database.js';

describe('settings in IndexedDB', () => {
  const databases = new TestDatabases();
  const open = (name: string): Promise<CloseReaderDatabase> => databases.open(name);

  afterEach(() => databases.cleanUp());

  it('creates the current schema version with a settings store', async () => {
    const name = databases.name();
    const db = await open(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect([...db.objectStoreNames]).to.include('settings');
  });

  it('keeps what was set across a new connection (a reload)', async () => {
    const name = databases.name();
    const firstDb = await open(name);
    const first = new SettingsRepository(firstDb);
    await first.set('fontScale', 1.25);
    await first.set('locale', 'de');
    firstDb.close();

    const second = new SettingsRepository(await open(name));
    expect(await second.get('fontScale')).to.equal(1.25);
    expect(await second.getAll()).to.deep.equal({ fontScale: 1.25, locale: 'de' });
  });

  it('overwrites a setting instead of keeping two', async () => {
    const name = databases.name();
    const repository = new SettingsRepository(await open(name));
    await repository.set('locale', 'de');
    await repository.set('locale', 'en');
    expect(await repository.getAll()).to.deep.equal({ locale: 'en' });
  });

  it('answers undefined for a setting never made', async () => {
    const name = databases.name();
    expect(await new SettingsRepository(await open(name)).get('fontScale')).to.equal(undefined);
  });

  it('rejects with a clear error when a newer version of the database is already there', async () => {
    const name = databases.name();
    const newer = await openDB(name, DATABASE_VERSION + 1);
    newer.close();
    let error: unknown;
    try {
      await openCloseReaderDatabase(name);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).name).to.equal('StorageUnavailableError');
    expect((error as Error).message).to.match(/IndexedDB failed/);
  });
});
