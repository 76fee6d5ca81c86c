import { expect } from '@open-wc/testing';
import { openCloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { deleteDatabase, freshDatabaseName } from '../../support/test-database.js';

describe('the settings store', () => {
  const name = freshDatabaseName();

  after(() => deleteDatabase(name));

  it('writes a change to IndexedDB before it tells its listeners', async () => {
    const db = await openCloseReaderDatabase(name);
    const store = await SettingsStore.load(new SettingsRepository(db));
    const readsAtNotice: Promise<unknown>[] = [];
    store.subscribe((settings) => {
      // Started when the listener is told: sees only what was committed by then.
      readsAtNotice.push(db.get('settings', 'fontScale').then((record) => [settings.fontScale, record?.value]));
    });
    await store.setFontScale(1.5);
    expect(await Promise.all(readsAtNotice)).to.deep.equal([[1.5, 1.5]]);
    db.close();
  });

  it('starts from what an earlier visit saved', async () => {
    const db = await openCloseReaderDatabase(name);
    const store = await SettingsStore.load(new SettingsRepository(db));
    expect(store.settings.fontScale).to.equal(1.5);
    expect(store.storageProblem).to.equal(undefined);
    db.close();
  });

  it('works for the visit and names the problem when nothing can be saved', async () => {
    const store = SettingsStore.inMemory('IndexedDB unavailable: private mode');
    await store.setLocale('de');
    expect(store.settings.locale).to.equal('de');
    expect(store.storageProblem).to.contain('private mode');
  });
});
