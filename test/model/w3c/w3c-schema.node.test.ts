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
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type ExportContext, toW3CAnnotation, toW3CCollection } from '../../../src/model/w3c/w3c.js';
import { annotationOn } from '../../support/annotations.js';
import { exportContextFor } from '../../support/export-context.js';
import { ajv, annotationMusts, collectionMusts, failures, pageMusts, readJson, suite } from '../../support/w3c-musts.js';

const text = '🙂 Der Bürgermeister sagte: „Wir bleiben eine Sanctuary City.“ 🇺🇸 Die Stadt 𝔘 hält Kurs.';
const context: ExportContext = exportContextFor(text);

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


// What an import carries goes out again (w3c-export.ts): a creator IRI, the annotation's `via`,
// links as bodies, the article's source aliases as the target's `via`; and a library export that
// carries own documents declares its term in a list @context (carried-documents.ts).
const importedBase = annotationAt('Bürgermeister', {
  id: '4b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d',
  creator: 'lehrerin',
  creatorId: 'acct:lehrerin@hypothes.is',
  via: 'https://hypothes.is/a/Ab1Cd2Ef3',
});
const aliasContext = (aliases: string[]): ExportContext => ({ ...context, documents: new Map([['doc', { iri: 'tag:close-reader.app,2026:documents/doc', text, aliases }]]) });
const importedCases: { name: string; annotation: Annotation; context: ExportContext }[] = [
  { name: 'a creator IRI (acct:) beside the name', annotation: { ...importedBase, via: undefined } as unknown as Annotation, context },
  { name: 'a creator IRI with no name at all', annotation: { ...importedBase, creator: undefined } as unknown as Annotation, context: { ...context, creatorName: undefined } as unknown as ExportContext },
  { name: 'via, the annotation’s IRI in Hypothesis', annotation: importedBase, context },
  { name: 'an IRI link body', annotation: { ...importedBase, links: ['https://zeitung.example/hintergrund'] }, context },
  { name: 'an External Web Resource link body', annotation: { ...importedBase, note: 'Quelle', links: [{ id: 'https://example.org/quelle.pdf', type: 'Text', format: 'application/pdf', language: 'de' }] }, context },
  { name: 'a target with one alias (via as a string)', annotation: importedBase, context: aliasContext(['https://zeitung.example/artikel']) },
  { name: 'a target with several aliases (via as a list)', annotation: importedBase, context: aliasContext(['https://zeitung.example/artikel', 'urn:x-recogito:42']) },
];

describe('an export after an import meets every MUST', () => {
  // Among the MUSTs already; named here so that the test below can break each on purpose.
  const viaMusts = ['annotations/3.3.7-annotationViaValidated.json', 'annotations/bodiesTargets/3.3.7-targViaValidated.json'].map((file) => {
    const must = annotationMusts.find((candidate) => candidate.file === file);
    assert.ok(must, `${file} is among the MUSTs`);
    return must;
  });

  for (const { name, annotation, context: exportContext } of importedCases) {
    it(`an annotation: ${name}`, () => {
      const exported = JSON.parse(JSON.stringify(toW3CAnnotation(annotation, exportContext))) as unknown;
      assert.deepEqual(failures(annotationMusts, exported), []);
    });
  }

  it('the via assertions reject a via that is not an IRI (so the tests above can fail)', () => {
    const exported = JSON.parse(JSON.stringify(toW3CAnnotation(importedBase, aliasContext(['https://zeitung.example/artikel'])))) as Record<string, unknown>;
    assert.equal(viaMusts[0]!.validate({ ...exported, via: 'hypothes.is a/1' }), false);
    assert.equal(viaMusts[1]!.validate({ ...exported, target: { ...(exported.target as object), via: 'zeitung example' } }), false);
  });

  it('the creator agent has its IRI as id and its name (the suite: 3.3.2 creator id, name, single name)', () => {
    const shoulds = ['annotations/3.3.2-annotationCreatorAgentIdImplemented.json', 'annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json'].map((file) => ({
      file,
      validate: ajv.compile(readJson(path.join(suite, file)) as object),
    }));
    const exported = JSON.parse(JSON.stringify(toW3CAnnotation(importedBase, context))) as Record<string, unknown>;
    assert.deepEqual(exported.creator, { type: 'Person', id: 'acct:lehrerin@hypothes.is', name: 'lehrerin' });
    assert.deepEqual(failures(shoulds, exported), []);
  });

  it('a library export carrying own documents, its @context a list with our term, and every item', async () => {
    const { buildExport } = await import('../../../src/app/export/annotation-export.js');
    const blocksOf = [{ type: 'paragraph' as const, text }];
    const entry = { id: 'doc', iri: 'urn:uuid:00000000-0000-4000-8000-000000000abc', title: 'Rede', lang: 'de', own: true };
    const file = await buildExport({
      annotations: importedCases.map((c, i) => ({ ...c.annotation, id: `${c.annotation.id.slice(0, -1)}${i}` })),
      articles: { entries: [entry], entry: (id: string) => (id === 'doc' ? entry : undefined), loadBody: async () => ({ id: 'doc', lang: 'de', blocks: blocksOf }) } as never,
      categories: { categories: DEFAULT_CATEGORIES } as never,
      aliases: { listAliases: async () => [{ source: 'https://zeitung.example/artikel', documentId: 'doc' }, { source: '', documentId: 'doc' }] },
      ownDocument: () => ({ ...entry, blocks: blocksOf, digest: '', wordCount: 12, created: '2026-01-01T00:00:00.000Z', origin: { kind: 'pasted' } }) as never,
      locale: 'de',
      creatorName: 'Rea Reader',
      scope: 'library',
      label: 'Close Reader: library',
      now: new Date('2026-03-01T12:00:00.000Z'),
    });
    const collection = JSON.parse(file.json) as { '@context': unknown; closeReaderDocuments: unknown[]; first: { items: { target: { via?: unknown } }[] } };
    assert.deepEqual(collection['@context'], [
      'http://www.w3.org/ns/anno.jsonld',
      { closeReaderDocuments: { '@id': 'tag:close-reader.app,2026:closeReaderDocuments', '@type': '@json' } },
    ]);
    assert.equal(collection.closeReaderDocuments.length, 1);
    assert.deepEqual(failures(collectionMusts, collection), []);
    assert.deepEqual(failures(pageMusts, collection), []);
    for (const item of collection.first.items) {
      assert.deepEqual(failures(annotationMusts, item), []);
      // The empty source (files that name none) is no IRI, so it is not written.
      assert.equal(item.target.via, 'https://zeitung.example/artikel');
    }
    // Our parser reads the list @context back, and the documents it declares.
    const { parseAnnotationFile } = await import('../../../src/model/w3c/w3c.js');
    const { readCarriedDocuments } = await import('../../../src/model/w3c/carried-documents.js');
    const parsed = parseAnnotationFile(file.json, file.fileName);
    assert.equal(parsed.ok && parsed.value.annotations.length, importedCases.length);
    const carried = readCarriedDocuments(JSON.parse(file.json), file.fileName);
    assert.equal(carried.ok && carried.value.map((doc) => doc.id).join(), 'doc');
  });
});
