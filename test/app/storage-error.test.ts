import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DATABASE_VERSION, openCloseReaderDatabase, StorageUnavailableError } from '../../src/storage/database.js';
import { describeStorageError, noStorageError, type StorageCode, storageProblem } from '../../src/app/storage-error.js';
import { deleteDatabase, freshDatabaseName } from '../support/test-database.js';

describe('describeStorageError', () => {
  const cases: { name: string; error: unknown; expected: RegExp; code: StorageCode }[] = [
    { name: 'quota exceeded', error: new DOMException('quota', 'QuotaExceededError'), expected: /^The browser's storage is full \(quota exceeded\)/, code: 'storage-quota-exceeded' },
    { name: "Firefox's old quota name", error: { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'x' }, expected: /quota exceeded/, code: 'storage-quota-exceeded' },
    { name: 'a closed connection', error: new DOMException('closing', 'InvalidStateError'), expected: /connection .* was closed.*Reload/, code: 'storage-connection-closed' },
    { name: 'an inactive transaction', error: new DOMException('inactive', 'TransactionInactiveError'), expected: /transaction had already ended/, code: 'storage-transaction-inactive' },
    { name: 'an aborted transaction', error: new DOMException('aborted', 'AbortError'), expected: /cancelled before it was saved/, code: 'storage-aborted' },
    { name: 'an unknown failure', error: new DOMException('internal', 'UnknownError'), expected: /did not give/, code: 'storage-unknown-failure' },
    { name: 'an unavailable IndexedDB', error: new StorageUnavailableError('unavailable', 'none'), expected: /private windows/, code: 'storage-unavailable' },
    { name: 'an upgrade blocked by another tab', error: new StorageUnavailableError('blocked', 'x'), expected: /Close its other tabs: this one opens as soon as they are closed/, code: 'storage-upgrade-blocked' },
    { name: 'a store asked to write without storage', error: noStorageError(), expected: /private windows/, code: 'storage-unavailable' },
    { name: 'any other error', error: new TypeError('Something odd'), expected: /^Something odd$/, code: 'storage-failed' },
    { name: 'a DOMException with no sentence', error: new DOMException('No key given', 'DataError'), expected: /^No key given$/, code: 'storage-failed' },
    { name: 'a thrown string', error: 'plain words', expected: /^plain words$/, code: 'storage-failed' },
  ];

  for (const { name, error, expected, code } of cases) {
    it(`describes ${name} (${code})`, () => {
      expect(describeStorageError(error)).to.match(expected);
      const found = storageProblem(error);
      expect(found.code).to.equal(code);
      expect(found.message).to.equal(describeStorageError(error));
    });
  }

  it('keeps the words of any other failure as the reason the interface shows', () => {
    expect(storageProblem(new TypeError('Something odd'))).to.deep.equal({ code: 'storage-failed', params: { reason: 'Something odd' }, message: 'Something odd' });
  });

  it('describes a failed open by its cause: data written by a newer version', async () => {
    const name = freshDatabaseName();
    (await openDB(name, DATABASE_VERSION + 1)).close();
    let error: unknown;
    try {
      (await openCloseReaderDatabase(name)).close();
    } catch (caught) {
      error = caught;
    } finally {
      await deleteDatabase(name);
    }
    expect(describeStorageError(error)).to.match(/newer version of Close Reader/);
    expect(storageProblem(error).code).to.equal('storage-newer-version');
  });
});
