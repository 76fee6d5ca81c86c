/**
 * The files people really have, imported and exported again (issue 13), under node:test against
 * the shipped articles: each real-shaped file (test/fixtures/real/) and each example of the W3C
 * Data Model (test/fixtures/w3c-spec/) is parsed, its unknown pages assigned as a teacher would
 * (to the article the page is a version of), planned, and the result exported. Pins what is placed,
 * kept unplaced and skipped (by reason) per file, and that every export after the import meets every
 * MUST of the W3C test suite.
 *   node --import tsx --test test/model/w3c/real-imports.node.test.ts
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type ImportableDocument, type ImportPlan, planImport } from '../../../src/model/w3c/import-plan.js';
import { type ExportedDocument, parseAnnotationFile, toW3CCollection } from '../../../src/model/w3c/w3c.js';
import { annotationMusts, collectionMusts, failures, pageMusts } from '../../support/w3c-musts.js';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(path.join(root, 'documents/manifest.json'), 'utf8')) as { documents: { id: string; iri: string; title: string; file: string }[] };
const articles: (ImportableDocument & { blocks: ArticleBlock[] })[] = manifest.documents.map((entry) => {
  const { blocks } = JSON.parse(readFileSync(path.join(root, 'documents', entry.file), 'utf8')) as { blocks: ArticleBlock[] };
  return { id: entry.id, iri: entry.iri, title: entry.title, text: canonicalText(blocks), blocks };
});

/**
 * A file's plan, each unknown page assigned as a teacher would: to the article offered first when
 * its text holds some of the page's quotes, else skipped.
 */
function importFile(folder: string, name: string): { plan: ImportPlan } | { refused: string[] } {
  const parsed = parseAnnotationFile(readFileSync(path.join(root, 'test/fixtures', folder, name), 'utf8'), name);
  if (!parsed.ok) return { refused: parsed.problems.map((problem) => problem.code) };
  const context = { fileName: name, documents: articles, categories: DEFAULT_CATEGORIES, existingIds: new Set<string>(), now: '2026-11-30T12:00:00.000Z' };
  const first = planImport(parsed, context);
  const assignments = new Map(first.unknownSources.map((source) => [source.key, source.candidates[0]!.found > 0 ? source.candidates[0]!.documentId : null]));
  return { plan: planImport(parsed, { ...context, assignments }) };
}

/** What a plan did, in figures: placed, unplaced, skipped per reason, new categories. */
function outcome(plan: ImportPlan): Record<string, unknown> {
  return {
    placed: plan.placed,
    unplaced: plan.unplaced,
    skipped: Object.fromEntries(plan.skipped.map((group) => [group.reason, group.count])),
    perArticle: Object.fromEntries(plan.perDocument),
    passages: plan.annotations.map((a) => `${a.documentId}@${a.start}–${a.end} «${a.exact.slice(0, 40)}» [${a.categoryIds.join(', ')}]`),
  };
}

/** The plan's annotations exported as the library would export them, then checked against every MUST. */
function exportFailures(plan: ImportPlan): string[] {
  const documents = new Map<string, ExportedDocument>(
    articles.map((article) => [article.id, { iri: article.iri, text: article.text, blocks: article.blocks, aliases: plan.newAliases.filter((alias) => alias.documentId === article.id).map((alias) => alias.source) }]),
  );
  const collection = JSON.parse(
    JSON.stringify(
      toW3CCollection(plan.annotations, {
        documents,
        categories: new Map([...DEFAULT_CATEGORIES, ...plan.newCategories].map((category) => [category.id, category])),
        locale: 'de',
        now: '2026-11-30T12:00:00.000Z',
        collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        label: 'Close Reader: Bibliothek',
      }),
    ),
  ) as { first?: { items: unknown[] } };
  return [
    ...failures(collectionMusts, collection),
    // An empty collection has no page to check.
    ...(collection.first ? failures(pageMusts, collection) : []),
    ...(collection.first?.items ?? []).flatMap((item, i) => failures(annotationMusts, item).map((failure) => `item ${i + 1}: ${failure}`)),
  ];
}

