/**
 * Long scheme files (issue 12) as a specification: a codebook of 1,000 concepts is read whole (once
 * a matter of 47 s in the colour choice alone), its first categories take the colours every scheme's
 * first categories take and the rest cycle through them; a file past the limit of 1,000 categories
 * per scheme (1,001 or 10,000 concepts) is refused, naming the count and the limit, before any
 * category is made of it; and the editor adds no 1,001st category to a scheme.
 */
import { expect } from '@open-wc/testing';
import { type Category, DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { addCategory } from '../../../src/model/schemes/scheme-editing.js';
import { MAX_SCHEME_CATEGORIES } from '../../../src/model/schemes/scheme-limits.js';
import { mergeImportedScheme, parseSkosScheme } from '../../../src/model/schemes/skos.js';
import { MANY_SCHEME_IRI, manyConceptScheme } from '../../support/scheme-files.js';

const FIRST_FOURTEEN = [
  '#0072b2', '#d55e00', '#009e73', '#b07800', '#b8659a', '#7a5cc9', '#1f8a8a',
  '#94603f', '#c43c3c', '#808080', '#8c8200', '#228833', '#cc6677', '#1e90b0',
];

describe('a scheme file of many concepts', () => {
  it('sets the limit at 1,000 categories per scheme', () => expect(MAX_SCHEME_CATEGORIES).to.equal(1000));

  const accepted: [string, number][] = [
    ['1,000 concepts (the limit)', 1000],
    ['999 concepts', 999],
  ];
  for (const [name, count] of accepted) {
    it(`reads ${name} whole, and the merge adds them all as a new scheme`, () => {
      const parsed = parseSkosScheme(manyConceptScheme(count), 'codebook.jsonld', '2026-05-01T00:00:00.000Z');
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
      const { scheme, categories } = parsed.value;
      expect([scheme.id, scheme.iri, scheme.label.en]).to.deep.equal(['codebook', MANY_SCHEME_IRI, 'Codebook']);
      expect(categories.length).to.equal(count);
      expect(categories.slice(0, 2).map((c) => [c.id, c.label.de, c.label.en, c.order, c.iri])).to.deep.equal([
        ['code-1', 'Kode 1', 'Code 1', 1, `${MANY_SCHEME_IRI}/c1`],
        ['code-2', 'Kode 2', 'Code 2', 2, `${MANY_SCHEME_IRI}/c2`],
      ]);
      expect(categories.at(-1)!.id).to.equal(`code-${count}`);
      expect(parsed.warnings).to.deep.equal([]);
      const merge = mergeImportedScheme([DEFAULT_SCHEME], DEFAULT_CATEGORIES, parsed.value);
      expect([merge.created, merge.added, merge.updated, merge.categories.length]).to.deep.equal([true, count, 0, count]);
    });
  }

  it('gives the first 14 categories the palette’s colours in the order every scheme gets them, and the rest cycle through them', () => {
    const parsed = parseSkosScheme(manyConceptScheme(1000), 'codebook.jsonld');
    if (!parsed.ok) throw new Error('refused');
    const colours = parsed.value.categories.map((c) => c.colour);
    expect(colours.slice(0, 14)).to.deep.equal(FIRST_FOURTEEN);
    expect(colours.slice(14, 28)).to.deep.equal(FIRST_FOURTEEN);
    expect(colours.slice(996)).to.deep.equal(FIRST_FOURTEEN.slice(996 % 14, 1000 % 14));
    // The line styles go round as the editor gives them: the least used next.
    expect(parsed.value.categories.slice(0, 6).map((c) => c.line)).to.deep.equal(['solid', 'double', 'dashed', 'dotted', 'wavy', 'solid']);
  });

  const refused: [string, number][] = [
    ['1,001 concepts (one past the limit)', 1001],
    ['10,000 concepts', 10_000],
  ];
  for (const [name, count] of refused) {
    it(`refuses ${name}, naming the count and the limit`, () => {
      expect(parseSkosScheme(manyConceptScheme(count), 'codebook.jsonld')).to.deep.equal({
        ok: false,
        problems: [
          {
            code: 'too-many-categories',
            params: { count, max: 1000, file: 'codebook.jsonld' },
            message: `codebook.jsonld: ${count.toLocaleString('en')} categories; a scheme holds at most 1,000`,
          },
        ],
      });
    });
  }
});

describe('the scheme editor at the limit', () => {
  const full: Category[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `code-${i + 1}`,
    label: { de: `Kode ${i + 1}`, en: `Code ${i + 1}` },
    colour: FIRST_FOURTEEN[i % 14]!,
    line: 'solid',
    order: i + 1,
    schemeId: 'codebook',
  }));

  it('refuses a 1,001st category, saying the scheme holds 1,000 already', () => {
    expect(addCategory([...DEFAULT_CATEGORIES, ...full], 'codebook', { label: { en: 'One more' } })).to.deep.equal({
      ok: false,
      problems: [
        {
          code: 'too-many-categories',
          params: { count: 1001, max: 1000, stored: 1000 },
          message: 'The scheme has 1,000 categories already; a scheme holds at most 1,000',
        },
      ],
    });
  });

  it('adds the 1,000th, with the colour the cycle gives it', () => {
    const added = addCategory(full.slice(0, 999), 'codebook', { label: { en: 'The last' } });
    if (!added.ok) throw new Error(added.problems[0]!.message);
    expect([added.value.category.id, added.value.category.colour]).to.deep.equal(['the-last', FIRST_FOURTEEN[999 % 14]]);
  });
});
