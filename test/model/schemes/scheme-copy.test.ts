/**
 * copyCategories (src/model/schemes/scheme-copy.ts): a new scheme started from the default
 * scheme's categories. The copies are new categories of the new scheme (ids and IRIs of their own,
 * made by the one category factory), with the labels, colours, lines, keys, order and nesting of
 * the originals; the originals are untouched.
 */
import { expect } from '@open-wc/testing';
import { type Category, categoryIri, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { copyCategories } from '../../../src/model/schemes/scheme-copy.js';

const KLASSE_IRI = 'tag:close-reader.app,2026:schemes/klasse-9b';

/** The default scheme with Court (a child of Actor, key g) added, numbered as the editor numbers a scheme. */
const COURT: Category = { id: 'court', label: { de: 'Gericht', en: 'Court' }, colour: '#d55e00', line: 'wavy', key: 'g', order: 2, parentId: 'actor' };
const DEFAULTS: readonly Category[] = [
  DEFAULT_CATEGORIES[0]!,
  COURT,
  ...DEFAULT_CATEGORIES.slice(1).map((category) => ({ ...category, order: category.order + 1 })),
];

describe('copyCategories', () => {
  it('copies the default scheme into a new scheme: new ids and IRIs, everything else as it was', () => {
    const copies = copyCategories(DEFAULTS, DEFAULTS, 'klasse-9b');
    expect(copies.map((c) => [c.id, c.label.en, c.colour, c.line, c.key, c.order, c.parentId ?? '', c.schemeId, categoryIri(c)])).to.deep.equal([
      ['actor-2', 'Actor', '#0072b2', 'solid', '1', 1, '', 'klasse-9b', `${KLASSE_IRI}/actor-2`],
      ['court-2', 'Court', '#d55e00', 'wavy', 'g', 2, 'actor-2', 'klasse-9b', `${KLASSE_IRI}/court-2`],
      ['policy-2', 'Policy', '#b07800', 'double', '2', 3, '', 'klasse-9b', `${KLASSE_IRI}/policy-2`],
      ['quote-2', 'Quote', '#b8659a', 'dashed', '3', 4, '', 'klasse-9b', `${KLASSE_IRI}/quote-2`],
      ['statistic-2', 'Statistic', '#009e73', 'dotted', '4', 5, '', 'klasse-9b', `${KLASSE_IRI}/statistic-2`],
    ]);
    expect(copies.find((c) => c.id === 'policy-2')!.label).to.deep.equal({ de: 'Maßnahme/Politik', en: 'Policy' });
  });

  it('never takes an id that is stored, nor one of another copy', () => {
    const stored = [...DEFAULTS, { ...COURT, id: 'actor-2', schemeId: 'other', parentId: undefined }];
    const ids = copyCategories(stored, DEFAULTS, 'klasse-9b').map((c) => c.id);
    expect(ids).to.deep.equal(['actor-3', 'court-2', 'policy-2', 'quote-2', 'statistic-2']);
    expect(new Set([...ids, ...stored.map((c) => c.id)]).size).to.equal(ids.length + stored.length);
  });

  it('copies nothing from an empty scheme', () => {
    expect(copyCategories(DEFAULTS, [], 'klasse-9b')).to.deep.equal([]);
  });
});
