/**
 * IndexedDB databases for browser tests: a name of its own per test, so tests never see each
 * other's data, and a clean-up that closes what was opened and waits until it is deleted.
 */
import { openCloseReaderDatabase, type CloseReaderDatabase } from '../../src/storage/database.js';

/** A database name no other test uses. */
export function freshDatabaseName(): string {
  return `close-reader-test-${crypto.randomUUID()}`;
}

/**
 * Deletes a database and waits until the browser has done so. When a connection is still open the
 * browser reports the delete blocked; this resolves then too, and the browser finishes the delete
 * as soon as that connection closes.
 */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/**
 * The databases a test opens: `cleanUp()` (in `afterEach`) closes every connection and deletes
 * every database, and waits for it.
 */
export class TestDatabases {
  private readonly connections: { close(): void }[] = [];
  private readonly names = new Set<string>();

  /** A fresh database name, deleted at clean-up. */
  name(): string {
    const name = freshDatabaseName();
    this.names.add(name);
    return name;
  }

  /** Opens Close Reader's database `name` (a fresh one by default); closed and deleted at clean-up. */
  async open(name = this.name()): Promise<CloseReaderDatabase> {
    this.names.add(name);
    return this.track(await openCloseReaderDatabase(name));
  }

  /** Closes `connection` at clean-up too: one opened some other way (an older version, say). */
  track<T extends { close(): void }>(connection: T): T {
    this.connections.push(connection);
    return connection;
  }

  /** Closes every connection, deletes every database and waits until that is done. */
  async cleanUp(): Promise<void> {
    for (const connection of this.connections.splice(0)) connection.close();
    const names = [...this.names];
    this.names.clear();
    await Promise.all(names.map(deleteDatabase));
  }
}
