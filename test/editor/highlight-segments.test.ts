import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resegment, segmentsAt, segmentsOf, type HighlightSpec, type Segment } from '../../src/editor/highlight-segments.js';

const h = (id: string, start: number, end: number): HighlightSpec => ({ id, start, end, categoryIds: ['actor'] });
const show = (segments: readonly Segment[]): string[] => segments.map((s) => `${s.start}-${s.end}: ${s.highlights.map((x) => x.id).join(' ')}`);

/** Overlaps as readers make them, and the runs of text they cut the text into. */
const CASES: { name: string; highlights: HighlightSpec[]; segments: string[] }[] = [
  { name: 'one passage is one segment', highlights: [h('a', 2, 9)], segments: ['2-9: a'] },
  { name: 'passages apart stay apart', highlights: [h('a', 0, 3), h('b', 5, 8)], segments: ['0-3: a', '5-8: b'] },
  { name: 'touching passages meet without merging', highlights: [h('a', 0, 3), h('b', 3, 6)], segments: ['0-3: a', '3-6: b'] },
  { name: 'an overlap is a segment of both', highlights: [h('a', 0, 5), h('b', 3, 8)], segments: ['0-3: a', '3-5: a b', '5-8: b'] },
  {
    name: 'a passage inside another splits it in three, the outer named first',
    highlights: [h('inner', 3, 5), h('outer', 0, 10)],
    segments: ['0-3: outer', '3-5: outer inner', '5-10: outer'],
  },
  { name: 'two annotations of one range are one segment', highlights: [h('b', 4, 7), h('a', 4, 7)], segments: ['4-7: a b'] },
  {
    name: 'a stack of three over one word',
    highlights: [h('a', 0, 12), h('b', 2, 10), h('c', 4, 8)],
    segments: ['0-2: a', '2-4: a b', '4-8: a b c', '8-10: a b', '10-12: a'],
  },
  { name: 'an empty range draws nothing', highlights: [h('a', 5, 5), h('b', 6, 4)], segments: [] },
];

describe('cutting highlights into segments', () => {
  for (const { name, highlights, segments } of CASES) {
    it(name, () => {
      expect(show(segmentsOf(highlights))).to.deep.equal(segments);
    });
  }

  it('clips highlights to a window of the text', () => {
    expect(show(segmentsOf([h('a', 0, 10), h('b', 4, 20)], 2, 8))).to.deep.equal(['2-4: a', '4-8: a b']);
  });

  it('finds the segments at an offset, and both where the offset is an edge', () => {
    const segments = segmentsOf([h('a', 0, 5), h('b', 3, 8)]);
    expect(show(segmentsAt(segments, 1))).to.deep.equal(['0-3: a']);
    expect(show(segmentsAt(segments, 3))).to.deep.equal(['0-3: a', '3-5: a b']);
    expect(show(segmentsAt(segments, 8))).to.deep.equal(['5-8: b']);
    expect(show(segmentsAt(segments, 9))).to.deep.equal([]);
  });

  it('cuts again only what a change touches, and ends where cutting everything anew ends', () => {
    const highlight = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), start: fc.nat(30), length: fc.integer({ min: 1, max: 12 }) });
    const change = fc.record({ remove: fc.boolean(), highlight });
    fc.assert(
      fc.property(fc.array(highlight, { maxLength: 7 }), fc.array(change, { minLength: 1, maxLength: 6 }), (initial, changes) => {
        const all = new Map<string, HighlightSpec>();
        for (const { id, start, length } of initial) all.set(id, h(id, start, start + length));
        let segments = segmentsOf(all.values());
        for (const { remove, highlight: { id, start, length } } of changes) {
          const old = all.get(id);
          const added = h(id, start, start + length);
          if (remove) all.delete(id);
          else all.set(id, added);
          // A change as the tagging controller sends it: the old highlight out, the new one in.
          if (old || !remove) segments = resegment(segments, { remove: old ? [old] : [], add: remove ? [] : [added] }).segments;
          expect(show(segments)).to.deep.equal(show(segmentsOf(all.values())));
        }
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
