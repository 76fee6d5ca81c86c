/**
 * The one IndexedDB database of Close Reader: its typed schema and its cumulative upgrades
 * (shared/ARCHITECTURE.md, "Storage"). Each version's block runs once, in order, for databases
 * written by any earlier version; each is tested by opening a database the previous version wrote.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The database's name in the browser. */
export const DATABASE_NAME = 'close-reader';

/** The current schema version. Raise it with a new `if (oldVersion < N)` block in {@link upgrade}. */
export const DATABASE_VERSION = 1;

/** One stored setting: a key and a JSON value. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The schema: every store, its key and its indexes. */
export interface CloseReaderDB extends DBSchema {
  settings: {
    key: string;
    value: SettingRecord;
  };
}

/** An open connection to the database. */
export type CloseReaderDatabase = IDBPDatabase<CloseReaderDB>;

/** Why the database could not be opened, in words a reader can act on. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'blocked' | 'failed',
    cause: unknown,
  ) {
    super(`IndexedDB ${reason}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Opens (creating or upgrading) the database. Rejects with a {@link StorageUnavailableError} when
 * the browser has no IndexedDB (some private modes), when another tab with an older version blocks
 * the upgrade, or when opening fails.
 */
export async function openCloseReaderDatabase(name = DATABASE_NAME): Promise<CloseReaderDatabase> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('unavailable', 'no indexedDB in this browser');
  let blocked = false;
  try {
    const db = await openDB<CloseReaderDB>(name, DATABASE_VERSION, {
      upgrade,
      blocked() {
        blocked = true;
      },
      blocking() {
        // A newer version wants to open in another tab: step aside so its upgrade can run.
        db.close();
      },
    });
    return db;
  } catch (error) {
    throw new StorageUnavailableError(blocked ? 'blocked' : 'failed', error);
  }
}

function upgrade(db: IDBPDatabase<CloseReaderDB>, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('settings', { keyPath: 'key' });
  }
}
