/**
 * Source aliases in IndexedDB (src/storage/source-alias-repository.ts), in a real browser
 * database: all of them for an import, one article's for its export, and in memory when the
 * browser stores nothing (MemoryAnnotationPersistence).
 */
import { expect } from '@open-wc/testing';
import { MemoryAnnotationPersistence } from '../../src/app/annotations/memory-annotation-persistence.js';
import { writeImport } from '../../src/storage/import-writer.js';
import { SourceAliasRepository } from '../../src/storage/source-alias-repository.js';
import { TestDatabases } from '../support/test-database.js';

const aliases = [
  { source: 'https://zeitung.example/z', documentId: 'zweierlei-solidaritaet' },
  { source: 'https://zeitung.example/a', documentId: 'zweierlei-solidaritaet' },
  { source: 'urn:x-recogito:rede', documentId: 'rede' },
];

describe('source aliases', () => {
  const databases = new TestDatabases();
  afterEach(() => databases.cleanUp());

  it('lists every alias by source, and one article’s through aliasesOf', async () => {
    const db = await databases.open();
    await writeImport(db, { categories: [], annotations: [], aliases });
    const repository = new SourceAliasRepository(db);
    expect(await repository.listAliases()).to.deep.equal([aliases[1], aliases[0], aliases[2]]);
    expect(await repository.aliasesOf('zweierlei-solidaritaet')).to.deep.equal([aliases[1], aliases[0]]);
    expect(await repository.aliasesOf('unbekannt')).to.deep.equal([]);
  });

  it('are kept in memory with an import when the browser stores nothing; a source assigned again is replaced', async () => {
    const memory = new MemoryAnnotationPersistence();
    await memory.importAll({ annotations: [], aliases });
    await memory.importAll({ annotations: [], aliases: [{ source: 'urn:x-recogito:rede', documentId: 'andere' }] });
    expect(await memory.listAliases()).to.deep.equal([aliases[1], aliases[0], { source: 'urn:x-recogito:rede', documentId: 'andere' }]);
  });
});
