import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { countByCategory, filterAnnotations, firstLine, neighbourAnnotation, shortenMiddle } from '../../../src/model/annotations/annotation-list.js';

function annotation(id: string, start: number, exact: string, categoryIds: string[], note?: string): Annotation {
  return {
    id,
    documentId: 'doc',
    start,
    end: start + exact.length,
    exact,
    prefix: '',
    suffix: '',
    categoryIds,
    ...(note ? { note } : {}),
    created: '2026-11-23T12:00:00.000Z',
    modified: '2026-11-23T12:00:00.000Z',
  };
}

const LIST = [
  annotation('a', 10, 'Ed Lee', ['actor']),
  annotation('b', 40, '„Wir sind und bleiben eine Sanctuary City“', ['quote'], 'Lee spricht für die Stadt\nzweite Zeile'),
  annotation('c', 90, '39 Städten', ['statistic', 'actor']),
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
    const short = shortenMiddle(long, 60);
    expect(short.length).to.be.at.most(60);
    expect(short.startsWith('Sanctuary Cities,')).to.be.true;
    expect(short.endsWith('schützen')).to.be.true;
    expect(short).to.contain(' … ');
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
