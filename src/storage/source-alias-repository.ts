/**
 * Source aliases kept in IndexedDB (the `sourceAliases` store, since version 4): which page or IRI
 * of another tool the reader assigned to which article (model/documents/source-alias.ts). An import
 * reads them all to map a file's sources; an export reads an article's to write them as the
 * target's `via`. They are written only with an import (import-writer.ts, in its transaction) and
 * deleted only with their article (document-repository.ts, in its transaction), so an alias never
 * outlives its article nor arrives without the annotations that made it.
 */
import type { SourceAlias, SourceAliasPersistence } from '../model/documents/source-alias.js';
import type { CloseReaderDatabase } from './database.js';

/** Reads source aliases. */
export class SourceAliasRepository implements SourceAliasPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** Every stored alias, ordered by source. */
  async listAliases(): Promise<SourceAlias[]> {
    return this.db.getAll('sourceAliases');
  }

  /** The aliases of one article, ordered by source: what its export writes as `via`. */
  async aliasesOf(documentId: string): Promise<SourceAlias[]> {
    return this.db.getAllFromIndex('sourceAliases', 'byDocument', documentId);
  }
}
