/**
 * The one IndexedDB database of Close Reader: its typed schema and its cumulative upgrades
 * (shared/ARCHITECTURE.md, "Storage"). Each version's block runs once, in order, for databases
 * written by any earlier version; each is tested by opening a database the previous version wrote.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { Annotation } from '../model/annotations/annotation.js';
import { mineSet, mineSetId, type AnnotationSet } from '../model/sets/annotation-set.js';
import type { AssignmentRecord } from '../model/assignments/assignment-record.js';
import { DEFAULT_CATEGORIES, DEFAULT_SCHEME, DEFAULT_SCHEME_ID, type Category, type CategoryScheme } from '../model/schemes/category.js';
import type { OwnDocument } from '../model/documents/own-documents.js';
import type { Relation } from '../model/relations/relation.js';
import type { SourceAlias } from '../model/documents/source-alias.js';
import type { SharedProjectLink } from '../model/sync/shared-project-link.js';
import { openReadOnly } from './read-only-database.js';

/** The database's name in the browser. */
export const DATABASE_NAME = 'close-reader';

/** The current schema version. Raise it with a new `if (oldVersion < N)` block in {@link upgrade}. */
export const DATABASE_VERSION = 7;

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
  /**
   * Since version 2: every annotation, keyed by its id, found per article through `byDocument`.
   * Since version 5 each names its set (`setId`), found per set through `bySet`, and by set and
   * exact range through `byRange` (`[setId, start, end]`), so tagging a passage reads only the
   * annotation it may join (of its own set), not the article's thousands.
   */
  annotations: {
    key: string;
    value: Annotation;
    indexes: { byDocument: string; bySet: string; byRange: [string, number, number] };
  };
  /**
   * Since version 5: the annotation sets (model/sets/annotation-set.ts), keyed by id, found per
   * article through `byDocument` and per assignment through `byAssignment`.
   */
  annotationSets: {
    key: string;
    value: AnnotationSet;
    indexes: { byDocument: string; byAssignment: string };
  };
  /**
   * Since version 5: the assignments of this browser (model/assignments/assignment-record.ts),
   * keyed by the assignment's id (`assignment.id`, a `urn:uuid`).
   */
  assignments: {
    key: string;
    value: AssignmentRecord;
  };
  /**
   * Since version 2: the categories, keyed by category id; seeded with the defaults. Since
   * version 3 each names its scheme (`schemeId`), found per scheme through `byScheme`.
   */
  categories: {
    key: string;
    value: Category;
    indexes: { byScheme: string };
  };
  /**
   * Since version 6: the relations between annotations (model/relations/relation.ts: "this quote —
   * said by — this actor"), keyed by id, found per set through `bySet` and per annotation through
   * `bySource` and `byTarget` (what an annotation's deletion takes along, in its transaction).
   */
  relations: {
    key: string;
    value: Relation;
    indexes: { bySet: string; bySource: string; byTarget: string };
  };
  /** Since version 3: the category schemes, keyed by id; seeded with the default scheme. */
  schemes: {
    key: string;
    value: CategoryScheme;
  };
  /** Since version 3: the reader's own documents, keyed by id. */
  documents: {
    key: string;
    value: OwnDocument;
  };
  /**
   * Since version 4: the sources of other tools (a newspaper URL, a `urn:`) the reader assigned to
   * an article on import, keyed by `source` (its aliasKey), found per article through `byDocument`.
   */
  sourceAliases: {
    key: string;
    value: SourceAlias;
    indexes: { byDocument: string };
  };
  /**
   * Since version 7: the links of shared projects (issue 18; model/sync/shared-project-link.ts):
   * which set is published where, its last ETag and the base of the next sync, keyed by `setId`.
   */
  sharedProjects: {
    key: string;
    value: SharedProjectLink;
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

/** What a tab is told while it opens the database, besides the outcome. */
export interface OpenOptions {
  /** The schema version to open (tests open a later one to play the next release). */
  readonly version?: number;
  /**
   * Another tab holds the database at an older version, so the upgrade waits: the opening goes on
   * once that tab closes its connection (ours do on `versionchange`), so say "close the other tabs".
   */
  readonly onBlocked?: () => void;
  /** A newer version of the app opened the database in another tab: this tab closed its connection. */
  readonly onClosedForUpdate?: () => void;
}

/**
 * Opens (creating or upgrading) the database. A database a newer version wrote is opened at its own
 * version, read-only (read-only-database.ts: `isReadOnlyDatabase` says so, every write is refused),
 * when it has the stores and indexes this build reads; it is never upgraded or deleted. Rejects
 * with a {@link StorageUnavailableError} when the browser has no IndexedDB (some private modes), or
 * when opening fails (a newer version's data this build cannot read: the cause is a VersionError).
 * An upgrade blocked by another tab does not fail: it waits, calls `onBlocked` so the reader can be
 * asked to close that tab, and resolves once it has.
 */
export async function openCloseReaderDatabase(name = DATABASE_NAME, options: OpenOptions = {}): Promise<CloseReaderDatabase> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('unavailable', 'no indexedDB in this browser');
  try {
    const db = await openDB<CloseReaderDB>(name, options.version ?? DATABASE_VERSION, {
      upgrade,
      blocked() {
        options.onBlocked?.();
      },
      blocking() {
        // A newer version wants to open in another tab: step aside so its upgrade can run.
        db.close();
        options.onClosedForUpdate?.();
      },
    });
    return db;
  } catch (error) {
    const newer = isVersionError(error) ? await openReadOnly(name, options.onClosedForUpdate).catch(() => undefined) : undefined;
    if (newer) return newer;
    throw new StorageUnavailableError('failed', error);
  }
}

