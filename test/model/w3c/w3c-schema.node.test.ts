/**
 * Our W3C export against the W3C's own test suite (shared/w3c-annotation-tests, copied from
 * w3c/web-annotation-tests): every MUST assertion listed in annotations/annotationMusts.test,
 * collections/collectionMusts.test and collections/pages/pageMusts.test is a JSON Schema (draft-04)
 * that a conforming annotation, collection or page must satisfy. All of them are "must / valid"
 * assertions that hold vacuously for features we do not use (a Choice, an SvgSelector…), so every
 * one applies to what we write. A second table breaks an export on purpose and checks the schemas
 * reject it, so this test can fail. Runs under node:test (it reads files outside the served root):
 *   node --import tsx --test test/model/w3c/w3c-schema.node.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type ExportContext, toW3CAnnotation, toW3CCollection } from '../../../src/model/w3c/w3c.js';
import { annotationOn } from '../../support/annotations.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = process.env.CLOSE_READER_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const suite = path.join(shared, 'w3c-annotation-tests');
assert.ok(
  existsSync(path.join(suite, 'definitions')),
  `The W3C annotation test suite is not at ${suite}. Set CLOSE_READER_SHARED to the folder that holds w3c-annotation-tests/.`,
);

const ajv = new Ajv({ allErrors: true, strict: false });
// The suite's bookkeeping keywords, not validation keywords.
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
// The suite uses two formats; ajv-formats is not installed, so they are defined here.
// `uri` (RFC 3986 absolute URI): a scheme, a colon, then only characters a URI may hold.
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9a-f]{2})*$/i);
// `date-time` (RFC 3339, section 5.6), and a real date.
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)));
for (const file of readdirSync(path.join(suite, 'definitions')).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(readJson(path.join(suite, 'definitions', file)) as object);
}

interface Assertion {
  readonly file: string;
  readonly validate: ValidateFunction;
}

/** The assertions a .test file lists, each compiled; checks that each really is a MUST. */
function assertionsOf(testFile: string): Assertion[] {
  const listed = (readJson(path.join(suite, testFile)) as { assertions: string[] }).assertions;
  return listed.map((file) => {
    const schema = readJson(path.join(suite, file)) as { assertionType: string; expectedResult: string };
    assert.equal(schema.assertionType, 'must', `${file} is listed as a MUST`);
    assert.equal(schema.expectedResult, 'valid', `${file} expects a conforming document to be valid`);
    return { file, validate: ajv.compile(schema) };
  });
}

const annotationMusts = assertionsOf('annotations/annotationMusts.test');
const collectionMusts = assertionsOf('collections/collectionMusts.test');
const pageMusts = assertionsOf('collections/pages/pageMusts.test');

const text = '🙂 Der Bürgermeister sagte: „Wir bleiben eine Sanctuary City.“ 🇺🇸 Die Stadt 𝔘 hält Kurs.';
const context: ExportContext = {
  documents: new Map([['doc', { iri: 'tag:close-reader.app,2026:documents/doc', text }]]),
  categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
  locale: 'de',
  creatorName: 'Rea Reader',
  now: '2026-03-01T12:00:00.000Z',
  collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  label: 'Close Reader: Test',
};

function annotationAt(quote: string, fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(text, quote, { id: '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', documentId: 'doc', created: '2026-02-01T10:00:00.000Z', modified: '2026-02-02T10:00:00.000Z', ...fields });
}

const cases: { name: string; annotation: Annotation }[] = [
  { name: 'a placed annotation after an emoji', annotation: annotationAt('Bürgermeister') },
  { name: 'two categories and a note with markup', annotation: annotationAt('Die Stadt 𝔘', { categoryIds: ['actor', 'quote'], note: '<script>alert(1)</script>' }) },
  { name: 'an unplaced annotation', annotation: { ...annotationAt('Kurs'), start: -1, end: -1 } },
  { name: 'a quote at the start of the text (no prefix)', annotation: annotationAt('🙂 Der', { creator: 'Ada' }) },
  { name: 'a category no longer in the scheme', annotation: annotationAt('hält', { categoryIds: ['gone-category'] }) },
];

function failures(assertions: readonly Assertion[], document: unknown): string[] {
  return assertions
    .filter(({ validate }) => !validate(document))
    .map(({ file, validate }) => `${file}: ${ajv.errorsText(validate.errors)}`);
}

