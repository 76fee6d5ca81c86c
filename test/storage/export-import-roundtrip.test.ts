/**
 * Export and import are inverse, end to end, in a real IndexedDB: arbitrary annotations on the
 * shipped articles go through toW3CCollection, JSON.stringify, parseAnnotationFile, planImport
 * (into an empty library with the default scheme) and writeImport, and getAll gives back the very
 * records, field for field, without a new category. One database serves every run; each run
 * starts by emptying its annotations store.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { canonicalText } from '../../src/model/documents/article.js';
import { type Category, DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { codePointLength, codePointToUtf16 } from '../../src/model/text/code-points.js';
import { type ImportableDocument, planImport } from '../../src/model/w3c/import-plan.js';
import { describeRange } from '../../src/model/anchoring/text-quote.js';
import { type ExportContext, parseAnnotationFile, toW3CCollection } from '../../src/model/w3c/w3c.js';
import { openCloseReaderDatabase, writeAll, type CloseReaderDatabase } from '../../src/storage/database.js';
import { writeImport } from '../../src/storage/import-writer.js';
import { loadShippedArticles } from '../support/articles.js';
import { deleteDatabase, freshDatabaseName } from '../support/test-database.js';
import { mineSetId } from '../../src/model/sets/annotation-set.js';

/**
 * Letters none of the shipped articles holds (checked below): an unplaced annotation's quote is
 * made of them, so that the import cannot find it anywhere and keeps it unplaced, as it was.
 */
const FOREIGN_LETTERS = ['Ω', 'λ', 'Ж', 'ж', '漢', '字', '🙂', '𝔘', '🇺🇸', ' '];

/** Strings that look like markup or script, to be stored as the text they are. */
const MARKUP = ['<script>alert("x")</script>', '<b>fett</b> &amp; &lt;i&gt;', '<img src=x onerror=alert(1)>', '"\'`', '&nbsp;'];

const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('export to W3C, then import into an empty library', () => {
  const name = freshDatabaseName();
  let db: CloseReaderDatabase;
  let articles: ImportableDocument[] = [];
  /** The categories store as the new database has it (the seeded scheme), to compare against after each run. */
  let seeded: Category[] = [];

  before(async () => {
    const source = await loadShippedArticles();
    articles = await Promise.all(
      source.entries.map(async (entry) => ({ id: entry.id, iri: entry.iri, title: entry.title, text: canonicalText((await source.loadBody(entry.id)).blocks) })),
    );
    db = await openCloseReaderDatabase(name);
    seeded = await db.getAll('categories');
  });

  after(async () => {
    db.close();
    await deleteDatabase(name);
  });

  it('starts from a database seeded with the default scheme', () => {
    expect(seeded.map((category) => category.id).sort()).to.deep.equal(DEFAULT_CATEGORIES.map((category) => category.id).sort());
  });

  it('no shipped article holds a letter the unplaced quotes are made of', () => {
    expect(articles).to.have.length.greaterThan(1);
    for (const article of articles) {
      for (const letter of FOREIGN_LETTERS.filter((letter) => letter !== ' ')) expect(article.text, `${article.id} holds ${letter}`).not.to.include(letter);
    }
  });

  it('gives back every annotation field for field and creates no category (1,000 runs)', async function () {
    this.timeout(600_000);
    const categoryIds = DEFAULT_CATEGORIES.map((category) => category.id);
    const time = fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true }).map((date) => date.toISOString());
    const text = (units: readonly string[]) => fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
    const note = fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }), text([...MARKUP, '🙂', '🇩🇪', '𝔘', 'ä', '\n\n', ' ', 'Text']));
    const fields = fc.record({
      id: fc.uuid({ version: 4 }),
      categoryIds: fc.shuffledSubarray(categoryIds, { minLength: 1, maxLength: 3 }),
      note: fc.option(note, { nil: undefined }),
      creator: fc.option(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom(...MARKUP)), { nil: undefined }),
      times: fc.tuple(time, time).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    });
    const placed = fc.record({ article: fc.constantFrom(...articles), from: fc.nat(), to: fc.nat() }).map(({ article, from, to }) => {
      const length = codePointLength(article.text);
      const start = from % length;
      const end = start + 1 + (to % (length - start));
      return { documentId: article.id, setId: mineSetId(article.id), ...describeRange(article.text, codePointToUtf16(article.text, start), codePointToUtf16(article.text, end)) };
    });
    const context = fc.string({ unit: fc.constantFrom('a', 'ß', ' ', '🙂', '<', '\n'), maxLength: 32 });
    const unplaced = fc.record({ article: fc.constantFrom(...articles), exact: text(FOREIGN_LETTERS).filter((quote) => quote.trim() !== ''), prefix: context, suffix: context }).map(
      ({ article, ...quote }) => ({ documentId: article.id, setId: mineSetId(article.id), start: -1, end: -1, ...quote }),
    );
    const annotation = fc
      .tuple(fc.oneof({ arbitrary: placed, weight: 9 }, { arbitrary: unplaced, weight: 1 }), fields)
      .map(([range, { times, note, creator, ...rest }]): Annotation => ({
        ...rest,
        ...range,
        ...(note !== undefined ? { note } : {}),
        ...(creator !== undefined ? { creator } : {}),
        created: times[0]!,
        modified: times[1]!,
      }));
    const run = fc.record({ annotations: fc.uniqueArray(annotation, { minLength: 1, maxLength: 8, selector: (a) => a.id }), locale: fc.constantFrom('de' as const, 'en' as const) });

    await fc.assert(
      fc.asyncProperty(run, async ({ annotations, locale }) => {
        await writeAll(db, 'annotations', [(store) => store.clear()]);
        const exportContext: ExportContext = {
          documents: new Map(articles.map((article) => [article.id, { iri: article.iri, text: article.text }])),
          categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
          locale,
          // No creatorName: an annotation without a creator must come back without one.
          now: '2026-03-01T12:00:00.000Z',
          collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
          label: 'Close Reader: round trip',
        };
        const parsed = parseAnnotationFile(JSON.stringify(toW3CCollection(annotations, exportContext)), 'round-trip.jsonld');
        if (!parsed.ok) expect.fail(parsed.problems.map((p) => p.message).join('\n'));
        const result = planImport(parsed, {
          fileName: 'round-trip.jsonld',
          documents: articles,
          categories: DEFAULT_CATEGORIES,
          existingIds: new Set(),
          now: '2030-01-01T00:00:00.000Z',
        });
        const plan = result;
        expect(plan.skipped, 'skipped').to.deep.equal([]);
        expect(plan.newCategories, 'new categories').to.deep.equal([]);
        const unplacedCount = annotations.filter((a) => a.start < 0).length;
        expect({ placed: plan.placed, unplaced: plan.unplaced, alreadyHere: plan.alreadyHere }).to.deep.equal({
          placed: annotations.length - unplacedCount,
          unplaced: unplacedCount,
          alreadyHere: 0,
        });
        await writeImport(db, { categories: plan.newCategories, annotations: plan.annotations });
        const stored = await db.getAll('annotations');
        expect([...stored].sort(byId)).to.deep.equal([...annotations].sort(byId));
        expect(await db.getAll('categories'), 'categories').to.deep.equal(seeded);
      }),
      { numRuns: 1000 },
    );
  });
});
