/**
 * Relations through export and import (issue 17): a set's relations go into the same collection as
 * its annotations (after them) and the file still meets every MUST of the W3C suite; the import
 * plan (import-plan.ts, import-relations.ts) maps each relation's two annotations through the ids
 * the import stores them under, finds its type by IRI (else by label), and skips with a reason
 * what it cannot link (a type the scheme lacks, an annotation neither in the file nor here).
 *   node --import tsx --test test/model/w3c/relation-import.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type ImportContext, type ImportPlan, planImport } from '../../../src/model/w3c/import-plan.js';
import { relationTwinKey } from '../../../src/model/w3c/import-relations.js';
import { relationsWith } from '../../../src/model/w3c/relation-export.js';
import { stableUuid } from '../../../src/model/w3c/stable-uuid.js';
import { type ExportContext, parseAnnotationFile, toW3CCollection } from '../../../src/model/w3c/w3c.js';
import { annotationOn } from '../../support/annotations.js';
import { annotationMusts, collectionMusts, failures, pageMusts } from '../../support/w3c-musts.js';

const root = process.cwd();
const SANCTUARY = 'sanctuary-cities-gegen-trump';
const manifest = JSON.parse(readFileSync(path.join(root, 'documents/manifest.json'), 'utf8')) as { documents: { id: string; iri: string; title: string; file: string }[] };
const entry = manifest.documents.find((document) => document.id === SANCTUARY)!;
const blocks = (JSON.parse(readFileSync(path.join(root, 'documents', entry.file), 'utf8')) as { blocks: ArticleBlock[] }).blocks;
/** The shipped article the tests annotate (its text holds no astral characters; the W3C tests pin those). */
const article = { id: SANCTUARY, iri: entry.iri, title: entry.title, text: canonicalText(blocks) };
const NOW = '2026-12-01T09:00:00.000Z';
const types = new Map(DEFAULT_RELATION_TYPES.map((type) => [type.id, type]));

/** The export context of the article, relations and their types included. */
function exportContext(relations: readonly Relation[], locale: 'de' | 'en' = 'de'): ExportContext {
  return {
    documents: new Map([[SANCTUARY, { iri: article.iri, text: article.text, blocks }]]),
    categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
    locale,
    now: NOW,
    collectionId: 'urn:uuid:3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    label: 'Close Reader: Sanctuary',
    relations,
    relationTypes: new Map([[SANCTUARY, types]]),
  };
}

/** The plan of a file's text, made against the article with nothing stored yet (unless `fields` say). */
function planOf(text: string, fields: Partial<ImportContext> = {}): ImportPlan {
  const parsed = parseAnnotationFile(text, 'file.jsonld');
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((problem) => problem.message).join('\n'));
  return planImport(parsed, { fileName: 'file.jsonld', documents: [article], categories: DEFAULT_CATEGORIES, existingIds: new Set(), now: NOW, ...fields });
}

/** Every MUST of the W3C suite the collection breaks: collection, page and each item. */
function w3cFailures(collection: unknown): string[] {
  const json = JSON.parse(JSON.stringify(collection)) as { first?: { items: unknown[] } };
  return [
    ...failures(collectionMusts, json),
    ...(json.first ? failures(pageMusts, json) : []),
    ...(json.first?.items ?? []).flatMap((item, i) => failures(annotationMusts, item).map((failure) => `item ${i + 1}: ${failure}`)),
  ];
}

const QUOTE = 'Wir sind und bleiben eine Sanctuary City.';
const LEE = 'Bürgermeister Ed Lee';
const quote = annotationOn(article.text, QUOTE, { id: '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', documentId: SANCTUARY, setId: `mine:${SANCTUARY}`, categoryIds: ['quote'] });
const lee = annotationOn(article.text, LEE, { id: '1c8f9d2b-3e4a-4b6c-8d7e-8f9a0b1c2d3e', documentId: SANCTUARY, setId: `mine:${SANCTUARY}`, categoryIds: ['actor'] });
const saidBy: Relation = {
  id: '5d0e9f6a-1b2c-4d3e-8f4a-5b6c7d8e9f00',
  setId: `mine:${SANCTUARY}`,
  documentId: SANCTUARY,
  typeId: 'said-by',
  sourceId: quote.id,
  targetId: lee.id,
  created: '2026-11-30T10:00:00.000Z',
  modified: '2026-11-30T10:00:00.000Z',
};