describe('our export meets every MUST of the W3C Web Annotation test suite', () => {
  it(`loads ${annotationMusts.length} annotation, ${collectionMusts.length} collection and ${pageMusts.length} page MUST assertions`, () => {
    assert.deepEqual([annotationMusts.length, collectionMusts.length, pageMusts.length], [54, 10, 15]);
  });

  for (const { name, annotation } of cases) {
    it(`an annotation: ${name}`, () => {
      const exported = JSON.parse(JSON.stringify(toW3CAnnotation(annotation, context))) as unknown;
      assert.deepEqual(failures(annotationMusts, exported), []);
    });
  }

  it('a collection with its first page embedded, and every annotation in it', () => {
    const collection = JSON.parse(JSON.stringify(toW3CCollection(cases.map((c, i) => ({ ...c.annotation, id: `${c.annotation.id.slice(0, -1)}${i}` })), context))) as {
      first: { items: unknown[] };
    };
    assert.deepEqual(failures(collectionMusts, collection), []);
    assert.deepEqual(failures(pageMusts, collection), []);
    assert.equal(collection.first.items.length, cases.length);
    for (const item of collection.first.items) assert.deepEqual(failures(annotationMusts, item), []);
  });

  it('an empty collection (no pages)', () => {
    const collection = JSON.parse(JSON.stringify(toW3CCollection([], context))) as unknown;
    assert.deepEqual(failures(collectionMusts, collection), []);
  });
});

// A passage in the page's debris carries its block kind as the target's `scope` (w3c-export.ts).
const blocks: ArticleBlock[] = [
  { type: 'paragraph', text: 'Der Bürgermeister sagte: „Wir bleiben.“' },
  { type: 'credit', text: 'AFP' },
  { type: 'caption', text: 'Bürgermeister Lee 🇺🇸 vor dem Rathaus' },
];
const blockText = canonicalText(blocks);
const blockContext: ExportContext = { ...context, documents: new Map([['doc', { iri: 'tag:close-reader.app,2026:documents/doc', text: blockText, blocks }]]) };
const scoped: { name: string; annotation: Annotation; scope: string | string[] }[] = [
  {
    name: 'a passage in a caption (one scope IRI)',
    annotation: annotationOn(blockText, 'Lee 🇺🇸 vor', { id: '1b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', documentId: 'doc' }),
    scope: 'tag:close-reader.app,2026:blocks/caption',
  },
  {
    name: 'a passage over a credit into a caption (a list of scope IRIs)',
    annotation: annotationOn(blockText, 'AFP\n\nBürgermeister', { id: '2b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', documentId: 'doc', note: 'Bildnachweis' }),
    scope: ['tag:close-reader.app,2026:blocks/credit', 'tag:close-reader.app,2026:blocks/caption'],
  },
];
const scopeMay = ajv.compile(readJson(path.join(suite, 'annotations/specificResource/4.6-scope.json')) as object);

describe('a passage in the page debris: its block kind as the target scope (model 4.6)', () => {
  for (const { name, annotation, scope } of scoped) {
    it(`${name} meets every MUST, and the suite's scope assertion`, () => {
      const exported = JSON.parse(JSON.stringify(toW3CAnnotation(annotation, blockContext))) as { target: { scope: unknown } };
      assert.deepEqual(exported.target.scope, scope);
      assert.deepEqual(failures(annotationMusts, exported), []);
      assert.equal(scopeMay(exported), true, ajv.errorsText(scopeMay.errors));
    });
  }

  it('a collection holding them meets every MUST', () => {
    const collection = JSON.parse(JSON.stringify(toW3CCollection(scoped.map((c) => c.annotation), blockContext))) as unknown;
    assert.deepEqual(failures(collectionMusts, collection), []);
    assert.deepEqual(failures(pageMusts, collection), []);
  });

  it('the scope assertion rejects a scope that is not an IRI (so the test above can fail)', () => {
    const exported = JSON.parse(JSON.stringify(toW3CAnnotation(scoped[0]!.annotation, blockContext))) as { target: Record<string, unknown> };
    assert.equal(scopeMay({ ...exported, target: { ...exported.target, scope: 'in a caption' } }), false);
  });
});

