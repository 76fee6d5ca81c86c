/**
 * createCategory (src/model/schemes/category-factory.ts), the one maker of categories, as a
 * specification: a named table of drafts and the records they become (id, label, IRI, colour,
 * line, order, what is left out), and a property: however many categories are made one after the
 * other, among whatever is stored, no id is ever taken twice.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Category, categoryIri, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type CategoryDraft, createCategory } from '../../../src/model/schemes/category-factory.js';
import { CATEGORY_PALETTE } from '../../../src/model/schemes/category-palette.js';
import { slug } from '../../../src/model/text/slug.js';

const CIVICS_IRI = 'tag:close-reader.app,2026:schemes/civics';

/** The default scheme (no schemeId on the records) and "civics": Speaker, Claim. */
const CIVICS: Category[] = [
  { id: 'speaker', label: { de: 'Sprecher', en: 'Speaker' }, colour: '#0072b2', line: 'solid', order: 1, schemeId: 'civics', iri: `${CIVICS_IRI}/speaker` },
  { id: 'claim', label: { de: 'Behauptung', en: 'Claim' }, colour: '#d55e00', line: 'double', order: 7, schemeId: 'civics', iri: `${CIVICS_IRI}/claim` },
];
const ALL: readonly Category[] = [...DEFAULT_CATEGORIES, ...CIVICS];

describe('createCategory', () => {
  const cases: { name: string; existing?: readonly Category[]; draft: CategoryDraft; expected: Partial<Category>; without?: (keyof Category)[] }[] = [
    {
      name: 'takes its id from the English label and its IRI from its scheme',
      draft: { label: { de: 'Gericht', en: 'Court' }, schemeId: 'civics' },
      expected: { id: 'court', label: { de: 'Gericht', en: 'Court' }, schemeId: 'civics', iri: `${CIVICS_IRI}/court` },
      without: ['key', 'parentId', 'imported'],
    },
    {
      name: 'takes the German label when there is no English one, for both, trimmed',
      draft: { label: { de: ' Maßnahme der Stadt ' }, schemeId: 'civics' },
      expected: { id: 'massnahme-der-stadt', label: { de: 'Maßnahme der Stadt', en: 'Maßnahme der Stadt' } },
    },
    { name: 'makes the id unique across all schemes', draft: { label: { en: 'Actor' }, schemeId: 'civics' }, expected: { id: 'actor-2', iri: `${CIVICS_IRI}/actor-2` } },
    { name: 'keeps the id it asks for when it is free', draft: { label: { en: 'Untagged' }, id: 'untagged', schemeId: 'default' }, expected: { id: 'untagged' } },
    { name: 'makes the id it asks for unique', draft: { label: { en: 'Rede' }, id: 'speaker', schemeId: 'civics' }, expected: { id: 'speaker-2' } },
    { name: 'takes the label’s slug when the id it asks for is empty', draft: { label: { en: 'Rede' }, id: '', schemeId: 'civics' }, expected: { id: 'rede' } },
    { name: 'is "category" when the label has no slug', draft: { label: { en: '中文' }, schemeId: 'civics' }, expected: { id: 'category', label: { de: '中文', en: '中文' } } },
    {
      name: 'has no iri field in the default scheme (categoryIri gives ours)',
      draft: { label: { en: 'Framing' }, schemeId: 'default' },
      expected: { id: 'framing', schemeId: 'default' },
      without: ['iri'],
    },
    { name: 'keeps a foreign IRI', draft: { label: { en: 'Framing' }, schemeId: 'default', iri: 'https://example.org/vocab/1' }, expected: { iri: 'https://example.org/vocab/1' } },
    { name: 'leaves out an IRI that is the one of its id anyway', draft: { label: { en: 'Framing' }, schemeId: 'default', iri: categoryIri({ id: 'framing' }) }, expected: { id: 'framing' }, without: ['iri'] },
    {
      name: 'takes the first palette colour not too close to its scheme’s, the line its scheme uses least, the order after its scheme’s last',
      draft: { label: { en: 'Framing' }, schemeId: 'default' },
      expected: { colour: '#d55e00', line: 'wavy', order: 5 },
    },
    {
      name: 'looks only at its own scheme for colour, line and order',
      draft: { label: { en: 'Court' }, schemeId: 'civics' },
      expected: { colour: '#009e73', line: 'dashed', order: 8 },
    },
    {
      name: 'starts a new scheme with the first palette colour, the first line, order 1',
      draft: { label: { en: 'First' }, schemeId: 'fresh' },
      expected: { colour: CATEGORY_PALETTE[0]!.colour, line: 'solid', order: 1, schemeId: 'fresh' },
    },
    {
      name: 'keeps what it is given: colour, line, order, key, parent, imported',
      draft: { label: { en: 'Child' }, schemeId: 'civics', colour: '#123456', line: 'wavy', order: 2, key: 'c', parentId: 'speaker', imported: true },
      expected: { colour: '#123456', line: 'wavy', order: 2, key: 'c', parentId: 'speaker', imported: true },
    },
    { name: 'leaves out imported when it is false', draft: { label: { en: 'Own' }, schemeId: 'civics', imported: false }, expected: { id: 'own' }, without: ['imported'] },
  ];
  for (const { name, existing = ALL, draft, expected, without = [] } of cases) {
    it(name, () => {
      const category = createCategory(existing, draft);
      expect(category).to.deep.include(expected);
      for (const field of without) expect(category).not.to.have.property(field);
      expect(Object.values(category)).not.to.include(undefined);
    });
  }

  it('never gives an id that is taken, however many it makes among whatever is stored', () => {
    const label = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Actor', 'actor', 'Actor 2', 'actor-2', 'Speaker', '中文', '', 'category', 'Category-2'));
    const draft = fc.record({ en: label, id: fc.option(fc.constantFrom('speaker', 'untagged', 'actor', 'claim-2', ''), { nil: undefined }), schemeId: fc.constantFrom('default', 'civics') });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 25 }), (drafts) => {
        const made: Category[] = [];
        for (const { en, id, schemeId } of drafts) {
          const category = createCategory([...ALL, ...made], { label: { en }, id, schemeId });
          expect([...ALL, ...made].map((other) => other.id)).not.to.include(category.id);
          // The id is what was asked for (or the label's slug, or "category"), perhaps with a -n suffix.
          const stem = id || slug(en) || 'category';
          expect(category.id === stem || new RegExp(`^${stem}-\\d+$`).test(category.id), category.id).to.equal(true);
          made.push(category);
        }
      }),
      { numRuns: 300 },
    );
  });
});
