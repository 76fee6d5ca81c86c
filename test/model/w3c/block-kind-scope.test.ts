/**
 * The kind of block a passage sits in travels in a W3C export as the target's `scope`
 * (w3c-export.ts): written for the page's debris only, derived from the offsets and the article's
 * blocks, read back by the parser, and after export → parse → plan → write into a real IndexedDB
 * the stored annotation (which holds no block kind) is shown in the same block again.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import type { ArticleEntry } from '../../../src/model/documents/library.js';
import { passagePlace } from '../../../src/model/documents/passage-place.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { planImport } from '../../../src/model/w3c/import-plan.js';
import { type ExportContext, parseAnnotationFile, toW3CAnnotation, toW3CCollection, type W3CSpecificResource } from '../../../src/model/w3c/w3c.js';
import { openCloseReaderDatabase, type CloseReaderDatabase } from '../../../src/storage/database.js';
import { writeImport } from '../../../src/storage/import-writer.js';
import { annotationOn } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { deleteDatabase, freshDatabaseName } from '../../support/test-database.js';

/** The shipped article with captions, credits and a tweet between its paragraphs. */
const ARTICLE = 'sanctuary-cities-gegen-trump';

describe('the block kind of a passage in the W3C export (target scope)', () => {
  let entry: ArticleEntry;
  let blocks: readonly ArticleBlock[];
  let text: string;
  let context: ExportContext;
  const annotationAt = (quote: string, id: string, fields: Partial<Annotation> = {}) =>
    annotationOn(text, quote, { id, documentId: ARTICLE, categoryIds: ['actor'], created: '2026-02-01T10:00:00.000Z', modified: '2026-02-01T10:00:00.000Z', ...fields });
  const targetOf = (annotation: Annotation, exportContext = context) => toW3CAnnotation(annotation, exportContext).target as W3CSpecificResource;

  before(async () => {
    const source = await loadShippedArticles();
    entry = source.entry(ARTICLE)!;
    blocks = (await source.loadBody(ARTICLE)).blocks;
    text = canonicalText(blocks);
    context = {
      documents: new Map([[ARTICLE, { iri: entry.iri, text, blocks }]]),
      categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
      locale: 'de',
      now: '2026-03-01T12:00:00.000Z',
      collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      label: 'Close Reader: block kinds',
    };
  });

  it('the article has the debris this test relies on', () => {
    expect(blocks.slice(1, 5).map((block) => block.type)).to.deep.equal(['paragraph', 'credit', 'caption', 'paragraph']);
    expect(blocks[3]!.text).to.equal('San Franciscos Bürgermeister Lee');
  });

  it('a passage in a photo caption: scope names the caption kind', () => {
    expect(targetOf(annotationAt('San Franciscos Bürgermeister Lee', '00000000-0000-4000-8000-000000000001')).scope).to.equal('tag:close-reader.app,2026:blocks/caption');
  });

  it('a passage over a credit and a caption: both kinds, in text order', () => {
    const last = blocks[1]!.text.slice(-20);
    const annotation = { ...annotationAt(last, '00000000-0000-4000-8000-000000000002'), end: text.indexOf('Lee', text.indexOf('San Franciscos')) + 3 };
    expect(targetOf(annotation).scope).to.deep.equal(['tag:close-reader.app,2026:blocks/credit', 'tag:close-reader.app,2026:blocks/caption']);
  });

  it('a passage in a paragraph, an unplaced annotation, and an export without blocks have no scope', () => {
    const inParagraph = annotationAt('Die Reaktion aus Kalifornien', '00000000-0000-4000-8000-000000000003');
    const inCaption = annotationAt('Chicagos Bürgermeister Emanuel', '00000000-0000-4000-8000-000000000004');
    const withoutBlocks: ExportContext = { ...context, documents: new Map([[ARTICLE, { iri: entry.iri, text }]]) };
    expect('scope' in targetOf(inParagraph)).to.equal(false);
    expect('scope' in targetOf({ ...inCaption, start: -1, end: -1 })).to.equal(false);
    expect('scope' in targetOf(inCaption, withoutBlocks)).to.equal(false);
  });

  it('the parser reads the kinds back, and reads past a scope of another tool without a word', () => {
    const inTweet = annotationAt('President Trump’s executive order', '00000000-0000-4000-8000-000000000005');
    const exported = toW3CAnnotation(inTweet, context);
    const foreign = { ...exported, id: 'urn:uuid:00000000-0000-4000-8000-000000000006', target: { ...(exported.target as W3CSpecificResource), scope: ['https://example.org/page', { id: 'https://example.org/other' }] } };
    const parsed = parseAnnotationFile(JSON.stringify([exported, foreign]), 'scope.jsonld');
    if (!parsed.ok) expect.fail(parsed.problems.map((p) => p.message).join('\n'));
    expect(parsed.value.annotations.map((incoming) => incoming.blockKinds)).to.deep.equal([['tweet'], undefined]);
    expect(parsed.warnings).to.deep.equal([]);
  });

  describe('export → import → the same block kind shown', () => {
    const name = freshDatabaseName();
    let db: CloseReaderDatabase;

    before(async () => {
      db = await openCloseReaderDatabase(name);
    });

    after(async () => {
      db.close();
      await deleteDatabase(name);
    });

    it('a caption, a tweet and a paragraph passage come back where they were, in the same kinds of block', async () => {
      const annotations = [
        annotationAt('Chicagos Bürgermeister Emanuel', '00000000-0000-4000-8000-000000000007', { categoryIds: ['actor'] }),
        annotationAt('the values of our city', '00000000-0000-4000-8000-000000000008', { categoryIds: ['quote'], note: 'Tweet' }),
        annotationAt('Die Reaktion aus Kalifornien', '00000000-0000-4000-8000-000000000009', { categoryIds: ['policy'] }),
      ];
      const shownBefore = annotations.map((annotation) => passagePlace(blocks, annotation.start, annotation.end).debris);
      expect(shownBefore).to.deep.equal([['caption'], ['tweet'], []]);

      const parsed = parseAnnotationFile(JSON.stringify(toW3CCollection(annotations, context)), 'round-trip.jsonld');
      if (!parsed.ok) expect.fail(parsed.problems.map((p) => p.message).join('\n'));
      expect(parsed.value.annotations.map((incoming) => incoming.blockKinds)).to.deep.equal([['caption'], ['tweet'], undefined]);
      const plan = planImport(parsed, {
        fileName: 'round-trip.jsonld',
        documents: [{ id: ARTICLE, iri: entry.iri, title: entry.title, text }],
        categories: DEFAULT_CATEGORIES,
        existingIds: new Set(),
        now: '2030-01-01T00:00:00.000Z',
      });
      expect(plan.skipped).to.deep.equal([]);
      await writeImport(db, { categories: plan.newCategories, annotations: plan.annotations });

      const stored = (await db.getAll('annotations')).sort((a, b) => a.id.localeCompare(b.id));
      // The stored records are the very annotations exported: no block kind was stored on them.
      expect(stored).to.deep.equal(annotations);
      expect(stored.map((annotation) => passagePlace(blocks, annotation.start, annotation.end).debris)).to.deep.equal(shownBefore);
    });
  });
});
