/**
 * Writing a confirmed import (src/storage/import-writer.ts) in real IndexedDB: one transaction
 * that adds documents and never replaces one. A document whose id is taken fails the whole import,
 * and nothing of it is written. Source aliases go in the same transaction: kept with the import, or
 * not at all.
 */
import { expect } from '@open-wc/testing';
import type { OwnDocument } from '../../src/model/documents/own-documents.js';
import { writeImport } from '../../src/storage/import-writer.js';
import { makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

function ownDocument(id: string, title: string): OwnDocument {
  return {
    id,
    iri: `urn:uuid:00000000-0000-4000-8000-${id.padStart(12, '0').slice(-12)}`,
    title,
    lang: 'de',
    blocks: [{ type: 'paragraph', text: title }],
    digest: `sha256:${'0'.repeat(64)}`,
    wordCount: 1,
    created: '2026-01-02T03:04:05.000Z',
    origin: { kind: 'pasted' },
  };
}

describe('writing an import', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('adds documents with the annotations', async () => {
    const db = await databases.open();
    await writeImport(db, { categories: [], annotations: [makeAnnotation({ id: '1', documentId: 'neu' })], documents: [ownDocument('neu', 'Neu')] });
    expect(await db.getAll('documents')).to.deep.equal([ownDocument('neu', 'Neu')]);
    expect((await db.getAll('annotations')).map((annotation) => annotation.id)).to.deep.equal(['1']);
  });

  it('never replaces a document: one whose id is taken fails the import, and nothing of it is written', async () => {
    const db = await databases.open();
    await db.put('documents', ownDocument('rede', 'Meine Rede'));
    let failure: unknown;
    try {
      await writeImport(db, { categories: [], annotations: [makeAnnotation({ id: '1', documentId: 'rede' })], documents: [ownDocument('rede', 'Fremde Rede')] });
    } catch (error) {
      failure = error;
    }
    expect((failure as DOMException | undefined)?.name).to.equal('ConstraintError');
    expect(await db.getAll('documents')).to.deep.equal([ownDocument('rede', 'Meine Rede')]);
    expect(await db.getAll('annotations')).to.deep.equal([]);
  });

  it('writes the aliases the reader assigned with the annotations; assigning a source again replaces its article', async () => {
    const db = await databases.open();
    await writeImport(db, {
      categories: [],
      annotations: [makeAnnotation({ id: '1', documentId: 'zweierlei-solidaritaet' })],
      aliases: [
        { source: 'https://zeitung.example/solidaritaet', documentId: 'zweierlei-solidaritaet' },
        { source: '', documentId: 'zweierlei-solidaritaet' },
      ],
    });
    await writeImport(db, { categories: [], annotations: [], aliases: [{ source: 'https://zeitung.example/solidaritaet', documentId: 'rede' }] });
    expect(await db.getAll('sourceAliases')).to.deep.equal([
      { source: '', documentId: 'zweierlei-solidaritaet' },
      { source: 'https://zeitung.example/solidaritaet', documentId: 'rede' },
    ]);
  });

  it('writes no alias when the import fails (one transaction)', async () => {
    const db = await databases.open();
    await db.put('documents', ownDocument('rede', 'Meine Rede'));
    let failure: unknown;
    try {
      await writeImport(db, {
        categories: [],
        annotations: [makeAnnotation({ id: '1', documentId: 'rede' })],
        documents: [ownDocument('rede', 'Fremde Rede')],
        aliases: [{ source: 'https://zeitung.example/rede', documentId: 'rede' }],
      });
    } catch (error) {
      failure = error;
    }
    expect((failure as DOMException | undefined)?.name).to.equal('ConstraintError');
    expect(await db.getAll('sourceAliases')).to.deep.equal([]);
  });
});
