import { expect } from '@open-wc/testing';
import { countByCategory, filterAnnotations, firstLine, neighbourAnnotation, shortenMiddle } from '../../../src/model/annotations/annotation-list.js';
import { makeAnnotation } from '../../support/annotations.js';

const LIST = [
  makeAnnotation({ id: 'a', start: 10, end: 16, exact: 'Ed Lee', categoryIds: ['actor'] }),
  makeAnnotation({ id: 'b', start: 40, end: 82, exact: '„Wir sind und bleiben eine Sanctuary City“', categoryIds: ['quote'], note: 'Lee spricht für die Stadt\nzweite Zeile' }),
  makeAnnotation({ id: 'c', start: 90, end: 100, exact: '39 Städten', categoryIds: ['statistic', 'actor'] }),
];

describe('the annotation list', () => {
  it('hides the annotations whose categories are all hidden', () => {
    const shown = filterAnnotations(LIST, { hiddenCategories: new Set(['actor']), query: '' });
    expect(shown.map((a) => a.id)).to.deep.equal(['b', 'c']);
  });

  it('finds an annotation by a word of its note, ignoring case and umlauts', () => {
    expect(filterAnnotations(LIST, { hiddenCategories: new Set(), query: 'FUR' }).map((a) => a.id)).to.deep.equal(['b']);
  });

  it('finds an annotation by a word of its quote', () => {
    expect(filterAnnotations(LIST, { hiddenCategories: new Set(), query: 'städten' }).map((a) => a.id)).to.deep.equal(['c']);
  });

  it('counts an annotation once for each of its categories', () => {
    expect([...countByCategory(LIST)].sort()).to.deep.equal([
      ['actor', 2],
      ['quote', 1],
      ['statistic', 1],
    ]);
  });

  it('shortens a long quote in the middle and keeps both ends', () => {
    const long = 'Sanctuary Cities, das sind Städte, die die rund elf Millionen Einwanderer ohne Aufenthaltsrecht in den USA vor Strafverfolgung und Ausweisung schützen';
    expect(shortenMiddle(long, 60)).to.equal('Sanctuary Cities, das sind … und Ausweisung schützen');
    expect(shortenMiddle('Ed Lee', 60)).to.equal('Ed Lee');
  });

  it('shows the first line of a note', () => {
    expect(firstLine('\nLee spricht für die Stadt\nzweite Zeile')).to.equal('Lee spricht für die Stadt');
    expect(firstLine(undefined)).to.equal('');
  });

  it('steps to the next and previous annotation from a place in the text or from the current one', () => {
    expect(neighbourAnnotation(LIST, 0, 1)?.id).to.equal('a');
    expect(neighbourAnnotation(LIST, 50, 1)?.id).to.equal('c');
    expect(neighbourAnnotation(LIST, 50, -1)?.id).to.equal('b');
    expect(neighbourAnnotation(LIST, 0, 1, 'b')?.id).to.equal('c');
    expect(neighbourAnnotation(LIST, 0, 1, 'c')).to.equal(undefined);
  });
});
