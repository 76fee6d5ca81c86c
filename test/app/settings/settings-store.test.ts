import { expect } from '@open-wc/testing';
import { DEFAULT_FONT_SCALE } from '../../../src/model/settings/reader-settings.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { TestDatabases } from '../../support/test-database.js';
import { noStorageError, storageProblem } from '../../../src/app/storage-error.js';

describe('the settings store', () => {
  // Each test opens a database of its own: none depends on what another left behind.
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('writes a change to IndexedDB before it tells its listeners', async () => {
    const db = await databases.open();
    const store = await SettingsStore.load(new SettingsRepository(db));
    const readsAtNotice: Promise<unknown>[] = [];
    store.subscribe((settings) => {
      // Started when the listener is told: sees only what was committed by then.
      readsAtNotice.push(db.get('settings', 'fontScale').then((record) => [settings.fontScale, record?.value]));
    });
    await store.setFontScale(1.5);
    expect(await Promise.all(readsAtNotice)).to.deep.equal([[1.5, 1.5]]);
  });

  it('starts from what an earlier visit saved', async () => {
    const name = databases.name();
    const earlier = await databases.open(name);
    const visit = await SettingsStore.load(new SettingsRepository(earlier));
    expect(visit.settings.fontScale).to.equal(DEFAULT_FONT_SCALE);
    await visit.setFontScale(1.5);
    earlier.close();

    const store = await SettingsStore.load(new SettingsRepository(await databases.open(name)));
    expect(store.settings.fontScale).to.equal(1.5);
    expect(store.storageProblem).to.equal(undefined);
    expect(store.keepsNothing).to.equal(false);
  });

  it('works for the visit and names the problem when nothing can be saved', async () => {
    const store = SettingsStore.inMemory(storageProblem(noStorageError()));
    await store.setLocale('de');
    expect(store.settings.locale).to.equal('de');
    expect(store.storageProblem?.code).to.equal('storage-unavailable');
    expect(store.keepsNothing).to.equal(true);
  });
});