/** Whether opening failed because the database has a higher version than the one asked for. */
function isVersionError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'VersionError';
}

function upgrade(
  db: IDBPDatabase<CloseReaderDB>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: IDBPTransaction<CloseReaderDB, StoreNames<CloseReaderDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('settings', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('byDocument', 'documentId');
    db.createObjectStore('categories', { keyPath: 'id' });
    // Seeded here, inside the upgrade transaction, so the defaults arrive exactly once: a later
    // open never runs this block again and cannot reset a category the reader renamed. A failed
    // put aborts the upgrade, and openDB rejects with that error.
    const categories = transaction.objectStore('categories');
    for (const category of DEFAULT_CATEGORIES) void categories.put(category).catch(ignore);
  }
  if (oldVersion < 3) {
    // Every category so far belongs to the default scheme: say so, so the new index finds it.
    const categories = transaction.objectStore('categories');
    categories.createIndex('byScheme', 'schemeId');
    void categories.openCursor().then(function mark(cursor): Promise<void> | void {
      if (!cursor) return;
      if (!cursor.value.schemeId) void cursor.update({ ...cursor.value, schemeId: DEFAULT_SCHEME_ID }).catch(ignore);
      return cursor.continue().then(mark);
    });
    db.createObjectStore('schemes', { keyPath: 'id' });
    void transaction.objectStore('schemes').put(DEFAULT_SCHEME).catch(ignore);
    db.createObjectStore('documents', { keyPath: 'id' });
  }
  if (oldVersion < 4) {
    // Nothing to carry over: no earlier version knew aliases.
    db.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
  }
  if (oldVersion < 5) {
    const sets = db.createObjectStore('annotationSets', { keyPath: 'id' });
    sets.createIndex('byDocument', 'documentId');
    sets.createIndex('byAssignment', 'assignmentId');
    db.createObjectStore('assignments', { keyPath: 'assignment.id' });
    const annotations = transaction.objectStore('annotations');
    annotations.createIndex('bySet', 'setId');
    annotations.createIndex('byRange', ['setId', 'start', 'end']);
    // Every annotation so far is the reader's own reading of its article: say so, and make the set
    // of each article, last changed when its latest annotation was.
    const modified = new Map<string, string>();
    void annotations.openCursor().then(function move(cursor): Promise<void> | void {
      if (!cursor) {
        for (const [documentId, at] of modified) void sets.put(mineSet(documentId, at)).catch(ignore);
        return;
      }
      const annotation = cursor.value as Annotation & { setId?: string };
      const { documentId } = annotation;
      const at = typeof annotation.modified === 'string' ? annotation.modified : '';
      if (at >= (modified.get(documentId) ?? '')) modified.set(documentId, at);
      if (!annotation.setId) void cursor.update({ ...annotation, setId: mineSetId(documentId) }).catch(ignore);
      return cursor.continue().then(move);
    });
  }
  if (oldVersion < 6) {
    // Nothing to carry over: no earlier version kept relations.
    const relations = db.createObjectStore('relations', { keyPath: 'id' });
    relations.createIndex('bySet', 'setId');
    relations.createIndex('bySource', 'sourceId');
    relations.createIndex('byTarget', 'targetId');
  }
  if (oldVersion < 7) {
    // Nothing to carry over: no earlier version shared a set.
    db.createObjectStore('sharedProjects', { keyPath: 'setId' });
  }
}

