/**
 * A scheme as a SKOS file, as a specification: the default scheme's export against its expected
 * JSON-LD; a nested scheme's broader/top-concept links; a fast-check round trip (export, JSON,
 * parse) that gives back the same scheme and categories; a foreign SKOS file written with full IRIs;
 * bad files refused with messages that name the file, the concept and the field; and the merge of
 * an import (the same file twice changes nothing; an updated one updates by IRI, never duplicates).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  type Category,
  type CategoryLine,
  type CategoryScheme,
  categoryIri,
  DEFAULT_CATEGORIES,
  DEFAULT_SCHEME,
  schemeOf,
  sortCategories,
} from '../../../src/model/schemes/category.js';
import { CATEGORY_PALETTE } from '../../../src/model/schemes/category-palette.js';
import { schemeCategoryIri, schemeIri } from '../../../src/model/schemes/scheme-editing.js';
import { mergeImportedScheme, parseSkosScheme, type SchemeMerge, schemeToSkos, SKOS } from '../../../src/model/schemes/skos.js';

const DEFAULTS = DEFAULT_CATEGORIES.map((category) => ({ ...category, schemeId: 'default' }));
const CIVICS: CategoryScheme = {
  id: 'civics',
  iri: 'tag:close-reader.app,2026:schemes/civics',
  label: { de: 'Politische Bildung', en: 'Civics' },
  created: '2026-02-01T09:00:00.000Z',
  modified: '2026-02-02T10:00:00.000Z',
};
function civic(id: string, en: string, de: string, order: number, extra: Partial<Category> = {}): Category {
  return { id, label: { de, en }, colour: '#0072b2', line: 'solid', order, schemeId: 'civics', iri: `${CIVICS.iri}/${id}`, ...extra };
}
const CIVICS_CATEGORIES = [
  civic('speaker', 'Actor', 'Akteur', 1, { key: 'a' }),
  civic('government', 'Government', 'Regierung', 2, { parentId: 'speaker', colour: '#d55e00', line: 'double' }),
  civic('party', 'Party', 'Partei', 3, { parentId: 'speaker', colour: '#009e73', line: 'dashed' }),
  civic('civil-society', 'Civil society', 'Zivilgesellschaft', 4, { parentId: 'speaker', colour: '#7a5cc9', line: 'dotted' }),
  civic('court', 'Court', 'Gericht', 5, { parentId: 'speaker', colour: '#8c8200', line: 'wavy' }),
  civic('claim', 'Claim', 'Behauptung', 6, { key: '1', colour: '#c43c3c' }),
];

describe('schemeToSkos', () => {
  it('writes the default scheme as a SKOS concept scheme in JSON-LD', () => {
    // The structure is spelled out; the values come from DEFAULT_CATEGORIES, which may be retuned.
    const concept = ({ id, label, colour, line, key, order }: Category): object => ({
      '@id': `tag:close-reader.app,2026:categories/${id}`,
      '@type': 'skos:Concept',
      'skos:inScheme': { '@id': 'tag:close-reader.app,2026:schemes/default' },
      'skos:prefLabel': [
        { '@value': label.de, '@language': 'de' },
        { '@value': label.en, '@language': 'en' },
      ],
      'skos:topConceptOf': { '@id': 'tag:close-reader.app,2026:schemes/default' },
      'skos:notation': key,
      'cr:colour': colour,
      'cr:line': line,
      'cr:order': order,
    });
    expect(JSON.parse(JSON.stringify(schemeToSkos(DEFAULT_SCHEME, DEFAULTS)))).to.deep.equal({
      '@context': {
        skos: 'http://www.w3.org/2004/02/skos/core#',
        rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
        dcterms: 'http://purl.org/dc/terms/',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
        cr: 'tag:close-reader.app,2026:vocab#',
      },
      '@graph': [
        {
          '@id': 'tag:close-reader.app,2026:schemes/default',
          '@type': 'skos:ConceptScheme',
          'skos:prefLabel': [
            { '@value': 'Standard (Akteur, Maßnahme, Zitat, Statistik)', '@language': 'de' },
            { '@value': 'Default (actor, policy, quote, statistic)', '@language': 'en' },
          ],
          'dcterms:created': { '@value': '2026-11-23T00:00:00.000Z', '@type': 'xsd:dateTime' },
          'dcterms:modified': { '@value': '2026-11-23T00:00:00.000Z', '@type': 'xsd:dateTime' },
          'skos:hasTopConcept': ['actor', 'policy', 'quote', 'statistic'].map((id) => ({ '@id': `tag:close-reader.app,2026:categories/${id}` })),
        },
        ...DEFAULT_CATEGORIES.map(concept),
      ],
    });
  });

  it('writes a nested scheme: children name their parent with skos:broader, only the top level is a top concept', () => {
    const graph = schemeToSkos(CIVICS, CIVICS_CATEGORIES)['@graph'];
    expect(graph[0]['skos:hasTopConcept']).to.deep.equal([{ '@id': `${CIVICS.iri}/speaker` }, { '@id': `${CIVICS.iri}/claim` }]);
    const government = graph.find((node) => node['@id'] === `${CIVICS.iri}/government`)!;
    expect(government).to.deep.include({ 'skos:broader': { '@id': `${CIVICS.iri}/speaker` }, 'cr:line': 'double' });
    expect(government).not.to.have.property('skos:topConceptOf');
    expect(government).not.to.have.property('skos:notation');
    expect(graph.slice(1).map((node) => node['@id'])).to.deep.equal(CIVICS_CATEGORIES.map(categoryIri));
  });
});

describe('parseSkosScheme: round trip', () => {
  const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }).map((s) => s.trim()).filter((s) => s.length > 0);
  const draft = fc.record({
    id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    label: fc.record({ de: label, en: label }),
    colour: fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
    line: fc.constantFrom<CategoryLine>('solid', 'double', 'dashed', 'dotted', 'wavy'),
    order: fc.integer({ min: -1000, max: 1000 }).map((n) => n / 4),
    key: fc.option(fc.constantFrom('1', '2', '9', 'a', 'Z', 'ä', '?', '€'), { nil: undefined }),
    parent: fc.option(fc.nat(), { nil: undefined }),
    // Definitions and examples in one language, both or none (issue 15), markup-like text included.
    definition: fc.option(fc.record({ de: label, en: label }, { requiredKeys: [] }), { nil: undefined }),
    example: fc.option(fc.record({ de: label, en: label }, { requiredKeys: [] }), { nil: undefined }),
  });
  const schemes = fc.record({
    id: fc.constantFrom('default', 'civics', 'politik-2', 'ä b/c'),
    label: fc.record({ de: label, en: label }),
    created: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    modified: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  });

  it('gives back the same scheme and categories (export, JSON, parse)', () => {
    fc.assert(
      fc.property(schemes, fc.uniqueArray(draft, { selector: (d) => d.id, minLength: 1, maxLength: 8 }), (schemeFields, drafts) => {
        const scheme: CategoryScheme = { ...schemeFields, iri: schemeIri(schemeFields.id) };
        const keys = new Set<string>();
        const categories: Category[] = [];
        for (const { parent, key, definition, example, ...fields } of drafts) {
          const tops = categories.filter((c) => !c.parentId);
          const iri = schemeCategoryIri(scheme.id, fields.id);
          const category: Category = {
            ...fields,
            schemeId: scheme.id,
            ...(iri ? { iri } : {}),
            ...(key && !keys.has(key) ? { key } : {}),
            ...(parent !== undefined && tops.length > 0 ? { parentId: tops[parent % tops.length]!.id } : {}),
            ...(definition && Object.keys(definition).length > 0 ? { definition } : {}),
            ...(example && Object.keys(example).length > 0 ? { example } : {}),
          };
          if (key) keys.add(key);
          categories.push(category);
        }
        const parsed = parseSkosScheme(JSON.stringify(schemeToSkos(scheme, categories)), 'scheme.jsonld');
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
        expect(parsed.warnings).to.deep.equal([]);
        expect(parsed.value.scheme).to.deep.equal(scheme);
        expect(parsed.value.categories).to.deep.equal(sortCategories(categories));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSkosScheme: a foreign file with full IRIs', () => {
  const FOREIGN = JSON.stringify([
    {
      '@id': 'http://example.org/vocab/media',
      '@type': [`${SKOS}ConceptScheme`],
      [`${SKOS}prefLabel`]: [{ '@value': 'Media analysis', '@language': 'en-GB' }, { '@value': 'Medienanalyse', '@language': 'de-DE' }],
    },
    {
      '@id': 'http://example.org/vocab/media/1',
      '@type': [`${SKOS}Concept`],
      [`${SKOS}inScheme`]: [{ '@id': 'http://example.org/vocab/media' }],
      [`${SKOS}prefLabel`]: [{ '@value': 'Framing', '@language': 'en' }],
      [`${SKOS}narrower`]: [{ '@id': 'http://example.org/vocab/media/2' }],
    },
    {
      '@id': 'http://example.org/vocab/media/2',
      '@type': [`${SKOS}Concept`],
      [`${SKOS}prefLabel`]: [{ '@value': 'Opferrolle', '@language': 'de' }, { '@value': 'Victim frame', '@language': 'en' }],
      [`${SKOS}notation`]: [{ '@value': 'v' }],
    },
    {
      '@id': 'http://example.org/vocab/media/3',
      '@type': `${SKOS}Concept`,
      'http://www.w3.org/2000/01/rdf-schema#label': 'Tone',
      [`${SKOS}broader`]: { '@id': 'http://example.org/vocab/media/1' },
      'tag:close-reader.app,2026:vocab#colour': 'chartreuse',
    },
  ]);

  it('reads labels by language, nesting from narrower or broader, keys from notation; ids from labels, IRIs kept', () => {
    const parsed = parseSkosScheme(FOREIGN, 'media.jsonld', '2026-03-03T00:00:00.000Z');
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    expect(parsed.value.scheme).to.deep.equal({
      id: 'media-analysis',
      iri: 'http://example.org/vocab/media',
      label: { de: 'Medienanalyse', en: 'Media analysis' },
      created: '2026-03-03T00:00:00.000Z',
      modified: '2026-03-03T00:00:00.000Z',
    });
    const summary = parsed.value.categories.map((c) => ({ id: c.id, iri: c.iri, label: c.label, parentId: c.parentId, key: c.key, order: c.order }));
    expect(summary).to.deep.equal([
      { id: 'framing', iri: 'http://example.org/vocab/media/1', label: { de: 'Framing', en: 'Framing' }, parentId: undefined, key: undefined, order: 1 },
      { id: 'victim-frame', iri: 'http://example.org/vocab/media/2', label: { de: 'Opferrolle', en: 'Victim frame' }, parentId: 'framing', key: 'v', order: 2 },
      { id: 'tone', iri: 'http://example.org/vocab/media/3', label: { de: 'Tone', en: 'Tone' }, parentId: 'framing', key: undefined, order: 3 },
    ]);
    const palette = CATEGORY_PALETTE.map((entry) => entry.colour);
    for (const category of parsed.value.categories) expect(palette).to.include(category.colour);
    expect(new Set(parsed.value.categories.map((c) => c.colour)).size).to.equal(3);
    expect(parsed.value.categories.map((c) => c.line)).to.deep.equal(['solid', 'double', 'dashed']);
    expect(parsed.warnings).to.have.length(1);
    expect(parsed.warnings[0]!.message).to.contain('media.jsonld').and.contain('concept 3').and.contain('cr:colour');
  });

  it('reads prefixes and terms from the file’s own @context', () => {
    const text = JSON.stringify({
      '@context': { s: SKOS, label: 's:prefLabel', id: '@id', type: '@type' },
      '@graph': [
        { id: 'urn:x:scheme', type: 's:ConceptScheme', label: { en: 'X', de: 'Ix' } },
        { id: 'urn:x:a', type: 's:Concept', label: 'Alpha', 's:inScheme': 'urn:x:scheme' },
      ],
    });
    const parsed = parseSkosScheme(text, 'x.jsonld');
    expect(parsed.ok && parsed.value.categories.map((c) => [c.id, c.label.en, c.iri])).to.deep.equal([['alpha', 'Alpha', 'urn:x:a']]);
    expect(parsed.ok && parsed.value.scheme.label).to.deep.equal({ de: 'Ix', en: 'X' });
  });
});

describe('parseSkosScheme: bad files', () => {
  const scheme = { '@id': 'urn:s', '@type': 'skos:ConceptScheme', 'skos:prefLabel': 'S' };
  const concept = (id: string, fields: object = {}): object => ({ '@id': id, '@type': 'skos:Concept', 'skos:prefLabel': id, ...fields });
  const file = (...nodes: object[]): string => JSON.stringify({ '@context': { skos: SKOS }, '@graph': nodes });
  const cases: [string, string, string[]][] = [
    ['not JSON', '{"@graph": [', ['bad.jsonld: not JSON']],
    ['no ConceptScheme', file(concept('urn:a')), ['bad.jsonld', 'no skos:ConceptScheme']],
    ['two ConceptSchemes', file(scheme, { ...scheme, '@id': 'urn:t' }, concept('urn:a')), ['bad.jsonld', '2 skos:ConceptSchemes']],
    ['no concepts', file(scheme), ['bad.jsonld', 'no skos:Concept']],
    ['a concept without prefLabel', file(scheme, concept('urn:a'), { '@id': 'urn:b', '@type': 'skos:Concept' }), ['bad.jsonld', 'concept 2', 'urn:b', 'skos:prefLabel']],
    ['a concept without @id', file(scheme, { '@type': 'skos:Concept', 'skos:prefLabel': 'A' }), ['bad.jsonld', 'concept 1', '@id']],
    ['one @id twice', file(scheme, concept('urn:a'), concept('urn:a')), ['bad.jsonld', 'concept 2', 'urn:a', 'concept 1 too']],
    ['broader pointing nowhere', file(scheme, concept('urn:a', { 'skos:broader': { '@id': 'urn:gone' } })), ['bad.jsonld', 'concept 1', 'urn:a', 'skos:broader', 'urn:gone']],
    [
      'two levels of nesting',
      file(scheme, concept('urn:a'), concept('urn:b', { 'skos:broader': 'urn:a' }), concept('urn:c', { 'skos:broader': 'urn:b' })),
      ['bad.jsonld', 'concept 3', 'urn:c', 'skos:broader', 'one level'],
    ],
    ['two parents', file(scheme, concept('urn:a'), concept('urn:b'), concept('urn:c', { 'skos:broader': ['urn:a', 'urn:b'] })), ['concept 3', 'skos:broader', 'one parent']],
    ['a concept of another scheme', file(scheme, concept('urn:a', { 'skos:inScheme': 'urn:other' })), ['concept 1', 'skos:inScheme', 'urn:other']],
  ];
  for (const [name, text, parts] of cases) {
    it(`refuses ${name}, saying where`, () => {
      const parsed = parseSkosScheme(text, 'bad.jsonld');
      expect(parsed.ok).to.equal(false);
      const message = parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n');
      for (const part of parts) expect(message).to.contain(part);
    });
  }

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseSkosScheme(JSON.stringify(value) ?? 'null', 'any.json');
        expect(parsed.ok).to.be.a('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('drops a key it cannot use, with a warning, and keeps the concept', () => {
    const parsed = parseSkosScheme(file(scheme, concept('urn:a', { 'skos:notation': 'j' }), concept('urn:b', { 'skos:notation': 'ab' })), 'k.jsonld');
    expect(parsed.ok && parsed.value.categories.map((c) => c.key)).to.deep.equal([undefined, undefined]);
    expect(parsed.ok && parsed.warnings.length).to.equal(2);
  });

  it('drops a reserved key in upper case too (L starts a link as l does), and keeps a free capital', () => {
    const parsed = parseSkosScheme(
      file(scheme, concept('urn:a', { 'skos:notation': 'L' }), concept('urn:b', { 'skos:notation': 'K' }), concept('urn:c', { 'skos:notation': 'M' })),
      'k.jsonld',
    );
    expect(parsed.ok && parsed.value.categories.map((c) => c.key)).to.deep.equal([undefined, undefined, 'M']);
    expect(parsed.ok && parsed.warnings.length).to.equal(2);
  });
});

describe('mergeImportedScheme', () => {
  interface State {
    schemes: CategoryScheme[];
    categories: Category[];
  }
  const write = (state: State, merge: SchemeMerge): State => ({
    schemes: [...state.schemes.filter((s) => s.id !== merge.scheme.id), merge.scheme],
    categories: [...state.categories.filter((c) => !merge.categories.some((m) => m.id === c.id)), ...merge.categories],
  });
  const importFile = (state: State, scheme: CategoryScheme, categories: Category[]): SchemeMerge => {
    const parsed = parseSkosScheme(JSON.stringify(schemeToSkos(scheme, categories)), 'import.jsonld');
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    return mergeImportedScheme(state.schemes, state.categories, parsed.value);
  };
  const FRESH: State = { schemes: [DEFAULT_SCHEME], categories: DEFAULTS };
  const iris = (state: State): string[] => state.categories.map(categoryIri);

  it('adds a new scheme, then importing the same file again changes nothing', () => {
    const first = importFile(FRESH, CIVICS, CIVICS_CATEGORIES);
    expect(first).to.include({ created: true, added: 6, updated: 0 });
    expect(first.scheme).to.deep.equal(CIVICS);
    const once = write(FRESH, first);
    const second = importFile(once, CIVICS, CIVICS_CATEGORIES);
    expect(second).to.include({ created: false, added: 0, updated: 0 });
    expect(second.categories).to.deep.equal([]);
    expect(second.scheme).to.deep.equal(CIVICS);
    expect(write(once, second)).to.deep.equal(once);
  });

  it('updates labels, colours and nesting by IRI from a newer version, adds its new concepts, duplicates none', () => {
    const once = write(FRESH, importFile(FRESH, CIVICS, CIVICS_CATEGORIES));
    const newer = CIVICS_CATEGORIES.map((c) =>
      c.id === 'claim' ? { ...c, label: { de: 'These', en: 'Thesis' }, colour: '#1f8a8a' } : c.id === 'court' ? { ...c, parentId: undefined } : c,
    );
    newer.push(civic('media', 'Media', 'Medien', 7, { colour: '#94603f' }));
    const merge = importFile(once, { ...CIVICS, label: { de: 'Politik', en: 'Politics' }, modified: '2026-04-01T00:00:00.000Z' }, newer);
    expect(merge).to.include({ created: false, added: 1, updated: 2 });
    const after = write(once, merge);
    expect(new Set(iris(after)).size).to.equal(after.categories.length);
    expect(after.categories).to.have.length(DEFAULTS.length + 7);
    const claim = after.categories.find((c) => c.id === 'claim')!;
    expect(claim).to.include({ colour: '#1f8a8a', key: '1' });
    expect(claim.label).to.deep.equal({ de: 'These', en: 'Thesis' });
    expect(after.categories.find((c) => c.id === 'court')).not.to.have.property('parentId');
    expect(merge.scheme).to.deep.include({ id: 'civics', label: { de: 'Politik', en: 'Politics' }, modified: '2026-04-01T00:00:00.000Z' });
  });

  it('makes ids unique across schemes and keeps the IRIs, so a second import still matches', () => {
    const taken: State = { ...FRESH, categories: [...DEFAULTS, { ...CIVICS_CATEGORIES[5]!, id: 'claim', schemeId: 'other', iri: 'urn:other:claim' }] };
    const merge = importFile(taken, CIVICS, CIVICS_CATEGORIES);
    const claim = merge.categories.find((c) => c.iri === `${CIVICS.iri}/claim`)!;
    expect(claim.id).to.equal('claim-2');
    const again = importFile(write(taken, merge), CIVICS, CIVICS_CATEGORIES);
    expect(again.categories).to.deep.equal([]);
  });

  it('gives a new scheme whose id is taken another id, and keeps its IRI', () => {
    const other: CategoryScheme = { ...CIVICS, iri: 'urn:someone-else:civics' };
    const merge = importFile({ ...FRESH, schemes: [DEFAULT_SCHEME, other] }, CIVICS, CIVICS_CATEGORIES);
    expect(merge.scheme).to.include({ id: 'civics-2', iri: CIVICS.iri });
    expect(merge.categories.every((c) => c.schemeId === 'civics-2')).to.equal(true);
  });

  it('updates the default scheme in place from a file of it', () => {
    const renamed = DEFAULTS.map((c) => (c.id === 'quote' ? { ...c, label: { de: 'Wörtliches Zitat', en: 'Direct quote' } } : c));
    const merge = importFile(FRESH, DEFAULT_SCHEME, renamed);
    expect(merge).to.include({ created: false, added: 0, updated: 1 });
    expect(merge.categories).to.deep.equal([renamed[2]]);
  });

  it('drops a key that a stored category the file lacks already has, with a warning', () => {
    const once = write(FRESH, importFile(FRESH, CIVICS, CIVICS_CATEGORIES));
    const stored = { ...once, categories: [...once.categories, civic('extra', 'Extra', 'Extra', 9, { key: 'x' })] };
    const merge = importFile(stored, CIVICS, CIVICS_CATEGORIES.map((c) => (c.id === 'claim' ? { ...c, key: 'x' } : c)));
    expect(merge.categories.find((c) => c.id === 'claim')).not.to.have.property('key');
    expect(merge.warnings.map((w) => w.message).join()).to.contain('key x');
  });

  it('makes a stored child top-level when the file nests its parent', () => {
    const once = write(FRESH, importFile(FRESH, CIVICS, CIVICS_CATEGORIES));
    const stored = { ...once, categories: [...once.categories, civic('note', 'Note', 'Notiz', 9, { parentId: 'claim' })] };
    const merge = importFile(stored, CIVICS, CIVICS_CATEGORIES.map((c) => (c.id === 'claim' ? { ...c, parentId: 'speaker' } : c)));
    expect(merge.categories.find((c) => c.id === 'note')).not.to.have.property('parentId');
    expect(merge.warnings).to.have.length(1);
  });

  it('takes in a category an annotation import brought with a concept’s IRI, instead of duplicating it', () => {
    const brought: Category = { id: 'court', label: { de: 'court', en: 'court' }, colour: '#808080', line: 'wavy', order: 9, imported: true, iri: `${CIVICS.iri}/court` };
    const merge = importFile({ ...FRESH, categories: [...DEFAULTS, brought] }, CIVICS, CIVICS_CATEGORIES);
    const court = merge.categories.filter((c) => c.iri === `${CIVICS.iri}/court`);
    expect(court).to.have.length(1);
    expect(court[0]).to.include({ id: 'court', schemeId: 'civics', parentId: 'speaker' });
    expect(court[0]).not.to.have.property('imported');
    expect(schemeOf(court[0]!)).to.equal('civics');
  });
});
