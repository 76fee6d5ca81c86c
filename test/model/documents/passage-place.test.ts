import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type ArticleBlock, BLOCK_TYPES, type BlockType, canonicalText, SECONDARY_BLOCK_TYPES } from '../../../src/model/documents/article.js';
import { BLOCK_KIND_IRI_PREFIX, blockKindIri, blockKindOfIri } from '../../../src/model/documents/block-kind-iri.js';
import { blockKindsAt, blockSpans, blocksSpanned, passagePlace } from '../../../src/model/documents/passage-place.js';

/** A small article with the page's debris between its paragraphs (and an emoji: UTF-16 offsets). */
const BLOCKS: readonly ArticleBlock[] = [
  { type: 'headline', text: 'Zweierlei Solidarität' },
  { type: 'paragraph', text: 'Bürgermeister Ed Lee sagte: „Wir bleiben.“' },
  { type: 'credit', text: 'AFP' },
  { type: 'caption', text: 'San Franciscos Bürgermeister Lee 🙂' },
  { type: 'paragraph', text: 'Chicago zieht mit.' },
  { type: 'tweet', text: 'Our values stand.' },
];
const TEXT = canonicalText(BLOCKS);

/** The range from the start of `from` to the end of `to` (first occurrences). */
function between(from: string, to = from): { start: number; end: number } {
  const start = TEXT.indexOf(from);
  const end = TEXT.indexOf(to, start) + to.length;
  if (start < 0 || end < to.length) throw new Error(`"${from}"…"${to}" is not in the text`);
  return { start, end };
}

describe('where a passage sits among the blocks', () => {
  const cases: { name: string; range: { start: number; end: number }; blockCount: number; kinds: BlockType[]; debris: BlockType[] }[] = [
    { name: 'a phrase inside a paragraph', range: between('Ed Lee'), blockCount: 1, kinds: ['paragraph'], debris: [] },
    { name: 'a whole paragraph', range: between('Bürgermeister Ed', 'bleiben.“'), blockCount: 1, kinds: ['paragraph'], debris: [] },
    { name: 'headline into the first paragraph', range: between('Solidarität', 'Ed Lee'), blockCount: 2, kinds: ['headline', 'paragraph'], debris: [] },
    { name: 'a phrase in a caption', range: between('Franciscos'), blockCount: 1, kinds: ['caption'], debris: ['caption'] },
    { name: 'a caption ending in an emoji', range: between('Lee 🙂'), blockCount: 1, kinds: ['caption'], debris: ['caption'] },
    {
      name: 'paragraph over credit and caption into the next paragraph',
      range: between('Wir bleiben', 'Chicago'),
      blockCount: 4,
      kinds: ['paragraph', 'credit', 'caption'],
      debris: ['credit', 'caption'],
    },
    { name: 'caption to tweet', range: between('Lee 🙂', 'Our'), blockCount: 3, kinds: ['caption', 'paragraph', 'tweet'], debris: ['caption', 'tweet'] },
    { name: 'a paragraph with the separator after it', range: { start: TEXT.indexOf('Chicago'), end: TEXT.indexOf('Our') }, blockCount: 1, kinds: ['paragraph'], debris: [] },
    { name: 'the separator alone', range: { start: TEXT.indexOf('AFP') + 3, end: TEXT.indexOf('San') }, blockCount: 0, kinds: [], debris: [] },
    { name: 'the whole text', range: { start: 0, end: TEXT.length }, blockCount: 6, kinds: ['headline', 'paragraph', 'credit', 'caption', 'tweet'], debris: ['credit', 'caption', 'tweet'] },
    { name: 'an unplaced annotation (-1, -1)', range: { start: -1, end: -1 }, blockCount: 0, kinds: [], debris: [] },
    { name: 'an empty range', range: { start: 5, end: 5 }, blockCount: 0, kinds: [], debris: [] },
  ];
  for (const { name, range, blockCount, kinds, debris } of cases) {
    it(name, () => {
      expect(blocksSpanned(TEXT, range.start, range.end), 'blocksSpanned').to.equal(blockCount);
      expect(blockKindsAt(BLOCKS, range.start, range.end), 'blockKindsAt').to.deep.equal(kinds);
      expect(passagePlace(BLOCKS, range.start, range.end)).to.deep.equal({ blockCount, debris });
    });
  }

  it('lays the blocks out in the canonical text, separators between', () => {
    expect(blockSpans(BLOCKS).map((span) => TEXT.slice(span.start, span.end))).to.deep.equal(BLOCKS.map((block) => block.text));
    expect(blockSpans(BLOCKS)).to.equal(blockSpans(BLOCKS), 'computed once per article');
  });

  it('counts an empty block between two others as nothing seen (a blank line is not a paragraph)', () => {
    const blocks: ArticleBlock[] = [
      { type: 'paragraph', text: 'Eins.' },
      { type: 'caption', text: '' },
      { type: 'paragraph', text: 'Zwei.' },
    ];
    const text = canonicalText(blocks);
    expect(text).to.equal('Eins.\n\n\n\nZwei.');
    expect(passagePlace(blocks, 0, text.length)).to.deep.equal({ blockCount: 2, debris: [] });
  });

  // The property: counting in the text (separators) and counting by the blocks' spans agree, and
  // the debris found are exactly the secondary blocks that hold a character of the range.
  it('agrees with counting block by block, for any blocks and any range', () => {
    const blockText = fc.string({ unit: fc.constantFrom('a', 'ß', ' ', '🙂', '„', '.'), maxLength: 12 });
    const block = fc.record({ type: fc.constantFrom(...BLOCK_TYPES), text: blockText });
    const run = fc.record({ blocks: fc.array(block, { minLength: 1, maxLength: 8 }), a: fc.nat(), b: fc.nat() });
    fc.assert(
      fc.property(run, ({ blocks, a, b }) => {
        const text = canonicalText(blocks);
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        let offset = 0;
        const touched: ArticleBlock[] = [];
        for (const candidate of blocks) {
          const from = Math.max(offset, start);
          const to = Math.min(offset + candidate.text.length, end);
          if (to > from) touched.push(candidate);
          offset += candidate.text.length + 2;
        }
        const debris = [...new Set(touched.map((t) => t.type).filter((type) => SECONDARY_BLOCK_TYPES.has(type)))];
        expect(passagePlace(blocks, start, end)).to.deep.equal({ blockCount: touched.length, debris });
        expect(blocksSpanned(text, start, end)).to.equal(touched.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an IRI for each kind of block', () => {
  for (const type of BLOCK_TYPES) {
    it(`${type} ⇄ ${BLOCK_KIND_IRI_PREFIX}${type}`, () => {
      expect(blockKindIri(type)).to.equal(`tag:close-reader.app,2026:blocks/${type}`);
      expect(blockKindOfIri(blockKindIri(type))).to.equal(type);
    });
  }

  const foreign = [
    ['a web page', 'https://example.org/article'],
    ['our prefix with a kind we do not know', 'tag:close-reader.app,2026:blocks/sidebar'],
    ['a category IRI', 'tag:close-reader.app,2026:categories/caption'],
    ['the prefix alone', 'tag:close-reader.app,2026:blocks/'],
    ['the empty string', ''],
  ] as const;
  for (const [name, iri] of foreign) {
    it(`names no block kind: ${name}`, () => {
      expect(blockKindOfIri(iri)).to.equal(undefined);
    });
  }
});
