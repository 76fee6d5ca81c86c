import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DATABASE_VERSION, openCloseReaderDatabase, StorageUnavailableError } from '../../src/storage/database.js';
import { describeStorageError } from '../../src/app/storage-error.js';
import { deleteDatabase, freshDatabaseName } from '../support/test-database.js';

describe('describeStorageError', () => {
  const cases: { name: string; error: unknown; expected: RegExp }[] = [
    { name: 'quota exceeded', error: new DOMException('quota', 'QuotaExceededError'), expected: /^The browser's storage is full \(quota exceeded\)/ },
    { name: "Firefox's old quota name", error: { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'x' }, expected: /quota exceeded/ },
    { name: 'a closed connection', error: new DOMException('closing', 'InvalidStateError'), expected: /connection .* was closed.*Reload/ },
    { name: 'an inactive transaction', error: new DOMException('inactive', 'TransactionInactiveError'), expected: /transaction had already ended/ },
    { name: 'an aborted transaction', error: new DOMException('aborted', 'AbortError'), expected: /cancelled before it was saved/ },
    { name: 'an unknown failure', error: new DOMException('internal', 'UnknownError'), expected: /did not give/ },
    { name: 'an unavailable IndexedDB', error: new StorageUnavailableError('unavailable', 'none'), expected: /private windows/ },
    { name: 'an upgrade blocked by another tab', error: new StorageUnavailableError('blocked', 'x'), expected: /another tab/ },
    { name: 'any other error', error: new TypeError('Something odd'), expected: /^Something odd$/ },
    { name: 'a DOMException with no sentence', error: new DOMException('No key given', 'DataError'), expected: /^No key given$/ },
    { name: 'a thrown string', error: 'plain words', expected: /^plain words$/ },
  ];

  for (const { name, error, expected } of cases) {
    it(`describes ${name}`, () => {
      expect(describeStorageError(error)).to.match(expected);
    });
  }

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
  });
});
