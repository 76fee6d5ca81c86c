/**
 * The export context of the W3C export tests: one article, `doc`, with `text` (and, when given,
 * the pages assigned to it as source aliases), the default categories, German labels, a reader's
 * name and fixed times and ids, so exported files can be pinned.
 */
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import type { ExportContext } from '../../src/model/w3c/w3c.js';

/** The IRI of the test article `doc`. */
export const DOC_IRI = 'tag:close-reader.app,2026:documents/doc';

/** The context for exporting annotations on `doc` with `text`. */
export function exportContextFor(text: string, aliases?: readonly string[]): ExportContext {
  return {
    documents: new Map([['doc', { iri: DOC_IRI, text, ...(aliases ? { aliases } : {}) }]]),
    categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
    locale: 'de',
    creatorName: 'Rea Reader',
    now: '2026-03-01T12:00:00.000Z',
    collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    label: 'Close Reader: Test',
  };
}
