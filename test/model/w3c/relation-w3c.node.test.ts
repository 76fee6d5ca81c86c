/**
 * Relations at the W3C boundary (issue 17): a relation exports as a `linking` annotation whose
 * targets are the two annotations' IRIs (source first) and whose body names the type (a
 * `classifying` SpecificResource with its IRI, a `tagging` label); it meets every MUST of the W3C
 * suite; ours and RecogitoJS's shape read back to the relation.
 *   node --import tsx --test test/model/w3c/relation-w3c.node.test.ts
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Relation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { toW3CRelation } from '../../../src/model/w3c/relation-export.js';
import { ownAnnotationId, readRelation, relationOf, type RelationMatch } from '../../../src/model/w3c/relation-parse.js';
import { stableUuid } from '../../../src/model/w3c/stable-uuid.js';
import { parseAnnotationFile } from '../../../src/model/w3c/w3c.js';
import { annotationMusts, failures, readJson } from '../../support/w3c-musts.js';

const types = new Map(DEFAULT_RELATION_TYPES.map((type) => [type.id, type]));
const relation: Relation = {
  id: '5d0e9f6a-1b2c-4d3e-8f4a-5b6c7d8e9f00',
  setId: 'mine:002',
  documentId: '002',
  typeId: 'said-by',
  sourceId: '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d',
  targetId: '1c8f9d2b-3e4a-4b6c-8d7e-8f9a0b1c2d3e',
  created: '2026-11-30T10:00:00.000Z',
  modified: '2026-11-30T11:00:00.000Z',
};
const match: RelationMatch = { types: DEFAULT_RELATION_TYPES, setId: 'mine:002', documentId: '002', now: '2026-12-01T00:00:00.000Z', where: 'file.jsonld: annotation 1' };
const codeOf = (result: { ok: boolean; problems?: readonly { code: string }[] }): string => (result.ok ? 'ok' : result.problems![0]!.code);

describe('a relation exported as a W3C annotation', () => {
  it('motivation linking, the two annotation IRIs source first, a classifying IRI and a tagging label', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(toW3CRelation(relation, { types, locale: 'de' }))), {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:5d0e9f6a-1b2c-4d3e-8f4a-5b6c7d8e9f00',
      type: 'Annotation',
      motivation: 'linking',
      created: '2026-11-30T10:00:00.000Z',
      modified: '2026-11-30T11:00:00.000Z',
      generator: { type: 'Software', name: 'Close Reader' },
      body: [
        { type: 'SpecificResource', source: 'tag:close-reader.app,2026:relations/said-by', purpose: 'classifying' },
        { type: 'TextualBody', value: 'gesagt von', purpose: 'tagging', format: 'text/plain', language: 'de' },
      ],
      target: ['urn:uuid:0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', 'urn:uuid:1c8f9d2b-3e4a-4b6c-8d7e-8f9a0b1c2d3e'],
    });
  });

  it('a type no longer in the scheme is still named (by its id), the link kept', () => {
    const exported = toW3CRelation({ ...relation, typeId: 'gone' }, { types, locale: 'en' });
    assert.deepEqual(exported.body, [
      { type: 'SpecificResource', source: 'tag:close-reader.app,2026:relations/gone', purpose: 'classifying' },
      { type: 'TextualBody', value: 'gone', purpose: 'tagging', format: 'text/plain', language: 'en' },
    ]);
  });

  for (const type of DEFAULT_RELATION_TYPES) {
    for (const locale of ['de', 'en'] as const) {
      it(`meets every MUST of the W3C suite: ${type.label.en} (${locale})`, () => {
        const exported = JSON.parse(JSON.stringify(toW3CRelation({ ...relation, typeId: type.id }, { types, locale }))) as unknown;
        assert.deepEqual(failures(annotationMusts, exported), []);
      });
    }
  }

  it('the suite can fail: a relation without targets breaks its MUSTs', () => {
    const broken = { ...JSON.parse(JSON.stringify(toW3CRelation(relation, { types, locale: 'en' }))), target: undefined } as unknown;
    assert.notDeepEqual(failures(annotationMusts, JSON.parse(JSON.stringify(broken))), []);
  });
});

describe('a relation read back', () => {
  it('ours: back to the same relation', () => {
    const incoming = readRelation(JSON.parse(JSON.stringify(toW3CRelation(relation, { types, locale: 'en' }))), 'file: 1');
    assert.ok(incoming.ok);
    const back = relationOf(incoming.value, match);
    assert.ok(back.ok);
    assert.deepEqual(back.value, relation);
  });

  it("RecogitoJS's shape: #ids as targets, the type only as a tagging label (matched in either language)", () => {
    const recogito = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: '#7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      type: 'Annotation',
      motivation: 'linking',
      body: [{ type: 'TextualBody', value: 'Gesagt von ', purpose: 'tagging' }],
      target: [{ id: '#quote-a' }, { id: '#actor-b' }],
    };
    const incoming = readRelation(recogito, 'file: 1');
    assert.deepEqual(incoming, { ok: true, value: { id: '#7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', label: 'Gesagt von', source: '#quote-a', target: '#actor-b' }, warnings: [] });
    // Recogito's ids are not UUIDs: the import maps them to the ids it stored the annotations under.
    const stored = new Map([
      ['#quote-a', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'],
      ['#actor-b', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'],
    ]);
    const back = relationOf(incoming.ok ? incoming.value : assert.fail(), { ...match, annotationId: (ref) => stored.get(ref) });
    assert.deepEqual(back, {
      ok: true,
      value: {
        // Not a UUID as written ("#…"): a stable UUID of it, the same on every import.
        id: stableUuid('relation', '#7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'),
        setId: 'mine:002',
        documentId: '002',
        typeId: 'said-by',
        sourceId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
        targetId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
        created: '2026-12-01T00:00:00.000Z',
        modified: '2026-12-01T00:00:00.000Z',
      },
      warnings: [],
    });
  });

  const refused: { name: string; item: unknown; code: string }[] = [
    { name: 'not linking', item: { type: 'Annotation', motivation: 'tagging', body: 'x', target: ['urn:uuid:a', 'urn:uuid:b'] }, code: 'not-linking' },
    { name: 'one target', item: { type: 'Annotation', motivation: 'linking', body: { type: 'TextualBody', value: 'x', purpose: 'tagging' }, target: 'urn:uuid:a' }, code: 'targets-not-two' },
    {
      name: 'a target that is a passage',
      item: { motivation: 'linking', body: { type: 'TextualBody', value: 'x', purpose: 'tagging' }, target: ['urn:uuid:a', { source: 'https://x', selector: { type: 'TextQuoteSelector', exact: 'y' } }] },
      code: 'target-not-annotation',
    },
    { name: 'no type at all', item: { motivation: 'linking', body: [{ type: 'TextualBody', value: 'a comment', purpose: 'commenting' }], target: ['urn:uuid:a', 'urn:uuid:b'] }, code: 'no-type' },
  ];
  for (const { name, item, code } of refused) {
    it(`refused: ${name} (${code})`, () => assert.equal(codeOf(readRelation(item, 'file: 1')), code));
  }

  it('refused on matching: a type the scheme lacks, an annotation the import lacks', () => {
    const ours = readRelation(toW3CRelation(relation, { types, locale: 'en' }), 'file: 1');
    assert.ok(ours.ok);
    assert.equal(codeOf(relationOf({ ...ours.value, typeIri: 'https://example.org/other', label: 'other' }, match)), 'type-unknown');
    assert.equal(codeOf(relationOf({ ...ours.value, target: 'urn:uuid:not-a-uuid' }, match)), 'annotation-unknown');
  });

  it('property: export then import gives the relation back, for every type, id and date', () => {
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    const arb = fc.record({
      id: fc.uuid(),
      typeId: fc.constantFrom(...DEFAULT_RELATION_TYPES.map((type) => type.id)),
      sourceId: fc.uuid(),
      targetId: fc.uuid(),
      created: date,
      modified: date,
    });
    fc.assert(
      fc.property(arb, fc.constantFrom('de' as const, 'en' as const), (parts, locale) => {
        const original: Relation = { ...relation, ...parts };
        const incoming = readRelation(JSON.parse(JSON.stringify(toW3CRelation(original, { types, locale }))), 'file: 1');
        assert.ok(incoming.ok);
        assert.deepEqual(relationOf(incoming.value, match), { ok: true, value: original, warnings: [] });
      }),
    );
  });

  it('property: any JSON at all is read or refused with a code, never thrown at the caller', () => {
    const linkingLike = fc.record({ motivation: fc.constantFrom('linking', ['linking', 'tagging']), body: fc.jsonValue({ maxDepth: 3 }), target: fc.jsonValue({ maxDepth: 3 }) });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), linkingLike), (item) => {
        const result = readRelation(item, 'any.json: 1');
        assert.ok(result.ok || result.problems.length === 1);
        if (result.ok) relationOf(result.value, match);
      }),
      { numRuns: 300 },
    );
  });

  it('ownAnnotationId: a UUID bare or as urn:uuid: (kept by the import), nothing else', () => {
    assert.deepEqual(
      ['urn:uuid:0B7E8C1A-2D3F-4A5B-9C6D-7E8F9A0B1C2D', '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', '#0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', 'urn:uuid:x', ''].map(ownAnnotationId),
      ['0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', '0b7e8c1a-2d3f-4a5b-9c6d-7e8f9a0b1c2d', undefined, undefined, undefined],
    );
  });
});

describe('relations carried by the annotation file parser (parseAnnotationFile)', () => {
  const real = (name: string): string => JSON.stringify(readJson(path.resolve(import.meta.dirname, '../../fixtures/real', name)));

  it("RecogitoJS's real export: its linking relation comes with the parse, still counted as skipped", () => {
    const parsed = parseAnnotationFile(real('recogito.json'), 'recogito.json');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.relations, [
      { index: 4, id: '#3f804da1-6e52-4194-8dba-8c7f6e5d4b3a', label: 'spricht für', source: '#0c5d1a7e-3b2f-4e61-9a8d-5f4c3b2a1e0d', target: '#1d6e2b8f-4c30-4f72-8b9e-6a5d4c3b2f1e' },
    ]);
    assert.deepEqual(parsed.value.skipped.map((skip) => [skip.index, skip.reason]), [[3, 'relation'], [4, 'relation']]);
  });

  it('a relation without a type (text-annotator: body []) is skipped and not carried', () => {
    const parsed = parseAnnotationFile(real('text-annotator.json'), 'text-annotator.json');
    assert.ok(parsed.ok);
    assert.equal('relations' in parsed.value, false);
    assert.deepEqual(parsed.value.skipped.map((skip) => skip.reason), ['relation']);
  });

  it('our collection with a relation in it: the relation comes back whole', () => {
    const file = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:c', type: 'AnnotationCollection', first: { id: 'urn:uuid:c#page1', type: 'AnnotationPage', items: [toW3CRelation(relation, { types, locale: 'en' })] } };
    const parsed = parseAnnotationFile(JSON.stringify(file), 'ours.jsonld');
    assert.ok(parsed.ok);
    const [incoming] = parsed.value.relations ?? [];
    assert.ok(incoming);
    assert.deepEqual(relationOf(incoming, match), { ok: true, value: relation, warnings: [] });
  });
});
