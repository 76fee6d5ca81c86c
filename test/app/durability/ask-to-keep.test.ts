/**
 * Asking the browser to keep the data: once, remembered in the settings (real IndexedDB) so a
 * later visit does not ask again; not at all where there is no storage manager. The browser's
 * storage manager is a stand-in that counts the questions.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { BrowserStorage } from '../../../src/app/durability/browser-storage.js';
import { askToKeepStorage } from '../../../src/app/durability/ask-to-keep.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import { TestDatabases } from '../../support/test-database.js';
import { noStorageError, storageProblem } from '../../../src/app/storage-error.js';

/** Why nothing can be stored: what main.ts gives the settings store when IndexedDB cannot be opened. */
const noStorage = storageProblem(noStorageError());

/** A storage manager that answers `agrees` to persist() and counts how often it was asked. */
function browserThat(agrees: boolean) {
  const browser = {
    asked: 0,
    persist: () => {
      browser.asked += 1;
      return Promise.resolve(agrees);
    },
    persisted: () => Promise.resolve(false),
    estimate: () => Promise.resolve({ usage: 0 }),
  } satisfies BrowserStorage & { asked: number };
  return browser;
}

describe('asking the browser to keep the data', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('asks once, at the first annotation, and a later visit remembers that it did', async () => {
    const name = databases.name();
    const db = await databases.open(name);
    const settings = await SettingsStore.load(new SettingsRepository(db));
    const browser = browserThat(true);

    const first = askToKeepStorage(settings, browser);
    const second = askToKeepStorage(settings, browser); // a second annotation before the answer came
    expect(await first).to.equal(true);
    // typeof: a failing check on a promise itself would not reach the test runner's report.
    expect(typeof second).to.equal('undefined');
    expect(browser.asked).to.equal(1);
    expect(settings.safekeeping.storageAsked).to.equal(true);

    await waitUntil(async () => (await db.get('settings', 'storageAsked'))?.value === true, 'the question was not remembered');
    db.close();
    const later = await SettingsStore.load(new SettingsRepository(await databases.open(name)));
    expect(later.safekeeping.storageAsked).to.equal(true);
    expect(typeof askToKeepStorage(later, browser)).to.equal('undefined');
    expect(browser.asked).to.equal(1);
  });

  it("resolves to the browser's answer, false when asking fails", async () => {
    const declining = browserThat(false);
    expect(await askToKeepStorage(SettingsStore.inMemory(noStorage), declining)).to.equal(false);
    const failing = { ...browserThat(true), persist: () => Promise.reject(new DOMException('no', 'InvalidStateError')) };
    expect(await askToKeepStorage(SettingsStore.inMemory(noStorage), failing)).to.equal(false);
  });

  it('does not ask, nor remember asking, where the page has no storage manager', () => {
    const settings = SettingsStore.inMemory(noStorage);
    expect(typeof askToKeepStorage(settings, undefined)).to.equal('undefined');
    expect(settings.safekeeping.storageAsked).to.equal(false);
  });
});

describe('the last export, in the settings', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('is remembered across visits and told to the listeners after it is written', async () => {
    const name = databases.name();
    const db = await databases.open(name);
    const settings = await SettingsStore.load(new SettingsRepository(db));
    expect(settings.safekeeping).to.deep.equal({ storageAsked: false, lastExport: undefined });
    const storedAtNotice: Promise<unknown>[] = [];
    settings.subscribe(() => storedAtNotice.push(db.get('settings', 'lastExport').then((record) => record?.value)));
    await settings.recordExport('2026-11-23T12:00:00.000Z');
    expect(await Promise.all(storedAtNotice)).to.deep.equal(['2026-11-23T12:00:00.000Z']);
    db.close();
    const later = await SettingsStore.load(new SettingsRepository(await databases.open(name)));
    expect(later.safekeeping).to.deep.equal({ storageAsked: false, lastExport: '2026-11-23T12:00:00.000Z' });
  });
});
