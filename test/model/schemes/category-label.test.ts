/**
 * Labels in the reader's language (src/model/schemes/category.ts): German for a German reader,
 * English otherwise, and the other language wherever the reader's is missing or blank, so that a
 * category or scheme made with one language only still has a name in both interfaces.
 */
import { expect } from '@open-wc/testing';
import { type Category, type CategoryScheme, categoryLabel, localLabel, schemeLabel } from '../../../src/model/schemes/category.js';

describe('labels in the reader’s language', () => {
  const cases: [string, { de?: string; en?: string }, string, string][] = [
    ['both languages', { de: 'Gericht', en: 'Court' }, 'Gericht', 'Court'],
    ['German only', { de: 'Gericht', en: '' }, 'Gericht', 'Gericht'],
    ['English only', { de: '', en: 'Court' }, 'Court', 'Court'],
    ['a blank German label', { de: '  ', en: 'Court' }, 'Court', 'Court'],
    ['a language left out', { en: ' Court ' }, 'Court', 'Court'],
    ['no label at all', { de: '', en: '' }, '', ''],
  ];
  for (const [name, label, de, en] of cases) {
    it(`${name}: “${de}” in German, “${en}” in English`, () => {
      expect(localLabel(label, 'de')).to.equal(de);
      expect(localLabel(label, 'en')).to.equal(en);
    });
  }

  it('names a category with neither label by its id', () => {
    const category: Category = { id: 'court', label: { de: '', en: '' }, colour: '#0072b2', line: 'solid', order: 1 };
    expect(categoryLabel(category, 'de')).to.equal('court');
    expect(categoryLabel({ ...category, label: { de: '', en: 'Court' } }, 'de')).to.equal('Court');
  });

  it('names a scheme in the reader’s language, else the other, else by its id', () => {
    const scheme: CategoryScheme = { id: 'klasse-9b', iri: 'x', label: { de: 'Klasse 9b', en: '' }, created: '', modified: '' };
    expect(schemeLabel(scheme, 'en')).to.equal('Klasse 9b');
    expect(schemeLabel({ ...scheme, label: { de: 'Klasse 9b', en: 'Class 9b' } }, 'en')).to.equal('Class 9b');
    expect(schemeLabel({ ...scheme, label: { de: '', en: '' } }, 'de')).to.equal('klasse-9b');
  });
});
