/**
 * The links of shared projects in IndexedDB (issue 18; storage/shared-project-repository.ts): the
 * version 7 upgrade adds their store to a database version 6 wrote and keeps everything in it; a
 * link is kept whole (its base too) across connections, replaced by set, listed, and forgotten.
 * Real IndexedDB in Chromium.
 */
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { Relation } from '../../src/model/relations/relation.js';
import type { SharedProjectLink } from '../../src/model/sync/shared-project-link.js';
import { DATABASE_VERSION, openCloseReaderDatabase } from '../../src/storage/database.js';
import { SharedProjectRepository } from '../../src/storage/shared-project-repository.js';
import { makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

const DOC = 'kelly-keine-massenabschiebungen';
const ANNOTATION = makeAnnotation({ id: '0b6f3c1e-0000-4000-8000-000000000001', documentId: DOC, note: 'Dementi' });
const RELATION: Relation = {
  id: '0b6f3c1e-0000-4000-8000-000000000009',
  setId: `mine:${DOC}`,
  documentId: DOC,
  typeId: 'said-by',
  sourceId: ANNOTATION.id,
  targetId: ANNOTATION.id,
  created: '2026-11-30T09:00:00.000Z',
  modified: '2026-11-30T09:00:00.000Z',
};

function link(setId: string, etag: string): SharedProjectLink {
  return {
    setId,
    documentId: setId.slice('mine:'.length),
    resourceUrl: `http://localhost:3000/researcher/projekte/${setId.slice('mine:'.length)}`,
    etag,
    syncedAt: '2026-12-01T09:00:00.000Z',
    base: {
      annotations: { [ANNOTATION.id]: { categoryIds: ['actor', 'quote'], start: 0, end: 4, exact: 'Text', note: 'Dementi 🙂', creator: 'Ada' } },
      relationIds: [RELATION.id],
    },
  };
}

/** Writes a database the way version 6 did: every store but the shared projects', with an annotation and a relation. */
async function writeVersion6(name: string): Promise<void> {
  const v6 = await openDB(name, 6, {
    upgrade(db) {
      db.createObjectStore('settings', { keyPath: 'key' });
      const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
      annotations.createIndex('byDocument', 'documentId');
      annotations.createIndex('bySet', 'setId');
      annotations.createIndex('byRange', ['setId', 'start', 'end']);
      const sets = db.createObjectStore('annotationSets', { keyPath: 'id' });
      sets.createIndex('byDocument', 'documentId');
      sets.createIndex('byAssignment', 'assignmentId');
      db.createObjectStore('assignments', { keyPath: 'assignment.id' });
      db.createObjectStore('categories', { keyPath: 'id' }).createIndex('byScheme', 'schemeId');
      db.createObjectStore('schemes', { keyPath: 'id' });
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
      const relations = db.createObjectStore('relations', { keyPath: 'id' });
      relations.createIndex('bySet', 'setId');
      relations.createIndex('bySource', 'sourceId');
      relations.createIndex('byTarget', 'targetId');
    },
  });
  await v6.put('annotations', ANNOTATION);
  await v6.put('relations', RELATION);
  v6.close();
}

describe('shared project links in IndexedDB', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('upgrades a version 6 database: annotations and relations kept, an empty store of links keyed by set', async () => {
    const name = databases.name();
    await writeVersion6(name);
    const db = await databases.open(name);
    expect([DATABASE_VERSION, db.version]).to.deep.equal([7, 7]);
    const store = db.transaction('sharedProjects').store;
    expect([store.keyPath, [...store.indexNames]]).to.deep.equal(['setId', []]);
    expect([await db.get('annotations', ANNOTATION.id), await db.get('relations', RELATION.id), await db.count('sharedProjects')]).to.deep.equal([ANNOTATION, RELATION, 0]);
  });

  it('keeps a link whole across connections, replaces it by set, lists and forgets links', async () => {
    const name = databases.name();
    const first = new SharedProjectRepository(await databases.open(name));
    await first.putLink(link(`mine:${DOC}`, '"1"'));
    await first.putLink(link('mine:zweierlei-solidaritaet', '"7"'));
    await first.putLink(link(`mine:${DOC}`, '"2"'));
    const again = new SharedProjectRepository(databases.track(await openCloseReaderDatabase(name)));
    expect(await again.getLink(`mine:${DOC}`)).to.deep.equal(link(`mine:${DOC}`, '"2"'));
    expect((await again.listLinks()).map((entry) => [entry.setId, entry.etag])).to.deep.equal([
      [`mine:${DOC}`, '"2"'],
      ['mine:zweierlei-solidaritaet', '"7"'],
    ]);
    await again.deleteLink(`mine:${DOC}`);
    expect([await again.getLink(`mine:${DOC}`), (await first.listLinks()).map((entry) => entry.setId)]).to.deep.equal([undefined, ['mine:zweierlei-solidaritaet']]);
  });
});
