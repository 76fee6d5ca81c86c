/**
 * A database written by a newer version of Close Reader (the reader went back to an older build:
 * an older copy on the school server, a cached page) is opened read-only when it still has the
 * stores and indexes this build reads: at its own version, never upgraded, never deleted. One guard
 * on the connection refuses every readwrite transaction before it starts, whoever asks for it (a
 * repository, `writeAll`, a shortcut such as `db.put`), with a {@link ReadOnlyDatabaseError};
 * reading and export work as ever. When the stores do not match, nothing is opened.
 */
import { openDB, unwrap, type IDBPDatabase, type StoreNames } from 'idb';
import type { CloseReaderDB, CloseReaderDatabase } from './database.js';

/** A change asked of a database that is open read-only: refused before anything was written. */
export class ReadOnlyDatabaseError extends Error {
  constructor() {
    super('The data was written by a newer version of Close Reader and is open read-only here: the change was not saved.');
    this.name = 'ReadOnlyDatabaseError';
  }
}

/** What this build reads of each store: its key path and the indexes it queries, by key path. */
const READS: Readonly<Record<StoreNames<CloseReaderDB>, { readonly keyPath: string; readonly indexes: Readonly<Record<string, string>> }>> = {
  settings: { keyPath: 'key', indexes: {} },
  annotations: { keyPath: 'id', indexes: { byDocument: 'documentId', bySet: 'setId' } },
  annotationSets: { keyPath: 'id', indexes: { byDocument: 'documentId', byAssignment: 'assignmentId' } },
  assignments: { keyPath: 'assignment.id', indexes: {} },
  categories: { keyPath: 'id', indexes: { byScheme: 'schemeId' } },
  schemes: { keyPath: 'id', indexes: {} },
  documents: { keyPath: 'id', indexes: {} },
  sourceAliases: { keyPath: 'source', indexes: { byDocument: 'documentId' } },
  relations: { keyPath: 'id', indexes: { bySet: 'setId', bySource: 'sourceId', byTarget: 'targetId' } },
  sharedProjects: { keyPath: 'setId', indexes: {} },
};

/** The connections {@link openReadOnly} made, which refuse to write. */
const readOnly = new WeakSet<object>();

/** Whether `db` was opened read-only (a newer version's data): every change to it is refused. */
export function isReadOnlyDatabase(db: CloseReaderDatabase): boolean {
  return readOnly.has(db);
}

/**
 * Opens the database `name`, which a newer version wrote, at its own version, read-only; resolves
 * to undefined (and keeps no connection) when it lacks a store or an index this build reads, or has
 * them under other keys. `onClosedForUpdate` is called when a still newer version asks for it in
 * another tab, and this connection has been closed for it.
 */
export async function openReadOnly(name: string, onClosedForUpdate?: () => void): Promise<CloseReaderDatabase | undefined> {
  const db: CloseReaderDatabase = await openDB<CloseReaderDB>(name, undefined, {
    // Opening without a version creates the database when it is gone (deleted in another tab
    // since): create nothing.
    upgrade(_db, _old, _new, transaction) {
      transaction.abort();
    },
    blocking() {
      db.close();
      onClosedForUpdate?.();
    },
  });
  if (!readsAsThisBuild(db)) {
    db.close();
    return undefined;
  }
  refuseWrites(db);
  readOnly.add(db);
  return db;
}

/** Whether `db` has every store and index this build reads, under the same keys. */
function readsAsThisBuild(db: IDBPDatabase<CloseReaderDB>): boolean {
  // The browser's own connection: the stores of a newer version need not match this build's types.
  const connection = unwrap(db);
  const names = Object.keys(READS) as StoreNames<CloseReaderDB>[];
  if (!names.every((name) => connection.objectStoreNames.contains(name))) return false;
  // Nothing is read here: the transaction only shows the stores' shapes, and ends by itself.
  const tx = connection.transaction(names, 'readonly');
  return names.every((name) => {
    const store = tx.objectStore(name);
    const { keyPath, indexes } = READS[name];
    if (store.keyPath !== keyPath) return false;
    return Object.entries(indexes).every(([index, path]) => store.indexNames.contains(index) && store.index(index).keyPath === path);
  });
}

/**
 * The one guard: `transaction` of this connection refuses 'readwrite' (and 'versionchange' has no
 * way in: the version is never raised here). Set on the connection itself, under idb's wrapper, so
 * that idb's own shortcuts (`db.put`, `db.delete`), which open their transaction through it, pass
 * it too. A refusal throws before a transaction exists, so nothing can be half written.
 */
function refuseWrites(db: CloseReaderDatabase): void {
  const connection = unwrap(db);
  const open = IDBDatabase.prototype.transaction;
  Object.defineProperty(connection, 'transaction', {
    configurable: true,
    value(this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions): IDBTransaction {
      if (mode === 'readwrite') throw new ReadOnlyDatabaseError();
      return open.call(this, stores, mode, options);
    },
  });
}