/** One request of a {@link writeAll}: issued against the store, settled by the transaction. */
export type WriteOperation<Name extends StoreNames<CloseReaderDB>> = (
  store: IDBPObjectStore<CloseReaderDB, [Name], Name, 'readwrite'>,
) => Promise<unknown>;

/**
 * Runs `operations` against `storeName` in one readwrite transaction: all of them are written or
 * none. Resolves once the transaction has committed. When an operation throws while being issued
 * (a record without its key, a value that cannot be cloned), the transaction is aborted and that
 * error rethrown; when a request fails later (quota exceeded, a constraint), the browser aborts the
 * transaction and the request's error is thrown. Nothing else is awaited while it is open.
 */
export function writeAll<Name extends StoreNames<CloseReaderDB>>(
  db: CloseReaderDatabase,
  storeName: Name,
  operations: Iterable<WriteOperation<Name>>,
): Promise<void> {
  return writeStores(db, [storeName], (tx, issued) => {
    // The transaction spans this one store, so its store is the single-store view the operations take.
    const store = tx.objectStore(storeName) as unknown as Parameters<WriteOperation<Name>>[0];
    for (const operation of operations) issued(operation(store));
  });
}

function ignore(): void {}

/** A readwrite transaction over some of the stores, as {@link writeStores} hands it out. */
export type StoresTransaction = IDBPTransaction<CloseReaderDB, StoreNames<CloseReaderDB>[], 'readwrite'>;

/**
 * Runs the requests `issue` makes in one readwrite transaction over `stores`: all are written or
 * none. `issue` passes each request's promise to `issued`. A request that throws while being issued
 * (a record without its key, a value that cannot be cloned) aborts the transaction and its error is
 * rethrown; a request that fails later aborts it too, and its error (not the generic AbortError) is
 * what rejects. Nothing else is awaited while the transaction is open.
 */
export async function writeStores(
  db: CloseReaderDatabase,
  stores: StoreNames<CloseReaderDB>[],
  issue: (tx: StoresTransaction, issued: (request: Promise<unknown>) => void) => void | Promise<void>,
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  let requestError: unknown;
  // Every request's outcome is the transaction's too: remember the first failure, and leave no
  // rejection unhandled (the requests issued before an abort reject with AbortError).
  const issued = (request: Promise<unknown>): void => {
    request.catch((error: unknown) => {
      requestError ??= error;
    });
  };
  try {
    await issue(tx, issued);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser; tx.done below reports that.
    }
    await tx.done.catch(ignore);
    throw error;
  }
  try {
    await tx.done;
  } catch (error) {
    throw requestError ?? error;
  }
}