const REAL: Record<string, Record<string, unknown>> = {
  "hypothesis-api-row.json": {"placed": 1, "unplaced": 0, "skipped": {}, "perArticle": {"kelly-keine-massenabschiebungen": 1}, "passages": ["kelly-keine-massenabschiebungen@81–115 «US-Heimatschutzminister John Kelly» [actor]"]},
  "hypothesis-api-search.json": {"placed": 3, "unplaced": 0, "skipped": {"source-skipped": 1, "page-note": 1, "reply": 1}, "perArticle": {"kelly-keine-massenabschiebungen": 2, "ice-einsatz-minneapolis": 1}, "passages": ["kelly-keine-massenabschiebungen@81–115 «US-Heimatschutzminister John Kelly» [actor]", "kelly-keine-massenabschiebungen@174–235 «Es wird keine, ich wiederhole keine Mass» [quote, quelle-prufen]", "ice-einsatz-minneapolis@538–559 «Operation Metro Surge» [policy]"]},
  "hypothesis-client-export.json": {"placed": 2, "unplaced": 0, "skipped": {"page-note": 1, "reply": 1}, "perArticle": {"zweierlei-solidaritaet": 2}, "passages": ["zweierlei-solidaritaet@322–337 «Benjamin Barber» [actor, quote]", "zweierlei-solidaritaet@1340–1368 «Innenminister Matteo Salvini» [actor]"]},
  "recogito.json": {"placed": 3, "unplaced": 0, "skipped": {"relation-type-unknown": 1, "relation": 1}, "perArticle": {"sanctuary-cities-gegen-trump": 3}, "passages": ["sanctuary-cities-gegen-trump@153–173 «Bürgermeister Ed Lee» [actor]", "sanctuary-cities-gegen-trump@176–217 «Wir sind und bleiben eine Sanctuary City» [quote]", "sanctuary-cities-gegen-trump@268–315 «elf Millionen Einwanderer ohne Aufenthal» [untagged]"]},
  "text-annotator.json": {"placed": 2, "unplaced": 0, "skipped": {"relation": 1}, "perArticle": {"washington-erhoeht-den-druck": 2}, "passages": ["washington-erhoeht-den-druck@1023–1048 «Außenminister Marco Rubio» [untagged]", "washington-erhoeht-den-druck@893–924 «nationale Souveränität schützen» [rahmung]"]},
  "w3c-bare-array.jsonld": {"placed": 2, "unplaced": 0, "skipped": {"not-an-annotation": 1}, "perArticle": {"kelly-keine-massenabschiebungen": 2}, "passages": ["kelly-keine-massenabschiebungen@496–509 «Rex Tillerson» [actor]", "kelly-keine-massenabschiebungen@750–771 «eine Militäroperation» [untagged]"]},
  "w3c-embedded-pages.jsonld": {"placed": 3, "unplaced": 0, "skipped": {}, "perArticle": {"sanctuary-cities-gegen-trump": 3}, "passages": ["sanctuary-cities-gegen-trump@167–173 «Ed Lee» [actor]", "sanctuary-cities-gegen-trump@1028–1039 «Connecticut» [actor]", "sanctuary-cities-gegen-trump@1002–1009 «Vermont» [actor]"]},
  "w3c-first-link.jsonld": {"refused": ["page-not-embedded"]},
  "w3c-https-context.jsonld": {"placed": 1, "unplaced": 0, "skipped": {}, "perArticle": {"ice-einsatz-minneapolis": 1}, "passages": ["ice-einsatz-minneapolis@1459–1468 «Tom Homan» [actor]"]},
  "w3c-iri-bodies.jsonld": {"placed": 1, "unplaced": 0, "skipped": {}, "perArticle": {"ice-einsatz-minneapolis": 1}, "passages": ["ice-einsatz-minneapolis@406–418 «Mall Magdeen» [actor]"]},
  "w3c-offset-dates.jsonld": {"placed": 5, "unplaced": 0, "skipped": {}, "perArticle": {"sanctuary-cities-gegen-trump": 5}, "passages": ["sanctuary-cities-gegen-trump@17–28 «Kalifornien» [ort]", "sanctuary-cities-gegen-trump@1011–1023 «Rhode Island» [ort]", "sanctuary-cities-gegen-trump@786–796 «Washington» [ort]", "sanctuary-cities-gegen-trump@331–346 «Strafverfolgung» [ort]", "sanctuary-cities-gegen-trump@437–449 «Dorn im Auge» [ort]"]},
  "w3c-refinedby.jsonld": {"placed": 3, "unplaced": 0, "skipped": {}, "perArticle": {"zweierlei-solidaritaet": 3}, "passages": ["zweierlei-solidaritaet@161–212 «Stadtgesellschaften für die Rechte von F» [actor]", "zweierlei-solidaritaet@386–398 «Bill Clinton» [actor]", "zweierlei-solidaritaet@961–980 «Bonn und Düsseldorf» [untagged]"]},
  "w3c-several-selectors.jsonld": {"placed": 1, "unplaced": 0, "skipped": {}, "perArticle": {"washington-erhoeht-den-druck": 1}, "passages": ["washington-erhoeht-den-druck@220–231 «Marco Rubio» [actor]"]},
};

describe('real-shaped files: imported annotation by annotation, exported again as valid W3C', () => {
  for (const [file, expected] of Object.entries(REAL)) {
    it(file, () => {
      const result = importFile('real', file);
      if ('refused' in result) return assert.deepEqual(result, expected);
      assert.deepEqual(outcome(result.plan), expected);
      assert.deepEqual(exportFailures(result.plan), []);
    });
  }
});

describe('the examples of the W3C Data Model, pointed at shipped articles', () => {
  const files = readdirSync(path.join(root, 'test/fixtures/w3c-spec')).filter((name) => name.endsWith('.jsonld'));

  /** The examples that select text, and the article each was pointed at (test/fixtures/w3c-spec/README.md). */
  const TEXT_EXAMPLES: Record<string, string> = {
    'example-23.jsonld': 'sanctuary-cities-gegen-trump',
    'example-24.jsonld': 'kelly-keine-massenabschiebungen',
    'example-29.jsonld': 'zweierlei-solidaritaet',
    'example-38.jsonld': 'washington-erhoeht-den-druck',
  };
  it('imports the examples that select text into their article, skips the others as page notes, refuses only the one without its pages', () => {
    const summary = (file: string) => {
      const result = importFile('w3c-spec', file);
      if ('refused' in result) return result;
      assert.deepEqual(exportFailures(result.plan), [], file);
      const { placed, unplaced, skipped, perArticle } = outcome(result.plan);
      return { placed, unplaced, skipped, perArticle };
    };
    const expected = (file: string) => {
      if (file === 'example-42.jsonld') return { refused: ['page-not-embedded'] };
      const article = TEXT_EXAMPLES[file];
      if (article) return { placed: 1, unplaced: 0, skipped: {}, perArticle: { [article]: 1 } };
      return { placed: 0, unplaced: 0, skipped: { 'page-note': file === 'example-43.jsonld' ? 2 : 1 }, perArticle: {} };
    };
    assert.equal(files.length, 43);
    assert.deepEqual(Object.fromEntries(files.map((file) => [file, summary(file)])), Object.fromEntries(files.map((file) => [file, expected(file)])));
  });
});