describe('a set with relations exported', () => {
  it('the relation follows the annotations on the one page, and total counts it', () => {
    const collection = toW3CCollection([lee, quote], exportContext([saidBy])) as unknown as { total: number; first: { items: { id: string; motivation: unknown; target: unknown; body: unknown }[] } };
    assert.equal(collection.total, 3);
    assert.deepEqual(
      collection.first.items.map((item) => [item.id, item.motivation]),
      [
        [`urn:uuid:${lee.id}`, 'classifying'],
        [`urn:uuid:${quote.id}`, 'classifying'],
        [`urn:uuid:${saidBy.id}`, 'linking'],
      ],
    );
    assert.deepEqual(collection.first.items[2]!.target, [`urn:uuid:${quote.id}`, `urn:uuid:${lee.id}`]);
    // The type named by the article's scheme: its IRI and its label in the export's language.
    assert.deepEqual(collection.first.items[2]!.body, [
      { type: 'SpecificResource', source: 'tag:close-reader.app,2026:relations/said-by', purpose: 'classifying' },
      { type: 'TextualBody', value: 'gesagt von', purpose: 'tagging', format: 'text/plain', language: 'de' },
    ]);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`meets every MUST of the W3C suite, collection, page and items (${locale})`, () => {
      assert.deepEqual(w3cFailures(toW3CCollection([lee, quote], exportContext([saidBy], locale))), []);
    });
  }

  it('without relations the collection is what it was before relations (no key added, same JSON)', () => {
    const before = JSON.stringify(toW3CCollection([lee, quote], { ...exportContext([]), relations: undefined, relationTypes: undefined }));
    assert.equal(JSON.stringify(toW3CCollection([lee, quote], exportContext([]))), before);
  });

  it('relationsWith: only relations whose two annotations are written, ordered by where their source stands', () => {
    const other = annotationOn(article.text, 'elf Millionen Einwanderer', { id: '2d9fae3c-4f5b-4c7d-9e8f-9a0b1c2d3e4f', documentId: SANCTUARY, categoryIds: ['statistic'] });
    const fromLee = { ...saidBy, id: 'aaaaaaaa-0000-4000-8000-000000000001', typeId: 'responsible-for', sourceId: lee.id, targetId: quote.id };
    const toGone = { ...saidBy, id: 'aaaaaaaa-0000-4000-8000-000000000002', targetId: 'ffffffff-0000-4000-8000-00000000dead' };
    assert.deepEqual(
      relationsWith([lee, quote, other], [saidBy, toGone, fromLee]).map((relation) => relation.id),
      [fromLee.id, saidBy.id],
    );
  });
});

