/**
 * Data written by a newer version of Close Reader (the reader went back to an older build), in
 * real IndexedDB: with the stores and indexes this build reads it is opened read-only at its own
 * version, reads work, and every write is refused before it starts with its own code; without
 * them it is not opened and keeps today's message. Either way it is never upgraded or deleted,
 * and its data is unchanged.
 */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../src/model/schemes/category.js';
import { storageProblem } from '../../src/app/storage-error.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../src/storage/category-repository.js';
import { DATABASE_VERSION, openCloseReaderDatabase, writeAll } from '../../src/storage/database.js';
import { DocumentRepository } from '../../src/storage/document-repository.js';
import { isReadOnlyDatabase, ReadOnlyDatabaseError } from '../../src/storage/read-only-database.js';
import { SettingsRepository } from '../../src/storage/settings-repository.js';
import { makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

const NEWER = DATABASE_VERSION + 1;
const ANNOTATION: Annotation = makeAnnotation({ id: '6f1c2d3e-0000-4000-8000-000000000007', documentId: 'kelly-keine-massenabschiebungen', note: 'von morgen' });
const CATEGORIES = DEFAULT_CATEGORIES.map((category) => ({ ...category, schemeId: 'default' }));

/** Every store's records, keyed by store name, and the version: what must stay as it was. */
async function everything(name: string): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  const db = await openDB(name);
  const stores: Record<string, unknown[]> = {};
  for (const store of [...db.objectStoreNames].sort()) stores[store] = await db.getAll(store);
  const version = db.version;
  db.close();
  return { version, stores };
}

/**
 * Writes a database the way the next version might: today's stores and indexes and a store of its
 * own, or (`withoutByScheme`) one that dropped an index this build reads.
 */
async function writeNewerVersion(name: string, withoutByScheme = false): Promise<void> {
  const db = await openDB(name, NEWER, {
    upgrade(next) {
      next.createObjectStore('settings', { keyPath: 'key' });
      const annotations = next.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('byDocument', 'documentId');
      annotations.createIndex('bySet', 'setId');
      annotations.createIndex('byRange', ['setId', 'start', 'end']);
      const sets = next.createObjectStore('annotationSets', { keyPath: 'id' });
      sets.createIndex('byDocument', 'documentId');
      sets.createIndex('byAssignment', 'assignmentId');
      const categories = next.createObjectStore('categories', { keyPath: 'id' });
      if (!withoutByScheme) categories.createIndex('byScheme', 'schemeId');
      next.createObjectStore('schemes', { keyPath: 'id' });
      next.createObjectStore('documents', { keyPath: 'id' });
      next.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
      next.createObjectStore('assignments', { keyPath: 'assignment.id' });
      const relations = next.createObjectStore('relations', { keyPath: 'id' });
      relations.createIndex('bySet', 'setId');
      relations.createIndex('bySource', 'sourceId');
      relations.createIndex('byTarget', 'targetId');
      next.createObjectStore('sharedProjects', { keyPath: 'setId' });
      next.createObjectStore('classes', { keyPath: 'id' });
    },
  });
  await db.put('settings', { key: 'locale', value: 'de' });
  await db.put('annotations', ANNOTATION);
  for (const category of CATEGORIES) await db.put('categories', category);
  await db.put('schemes', DEFAULT_SCHEME);
  await db.put('classes', { id: 'a-1', title: '9b' });
  db.close();
}

/** What `attempt` rejects or throws with. */
async function refusal(attempt: () => unknown): Promise<unknown> {
  try {
    await attempt();
  } catch (error) {
    return error;
  }
  throw new Error('the write was not refused');
}

describe('a database written by a newer version', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('is opened read-only at its own version, and reads as ever', async () => {
    const name = databases.name();
    await writeNewerVersion(name);
    const db = await databases.open(name);
    expect([db.version, isReadOnlyDatabase(db)]).to.deep.equal([NEWER, true]);
    expect(await new AnnotationRepository(db).listByDocument(ANNOTATION.documentId)).to.deep.equal([ANNOTATION]);
    expect(await new SettingsRepository(db).getAll()).to.deep.equal({ locale: 'de' });
    expect((await new CategoryRepository(db).list()).map((category) => category.id)).to.deep.equal(CATEGORIES.map((category) => category.id));
  });

  it('refuses every write before it starts, with the code storage-read-only, and changes nothing', async () => {
    const name = databases.name();
    await writeNewerVersion(name);
    const before = await everything(name);
    const db = await databases.open(name);
    const attempts: Record<string, () => unknown> = {
      'a write of one store': () => writeAll(db, 'annotations', [(store) => store.put({ ...ANNOTATION, note: 'heute' })]),
      'a setting': () => new SettingsRepository(db).set('locale', 'en'),
      'deleting a document with its annotations': () => new DocumentRepository(db).deleteWithAnnotations(ANNOTATION.documentId),
      "idb's shortcut": () => db.put('categories', { ...CATEGORIES[0]!, colour: '#000000' }),
      'a readwrite transaction asked for directly': () => db.transaction('settings', 'readwrite'),
    };
    const refused: Record<string, string> = {};
    for (const [what, attempt] of Object.entries(attempts)) {
      const error = await refusal(attempt);
      expect(error, what).to.be.instanceOf(ReadOnlyDatabaseError);
      refused[what] = storageProblem(error).code;
    }
    expect(Object.values(refused)).to.deep.equal(Array(5).fill('storage-read-only'));
    // Reading still works after the refusals: no transaction was left half open.
    expect(await db.get('annotations', ANNOTATION.id)).to.deep.equal(ANNOTATION);
    db.close();
    expect(await everything(name)).to.deep.equal(before);
  });

  it('without an index this build reads, is not opened: the newer-version message, and the data stays as it was', async () => {
    const name = databases.name();
    await writeNewerVersion(name, true);
    const before = await everything(name);
    const error = await refusal(() => openCloseReaderDatabase(name));
    expect(storageProblem(error).code).to.equal('storage-newer-version');
    expect(before.version).to.equal(NEWER);
    expect(await everything(name)).to.deep.equal(before);
  });

  it('is not confused with a database of this version, which writes as ever', async () => {
    const db = await databases.open();
    expect(isReadOnlyDatabase(db)).to.equal(false);
    await new SettingsRepository(db).set('locale', 'en');
    expect(await new SettingsRepository(db).getAll()).to.deep.equal({ locale: 'en' });
  });
});