describe('the SHOULDs of the suite that we choose to meet', () => {
  // Not MUSTs, so not all: 3.3.5-annotationSingleMotivationImplemented is left out on purpose (an
  // annotation with a note has two motivations, classifying and commenting).
  const shoulds = (files: string[]) => files.map((file) => ({ file, validate: ajv.compile(readJson(path.join(suite, file)) as object) }));
  const annotationShoulds = shoulds([
    'annotations/3.1-bodyKeyFound.json',
    'annotations/3.3.1-annotationCreatedImplemented.json',
    'annotations/3.3.1-annotationSingleCreatorImplemented.json',
    'annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json',
    'annotations/bodiesTargets/3.2.1-bodySingleFormat.json',
    'annotations/bodiesTargets/3.2.1-bodySingleLanguage.json',
  ]);
  const collectionShoulds = shoulds([
    'collections/5.1-collectionLabelImplemented.json',
    'collections/5.1-collectionLastImplemented.json',
    'collections/5.1-collectionTotalImplemented.json',
    'collections/pages/5.2-pagePartOfImplemented.json',
    'collections/pages/5.2-pageStartIndexImplemented.json',
  ]);

  it('an annotation: body, created, one creator, typed TextualBodies with one format and language each', () => {
    assert.deepEqual(failures(annotationShoulds, JSON.parse(JSON.stringify(toW3CAnnotation(cases[0]!.annotation, context)))), []);
  });

  it('a collection: label, last, total; its page: partOf, startIndex', () => {
    assert.deepEqual(failures(collectionShoulds, JSON.parse(JSON.stringify(toW3CCollection([cases[0]!.annotation], context)))), []);
  });
});

describe('the W3C schemas reject a broken export (so the test above can fail)', () => {
  const good = JSON.parse(JSON.stringify(toW3CAnnotation(cases[0]!.annotation, context))) as Record<string, unknown>;
  const goodTarget = good.target as { selector: Record<string, unknown>[] };
  const broken: { name: string; assertion: string; document: Record<string, unknown> }[] = [
    { name: 'no @context', assertion: 'annotations/3.1-annotationContextValidated.json', document: without(good, '@context') },
    { name: 'another @context', assertion: 'annotations/3.1-annotationContextValidated.json', document: { ...good, '@context': 'https://schema.org/' } },
    { name: 'a bare UUID as id (not an IRI)', assertion: 'annotations/3.1-annotationIdValidated.json', document: { ...good, id: cases[0]!.annotation.id } },
    { name: 'no type', assertion: 'annotations/3.1-annotationTypeValidated.json', document: without(good, 'type') },
    { name: 'no target', assertion: 'annotations/3.1-targetKeyFound.json', document: without(good, 'target') },
    { name: 'body and bodyValue', assertion: 'annotations/3.2.5-notBodyBodyValue.json', document: { ...good, bodyValue: 'x' } },
    { name: 'created that is not a date-time', assertion: 'annotations/3.3.1-annotationCreatedValidated.json', document: { ...good, created: 'yesterday' } },
    {
      name: 'a negative TextPositionSelector start',
      assertion: 'annotations/specificResource/4.2-TextDataPositionSelectorValid.json',
      document: { ...good, target: { ...goodTarget, selector: [goodTarget.selector[0], { type: 'TextPositionSelector', start: -1, end: 3 }] } },
    },
    {
      name: 'a TextQuoteSelector without exact',
      assertion: 'annotations/specificResource/4.2.4-textQuoteSelectorValid.json',
      document: { ...good, target: { ...goodTarget, selector: [{ type: 'TextQuoteSelector', prefix: 'x' }] } },
    },
  ];
  for (const { name, assertion, document } of broken) {
    it(`${name}: ${assertion}`, () => {
      const must = annotationMusts.find((candidate) => candidate.file === assertion);
      assert.ok(must, `${assertion} is among the MUSTs`);
      assert.equal(must.validate(good), true, 'the unbroken export passes');
      assert.equal(must.validate(document), false, 'the broken one fails');
    });
  }

  const collection = JSON.parse(JSON.stringify(toW3CCollection([cases[0]!.annotation], context))) as Record<string, unknown>;
  const brokenCollections: { name: string; assertion: string; document: Record<string, unknown> }[] = [
    { name: 'no @context', assertion: 'collections/5.1-collectionContextValidated.json', document: without(collection, '@context') },
    { name: 'annotations but no first page', assertion: 'collections/5.1-collectionFirstValidated.json', document: without(collection, 'first') },
    { name: 'a negative total', assertion: 'collections/5.1-collectionTotalValidated.json', document: { ...collection, total: -1 } },
  ];
  for (const { name, assertion, document } of brokenCollections) {
    it(`a collection with ${name}: ${assertion}`, () => {
      const must = collectionMusts.find((candidate) => candidate.file === assertion);
      assert.ok(must, `${assertion} is among the MUSTs`);
      assert.equal(must.validate(collection), true, 'the unbroken export passes');
      assert.equal(must.validate(document), false, 'the broken one fails');
    });
  }
});

function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