describe('relations of a file planned for import', () => {
  it('ours: back with its type, its two annotations under the ids they are imported under, in their set', () => {
    const plan = planOf(JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy]))));
    assert.deepEqual(plan.relations, [saidBy]);
    assert.equal(plan.relationsAlreadyHere, 0);
    assert.deepEqual(plan.skipped, []);
  });

  it('kept as another reader\'s: the relation goes into that reading with its annotations', () => {
    const plan = planOf(JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy]))), { target: { kind: 'shared', author: 'Kim' } });
    assert.deepEqual(plan.relations.map((relation) => relation.setId), [`shared:${SANCTUARY}:Kim`]);
    assert.deepEqual(plan.annotations.map((annotation) => annotation.setId), [`shared:${SANCTUARY}:Kim`, `shared:${SANCTUARY}:Kim`]);
  });

  it('imported again: annotations and relation already here, nothing new', () => {
    const text = JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])));
    const plan = planOf(text, { existingIds: new Set([lee.id, quote.id]), existingRelationIds: new Set([saidBy.id]) });
    assert.deepEqual([plan.annotations.length, plan.alreadyHere, plan.relations.length, plan.relationsAlreadyHere], [0, 2, 0, 1]);
  });

  it('imported again after the link was made anew here (another id, same type and ends): already here, no twin', () => {
    const text = JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])));
    const madeAgain = { ...saidBy, id: 'bbbbbbbb-0000-4000-8000-000000000001' };
    const plan = planOf(text, { existingIds: new Set([lee.id, quote.id]), existingRelationIds: new Set([madeAgain.id, relationTwinKey(madeAgain)]) });
    assert.deepEqual([plan.relations.length, plan.relationsAlreadyHere], [0, 1]);
  });

  it('a file that brings only a link between annotations here: the relation, and the record of its reading (so the reading is read again)', () => {
    const text = JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])));
    const plan = planOf(text, { existingIds: new Set([lee.id, quote.id]) });
    assert.deepEqual([plan.annotations.length, plan.relations], [0, [saidBy]]);
    assert.deepEqual(plan.sets.map((set) => [set.id, set.documentId]), [[`mine:${SANCTUARY}`, SANCTUARY]]);
  });

  it('a relation between annotations already here (the file has them, the database too) is written in their reading', () => {
    const text = JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])));
    const stored = { setId: `shared:${SANCTUARY}:Ada`, documentId: SANCTUARY };
    const plan = planOf(text, { existingIds: new Set([lee.id, quote.id]), existingAnnotations: new Map([[lee.id, stored], [quote.id, stored]]) });
    assert.deepEqual(plan.relations, [{ ...saidBy, setId: `shared:${SANCTUARY}:Ada` }]);
  });

  it('a relation from an annotation here in another reading to one imported into mine is skipped: a relation lives in one reading', () => {
    const text = JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])));
    const plan = planOf(text, { existingIds: new Set([quote.id]), existingAnnotations: new Map([[quote.id, { setId: `shared:${SANCTUARY}:Ada`, documentId: SANCTUARY }]]) });
    assert.deepEqual([plan.annotations.map((annotation) => annotation.id), plan.relations], [[lee.id], []]);
    assert.deepEqual(plan.skipped.map((group) => [group.reason, group.count]), [['relation-annotation-missing', 1]]);
  });

  it('a relation to an annotation neither in the file nor here is skipped and counted, the annotations imported', () => {
    const ghost = { ...lee, id: 'ffffffff-0000-4000-8000-00000000dead' };
    const toGhost = { ...saidBy, targetId: ghost.id };
    // The export writes a relation only with both its annotations: the file loses the ghost afterwards.
    const collection = JSON.parse(JSON.stringify(toW3CCollection([lee, quote, ghost], exportContext([toGhost])))) as { first: { items: { id: string }[] } };
    collection.first.items = collection.first.items.filter((item) => item.id !== `urn:uuid:${ghost.id}`);
    const plan = planOf(JSON.stringify(collection));
    assert.equal(plan.annotations.length, 2);
    assert.deepEqual(plan.relations, []);
    assert.deepEqual(
      plan.skipped.map((group) => [group.reason, group.count, group.example.index, group.example.id]),
      [['relation-annotation-missing', 1, 2, `urn:uuid:${saidBy.id}`]],
    );
  });

  it('a relation whose type the scheme lacks is skipped with that reason', () => {
    const collection = JSON.parse(JSON.stringify(toW3CCollection([lee, quote], exportContext([saidBy])))) as { first: { items: { body?: unknown }[] } };
    collection.first.items[2]!.body = [{ type: 'TextualBody', value: 'widerspricht', purpose: 'tagging' }];
    const plan = planOf(JSON.stringify(collection));
    assert.deepEqual(plan.skipped.map((group) => [group.reason, group.count]), [['relation-type-unknown', 1]]);
    assert.deepEqual(plan.relations, []);
  });

  it("RecogitoJS's real export with a relation whose label is a type here: linked between the stable ids its annotations get", () => {
    const file = JSON.parse(readFileSync(path.join(root, 'test/fixtures/real/recogito.json'), 'utf8')) as Record<string, unknown>[];
    // The file's own relation ("spricht für") names no type of the default scheme; ours reads "gesagt von" (quote → actor).
    const QUOTE_ID = '#1d6e2b8f-4c30-4f72-8b9e-6a5d4c3b2f1e';
    const LEE_ID = '#0c5d1a7e-3b2f-4e61-9a8d-5f4c3b2a1e0d';
    file.push({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: '#9b0c1d2e', motivation: 'linking', body: [{ type: 'TextualBody', value: 'gesagt von', purpose: 'tagging' }], target: [{ id: QUOTE_ID }, { id: LEE_ID }] });
    // Recogito names no page: the reader assigns the file's annotations to the article.
    const plan = planOf(JSON.stringify(file), { assignments: new Map([['', SANCTUARY]]) });
    const idOf = (ref: string): string => stableUuid('w3c-array', `\u0000${ref}`);
    assert.deepEqual(
      plan.annotations.map((annotation) => [annotation.id, annotation.exact]).filter(([id]) => id === idOf(QUOTE_ID) || id === idOf(LEE_ID)),
      [
        [idOf(LEE_ID), LEE],
        [idOf(QUOTE_ID), QUOTE],
      ],
    );
    assert.deepEqual(plan.relations, [
      { id: stableUuid('relation', '#9b0c1d2e'), setId: `mine:${SANCTUARY}`, documentId: SANCTUARY, typeId: 'said-by', sourceId: idOf(QUOTE_ID), targetId: idOf(LEE_ID), created: NOW, modified: NOW },
    ]);
    // Its own relation is of a type this scheme lacks; the reply (a link without type) cannot be read as one.
    assert.deepEqual(plan.skipped.map((group) => [group.reason, group.count]), [['relation-type-unknown', 1], ['relation', 1]]);
  });

  it('property: a set with annotations and relations, exported and imported into an empty library, gives the same relations (type, source and target by their text)', () => {
    const text = article.text;
    const span = fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 60 })).map(([start, length]) => [start, Math.min(text.length, start + length)] as const);
    const arb = fc
      .uniqueArray(fc.record({ id: fc.uuid(), span, category: fc.constantFrom('quote', 'actor', 'statistic', 'policy') }), { minLength: 2, maxLength: 8, selector: (a) => a.id })
      .chain((parts) =>
        fc.tuple(
          fc.constant(parts),
          fc.uniqueArray(
            fc.record({ id: fc.uuid(), type: fc.constantFrom(...DEFAULT_RELATION_TYPES.map((type) => type.id)), source: fc.nat({ max: parts.length - 1 }), target: fc.nat({ max: parts.length - 1 }) }).filter((r) => r.source !== r.target),
            { maxLength: 6, selector: (r) => `${r.type} ${r.source} ${r.target}` },
          ),
          fc.constantFrom('de' as const, 'en' as const),
        ),
      );
    fc.assert(
      fc.property(arb, ([parts, links, locale]) => {
        const annotations: Annotation[] = parts.map(({ id, span: [start, end], category }) =>
          annotationOn(text.slice(0), text.slice(start, end), { id, documentId: SANCTUARY, setId: `mine:${SANCTUARY}`, categoryIds: [category] }),
        );
        // annotationOn finds the first occurrence: keep the range it found, whatever span was drawn.
        const relations: Relation[] = links.map((link, i) => ({
          id: link.id,
          setId: `mine:${SANCTUARY}`,
          documentId: SANCTUARY,
          typeId: link.type,
          sourceId: annotations[link.source]!.id,
          targetId: annotations[link.target]!.id,
          created: `2026-11-30T10:00:0${i}.000Z`,
          modified: `2026-11-30T10:00:0${i}.000Z`,
        }));
        const collection = toW3CCollection(annotations, exportContext(relations, locale));
        assert.deepEqual(w3cFailures(collection), []);
        const plan = planOf(JSON.stringify(collection));
        const exact = (list: readonly Annotation[]) => new Map(list.map((annotation) => [annotation.id, annotation.exact]));
        const [before, after] = [exact(annotations), exact(plan.annotations)];
        const read = (list: readonly Relation[], quotes: Map<string, string>) => list.map((r) => `${r.typeId} ${quotes.get(r.sourceId)} → ${quotes.get(r.targetId)}`).sort();
        assert.deepEqual(read(plan.relations, after), read(relations, before));
        assert.deepEqual(plan.relations, relations);
        assert.deepEqual(plan.skipped, []);
      }),
      { numRuns: 60 },
    );
  });
});
