import { expect } from '@open-wc/testing';
import { openDB, type IDBPDatabase } from 'idb';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES, DEFAULT_SCHEME, type Category } from '../../src/model/schemes/category.js';
import { DATABASE_VERSION, openCloseReaderDatabase, type CloseReaderDatabase } from '../../src/storage/database.js';
import { SettingsRepository } from '../../src/storage/settings-repository.js';
import { makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

/** Writes a database the way version 1 of Close Reader did: only a settings store. */
async function writeVersion1(name: string, settings: Record<string, unknown>): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('settings', { keyPath: 'key' });
    },
  });
  for (const [key, value] of Object.entries(settings)) await v1.put('settings', { key, value });
  v1.close();
}

/** Writes a database the way version 2 did: settings, annotations by document, categories without a scheme. */
async function writeVersion2(name: string, categories: Category[], annotations: Annotation[]): Promise<void> {
  const v2 = await openDB(name, 2, {
    upgrade(db) {
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byDocument', 'documentId');
      db.createObjectStore('categories', { keyPath: 'id' });
    },
  });
  for (const category of categories) await v2.put('categories', category);
  for (const annotation of annotations) await v2.put('annotations', asBeforeSets(annotation));
  v2.close();
}

describe('database upgrades', () => {
  const databases = new TestDatabases();
  const open = (name: string): Promise<CloseReaderDatabase> => databases.open(name);
  const named = (): string => databases.name();

  afterEach(() => databases.cleanUp());

  it('upgrades a version 1 database: its settings are kept and the new stores are made', async () => {
    const name = named();
    await writeVersion1(name, { locale: 'de', fontScale: 1.25 });

    const db = await open(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal(['annotationSets', 'annotations', 'assignments', 'categories', 'documents', 'relations', 'schemes', 'settings', 'sharedProjects', 'sourceAliases']);
    const annotations = db.transaction('annotations').store;
    expect([...annotations.indexNames]).to.deep.equal(['byDocument', 'byRange', 'bySet']);
    expect(annotations.keyPath).to.equal('id');
    expect(annotations.index('byDocument').keyPath).to.equal('documentId');
    expect(annotations.index('bySet').keyPath).to.equal('setId');
    expect(annotations.index('byRange').keyPath).to.deep.equal(['setId', 'start', 'end']);
    expect(db.transaction('assignments').store.keyPath).to.equal('assignment.id');
    const sets = db.transaction('annotationSets').store;
    expect([sets.keyPath, [...sets.indexNames], sets.index('byDocument').keyPath, sets.index('byAssignment').keyPath]).to.deep.equal([
      'id',
      ['byAssignment', 'byDocument'],
      'documentId',
      'assignmentId',
    ]);
    expect(db.transaction('categories').store.keyPath).to.equal('id');
    expect(await new SettingsRepository(db).getAll()).to.deep.equal({ locale: 'de', fontScale: 1.25 });
    expect(await db.count('annotations')).to.equal(0);
  });

  it('seeds the four default categories with their keys 1 to 4 when upgrading from version 1', async () => {
    const name = named();
    await writeVersion1(name, {});

    const db = await open(name);
    const categories = await db.getAll('categories');
    expect(categories.map((category) => category.id).sort()).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
    expect(Object.fromEntries(categories.map((category) => [category.id, category.key]))).to.deep.equal({
      actor: '1',
      policy: '2',
      quote: '3',
      statistic: '4',
    });
    for (const category of DEFAULT_CATEGORIES) {
      expect(await db.get('categories', category.id)).to.deep.equal({ ...category, schemeId: 'default' });
    }
  });

  it('seeds a new database with the defaults once: reopening neither duplicates nor resets them', async () => {
    const name = named();
    const first = await open(name);
    expect(await first.count('categories')).to.equal(DEFAULT_CATEGORIES.length);
    const actor = (await first.get('categories', 'actor'))!;
    const renamed: Category = { ...actor, label: { de: 'Handelnde', en: 'Agent' } };
    await first.put('categories', renamed);
    await first.delete('categories', 'statistic');
    first.close();

    const second = await open(name);
    expect(await second.count('categories')).to.equal(DEFAULT_CATEGORIES.length - 1);
    expect(await second.get('categories', 'actor')).to.deep.equal(renamed);
    expect(await second.get('categories', 'statistic')).to.equal(undefined);
    second.close();

    const third = await open(name);
    expect(await third.count('categories')).to.equal(DEFAULT_CATEGORIES.length - 1);
    expect((await third.get('categories', 'actor'))!.label.en).to.equal('Agent');
  });

  it('is not blocked by a version 1 tab that steps aside when a newer version opens', async () => {
    const name = named();
    let steppedAside = false;
    const oldTab: IDBPDatabase = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings', { keyPath: 'key' });
      },
      blocking() {
        steppedAside = true;
        oldTab.close();
      },
    });
    databases.track(oldTab);

    const db = await open(name);
    expect(steppedAside).to.equal(true);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect(await db.count('categories')).to.equal(DEFAULT_CATEGORIES.length);
  });

  it('waits for an old tab that does not step aside, says so, and opens once that tab is closed', async () => {
    const name = named();
    // An old tab that ignores versionchange (a build from before tabs stepped aside).
    const stubborn = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('settings', { keyPath: 'key' }) });
    let told = 0;
    const opening = openCloseReaderDatabase(name, { onBlocked: () => (told += 1) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(told).to.equal(1);
    stubborn.close();
    const db = await opening;
    databases.track(db);
    expect([db.version, await db.count('categories')]).to.deep.equal([DATABASE_VERSION, DEFAULT_CATEGORIES.length]);
  });

  it('closes its connection and says so when the next version opens in another tab', async () => {
    const name = named();
    let closed = 0;
    const thisTab = await openCloseReaderDatabase(name, { onClosedForUpdate: () => (closed += 1) });
    databases.track(thisTab);
    const nextVersion = await openCloseReaderDatabase(name, { version: DATABASE_VERSION + 1 });
    databases.track(nextVersion);
    expect([closed, nextVersion.version]).to.deep.equal([1, DATABASE_VERSION + 1]);
  });

  it('upgrades a version 2 database: categories join the default scheme, annotations are kept', async () => {
    const name = named();
    const custom: Category = { id: 'court', label: { de: 'Gericht', en: 'Court' }, colour: '#56b4e9', line: 'wavy', order: 5 };
    const annotation = makeAnnotation({
      id: '6f1c2d3e-0000-4000-8000-000000000001',
      documentId: 'zweierlei-solidaritaet',
      start: 0,
      end: 5,
      exact: 'Stadt',
      suffix: 'gesellschaften',
      categoryIds: ['court'],
    });
    await writeVersion2(name, [...DEFAULT_CATEGORIES, custom], [annotation]);

    const db = await open(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect(await db.get('annotations', annotation.id)).to.deep.equal(annotation);
    expect(await db.get('categories', 'court')).to.deep.equal({ ...custom, schemeId: 'default' });
    expect((await db.getAllFromIndex('categories', 'byScheme', 'default')).length).to.equal(DEFAULT_CATEGORIES.length + 1);
    expect(await db.getAll('schemes')).to.deep.equal([DEFAULT_SCHEME]);
    expect(await db.count('documents')).to.equal(0);
    expect(await db.count('sourceAliases')).to.equal(0);
  });

  it('upgrades a version 3 database: everything is kept, and aliases get their store, keyed by source and found per article', async () => {
    const name = named();
    const annotation = makeAnnotation({ id: '6f1c2d3e-0000-4000-8000-000000000002', documentId: 'rede', categoryIds: ['actor'] });
    const article = { id: 'rede', iri: 'urn:uuid:00000000-0000-4000-8000-000000000abc', title: 'Rede', lang: 'de', blocks: [{ type: 'paragraph', text: 'Rede' }] };
    await writeVersion3(name, { annotation, article });

    const db = await open(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    expect(await db.get('annotations', annotation.id)).to.deep.equal(annotation);
    expect(await db.get('documents', 'rede')).to.deep.equal(article);
    expect(await db.get('settings', 'locale')).to.deep.equal({ key: 'locale', value: 'de' });
    expect(await db.getAll('schemes')).to.deep.equal([DEFAULT_SCHEME]);
    const aliases = db.transaction('sourceAliases').store;
    expect([aliases.keyPath, [...aliases.indexNames], aliases.index('byDocument').keyPath]).to.deep.equal(['source', ['byDocument'], 'documentId']);
    await db.put('sourceAliases', { source: 'https://zeitung.example/rede', documentId: 'rede' });
    expect(await db.getAllFromIndex('sourceAliases', 'byDocument', 'rede')).to.deep.equal([{ source: 'https://zeitung.example/rede', documentId: 'rede' }]);
  });

  it('upgrades a version 4 database: every annotation moves into "my reading" of its article, found by set and exact range, unplaced ones too', async () => {
    const name = named();
    const at = (id: string, documentId: string, start: number, end: number, modified = '2026-01-01T00:00:00.000Z'): Annotation =>
      makeAnnotation({ id: `6f1c2d3e-0000-4000-8000-00000000001${id}`, documentId, start, end, categoryIds: ['actor'], modified });
    const annotations = [
      at('1', 'rede', 4, 9),
      at('2', 'rede', 4, 10, '2026-03-02T10:00:00.000Z'),
      at('3', 'rede', 3, 9),
      at('4', 'bericht', 4, 9, '2026-02-01T08:00:00.000Z'),
      at('5', 'rede', 4, 9),
      at('6', 'rede', -1, -1),
    ];
    const v4 = await openDB(name, 4, {
      upgrade(db) {
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byDocument', 'documentId');
        db.createObjectStore('categories', { keyPath: 'id' }).createIndex('byScheme', 'schemeId');
        db.createObjectStore('schemes', { keyPath: 'id' });
        db.createObjectStore('documents', { keyPath: 'id' });
        db.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
      },
    });
    for (const annotation of annotations) await v4.put('annotations', asBeforeSets(annotation));
    v4.close();

    const db = await open(name);
    expect(db.version).to.equal(DATABASE_VERSION);
    // Each annotation now names its set, "my reading" of its article, and nothing else changed.
    expect((await db.getAll('annotations')).map((annotation) => annotation.setId)).to.deep.equal(annotations.map((annotation) => `mine:${annotation.documentId}`));
    expect(await db.getAll('annotations')).to.deep.equal(annotations);
    // One set per article, last changed when its latest annotation was.
    expect(await db.getAll('annotationSets')).to.deep.equal([
      { id: 'mine:bericht', kind: 'mine', documentId: 'bericht', modified: '2026-02-01T08:00:00.000Z' },
      { id: 'mine:rede', kind: 'mine', documentId: 'rede', modified: '2026-03-02T10:00:00.000Z' },
    ]);
    expect((await db.getAllFromIndex('annotations', 'bySet', 'mine:rede')).map((annotation) => annotation.id.slice(-2))).to.deep.equal(['11', '12', '13', '15', '16']);
    const ids = async (key: [string, number, number]): Promise<string[]> =>
      (await db.getAllFromIndex('annotations', 'byRange', IDBKeyRange.only(key))).map((annotation) => annotation.id.slice(-2));
    expect(await ids(['mine:rede', 4, 9])).to.deep.equal(['11', '15']);
    expect(await ids(['mine:bericht', 4, 9])).to.deep.equal(['14']);
    expect(await ids(['mine:rede', -1, -1])).to.deep.equal(['16']);
    expect(await ids(['rede', 4, 9])).to.deep.equal([]);
  });
});

/** Writes a database the way version 3 did: settings, annotations, categories by scheme, schemes, documents. */
async function writeVersion3(name: string, records: { annotation: Annotation; article: object }): Promise<void> {
  const v3 = await openDB(name, 3, {
    upgrade(db) {
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byDocument', 'documentId');
      db.createObjectStore('categories', { keyPath: 'id' }).createIndex('byScheme', 'schemeId');
      db.createObjectStore('schemes', { keyPath: 'id' });
      db.createObjectStore('documents', { keyPath: 'id' });
    },
  });
  await v3.put('settings', { key: 'locale', value: 'de' });
  for (const category of DEFAULT_CATEGORIES) await v3.put('categories', { ...category, schemeId: 'default' });
  await v3.put('schemes', DEFAULT_SCHEME);
  await v3.put('annotations', asBeforeSets(records.annotation));
  await v3.put('documents', records.article);
  v3.close();
}

/** An annotation as versions before 5 stored it: without a set. */
function asBeforeSets(annotation: Annotation): Omit<Annotation, 'setId'> {
  const { setId: _setId, ...rest } = annotation;
  return rest;
}
