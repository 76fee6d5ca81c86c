/**
 * A scheme file carries its relation types (issue 17) as owl:ObjectProperty resources with
 * schema:domainIncludes / schema:rangeIncludes naming the allowed categories' concepts
 * (docs/relations.md): written and read back unchanged, a file without them read as before.
 *   node --import tsx --test test/model/schemes/skos-relations.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_RELATION_TYPES, type RelationType, relationTypeIri } from '../../../src/model/relations/relation-type.js';
import { type Category, type CategoryScheme, DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { mergeImportedScheme, parseSkosScheme, schemeToSkos, schemeWithRelationsToSkos } from '../../../src/model/schemes/skos.js';

const NOW = '2026-11-30T12:00:00.000Z';
const read = (file: unknown) => parseSkosScheme(JSON.stringify(file), 'scheme.jsonld', NOW);

const CIVICS: CategoryScheme = { id: 'civics', iri: 'tag:close-reader.app,2026:schemes/civics', label: { de: 'Politik', en: 'Civics' }, created: NOW, modified: NOW };
const civic = (id: string, order: number, parentId?: string): Category => ({
  id,
  label: { de: id, en: id },
  colour: '#0072b2',
  line: 'solid',
  order,
  schemeId: 'civics',
  iri: `tag:close-reader.app,2026:schemes/civics/${id}`,
  ...(parentId ? { parentId } : {}),
});
const CIVICS_CATEGORIES = [civic('speaker', 1), civic('claim', 2), civic('minister', 3, 'speaker'), civic('law', 4)];
const CIVICS_TYPES: RelationType[] = [
  { id: 'claims', iri: relationTypeIri('civics', 'claims'), label: { de: 'behauptet', en: 'claims' }, from: ['speaker', 'minister'], to: ['claim'], schemeId: 'civics' },
  { id: 'drafted', iri: relationTypeIri('civics', 'drafted'), label: { de: 'entwarf', en: 'drafted' }, from: ['minister'], to: ['law', 'claim'], schemeId: 'civics' },
];

describe('relation types in the scheme file', () => {
  it('the default scheme writes its three types as owl:ObjectProperty resources after its concepts', () => {
    const file = schemeWithRelationsToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES, DEFAULT_RELATION_TYPES);
    const context: Record<string, string> = file['@context'];
    assert.equal(context.owl, 'http://www.w3.org/2002/07/owl#');
    assert.equal(context.schema, 'https://schema.org/');
    assert.deepEqual(file['@graph'][5], {
      '@id': 'tag:close-reader.app,2026:relations/said-by',
      '@type': 'owl:ObjectProperty',
      'rdfs:isDefinedBy': { '@id': 'tag:close-reader.app,2026:schemes/default' },
      'skos:prefLabel': [
        { '@value': 'gesagt von', '@language': 'de' },
        { '@value': 'said by', '@language': 'en' },
      ],
      'schema:domainIncludes': [{ '@id': 'tag:close-reader.app,2026:categories/quote' }],
      'schema:rangeIncludes': [{ '@id': 'tag:close-reader.app,2026:categories/actor' }],
    });
    assert.equal(file['@graph'].length, 1 + 4 + 3);
  });

  it('round trip: the default scheme read back has the same three types', () => {
    const result = read(schemeWithRelationsToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES, DEFAULT_RELATION_TYPES));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.relationTypes, DEFAULT_RELATION_TYPES);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.value.categories.map((category) => category.id), ['actor', 'policy', 'quote', 'statistic']);
  });

  it('round trip: another scheme with nested categories and several categories per side', () => {
    const result = read(schemeWithRelationsToSkos(CIVICS, CIVICS_CATEGORIES, CIVICS_TYPES));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.relationTypes, CIVICS_TYPES);
  });

  it('property: any labels and any non-empty category sides survive the round trip', () => {
    const side = fc.uniqueArray(fc.constantFrom('speaker', 'claim', 'minister', 'law'), { minLength: 1, maxLength: 4 });
    const label = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() === text && text !== '');
    const arbType = fc.record({ de: label, en: label, from: side, to: side });
    fc.assert(
      fc.property(fc.array(arbType, { minLength: 1, maxLength: 5 }), (drafts) => {
        const types: RelationType[] = drafts.map((draft, index) => ({
          id: `type-${index + 1}`,
          iri: relationTypeIri('civics', `type-${index + 1}`),
          label: { de: draft.de, en: draft.en },
          from: draft.from,
          to: draft.to,
          schemeId: 'civics',
        }));
        const result = read(schemeWithRelationsToSkos(CIVICS, CIVICS_CATEGORIES, types));
        assert.ok(result.ok);
        assert.deepEqual(result.value.relationTypes, types);
      }),
      { numRuns: 60 },
    );
  });

  it('a scheme without relation types writes the file it wrote before, byte for byte', () => {
    assert.equal(JSON.stringify(schemeWithRelationsToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES, [])), JSON.stringify(schemeToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES)));
  });

  it('an older scheme file (no relation types) still reads: its categories, no relationTypes, no warnings', () => {
    const result = read(schemeToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES));
    assert.ok(result.ok);
    assert.equal('relationTypes' in result.value, false);
    assert.equal('relationWarnings' in result.value, false);
    assert.equal(result.value.categories.length, 4);
    assert.deepEqual(result.warnings, []);
  });

  it("another tool's file: rdf:Property with rdfs:domain/range and full IRIs reads, an unknown category is dropped with a warning", () => {
    const file = {
      '@context': { skos: 'http://www.w3.org/2004/02/skos/core#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#' },
      '@graph': [
        { '@id': 'https://example.org/s', '@type': 'skos:ConceptScheme', 'skos:prefLabel': 'News' },
        { '@id': 'https://example.org/s/person', '@type': 'skos:Concept', 'skos:inScheme': { '@id': 'https://example.org/s' }, 'skos:prefLabel': 'Person' },
        { '@id': 'https://example.org/s/quote', '@type': 'skos:Concept', 'skos:inScheme': { '@id': 'https://example.org/s' }, 'skos:prefLabel': 'Quote' },
        {
          '@id': 'https://example.org/s/utteredBy',
          '@type': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property',
          'rdfs:label': [{ '@value': 'uttered by', '@language': 'en' }],
          'rdfs:domain': [{ '@id': 'https://example.org/s/quote' }, { '@id': 'https://example.org/s/elsewhere' }],
          'rdfs:range': { '@id': 'https://example.org/s/person' },
        },
        { '@id': 'https://example.org/s/nothing', '@type': 'owl:ObjectProperty', 'skos:prefLabel': 'nothing', 'rdfs:domain': { '@id': 'https://example.org/s/quote' } },
      ],
    };
    const result = read({ ...file, '@context': { ...file['@context'], owl: 'http://www.w3.org/2002/07/owl#' } });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.relationTypes, [
      { id: 'uttered-by', iri: 'https://example.org/s/utteredBy', label: { de: 'uttered by', en: 'uttered by' }, from: ['quote'], to: ['person'], schemeId: 'news' },
    ]);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.value.relationWarnings?.map((warning) => [warning.code, warning.params.where]), [
      ['relation-type-category-not-found', 'scheme.jsonld: relation type 1 (https://example.org/s/utteredBy)'],
      ['relation-type-no-categories', 'scheme.jsonld: relation type 2 (https://example.org/s/nothing)'],
    ]);
  });

  it('merged among stored schemes: category ids renamed as the categories were, type ids kept by IRI', () => {
    const parsed = read(schemeWithRelationsToSkos(CIVICS, CIVICS_CATEGORIES, CIVICS_TYPES));
    assert.ok(parsed.ok);
    // A stored category of another scheme already has the id "speaker": the file's becomes speaker-2.
    const stored: Category[] = [{ ...civic('speaker', 1), schemeId: 'other', iri: 'https://example.org/speaker' }];
    const storedTypes: RelationType[] = [{ ...CIVICS_TYPES[1]!, id: 'drafted-by-minister' }, { ...DEFAULT_RELATION_TYPES[0]!, id: 'claims' }];
    const merge = mergeImportedScheme([], stored, parsed.value, storedTypes);
    assert.deepEqual(
      merge.relationTypes?.map((type) => [type.id, type.from, type.to, type.schemeId]),
      [
        ['claims-2', ['speaker-2', 'minister'], ['claim'], 'civics'],
        ['drafted-by-minister', ['minister'], ['law', 'claim'], 'civics'],
      ],
    );
    assert.equal('relationTypes' in mergeImportedScheme([], stored, { ...parsed.value, relationTypes: undefined }), false);
  });
});
