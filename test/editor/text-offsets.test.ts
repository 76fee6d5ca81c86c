import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';
import { loadShippedBodies } from '../support/articles.js';

/** Every position inside a text block (where a caret can be). */
function textPositions(doc: PMNode): number[] {
  const positions: number[] = [];
  doc.forEach((block, offset) => {
    for (let pos = offset + 1; pos <= offset + 1 + block.content.size; pos += 1) positions.push(pos);
  });
  return positions;
}

const blockArbitrary: fc.Arbitrary<ArticleBlock> = fc.record({
  type: fc.constantFrom('headline', 'lead', 'paragraph', 'subheading', 'caption', 'tweet') as fc.Arbitrary<ArticleBlock['type']>,
  text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
});

describe('text offsets: ProseMirror positions ↔ canonical text offsets', () => {
  it('gives each shipped article the same canonical text as the model', async () => {
    for (const body of await loadShippedBodies()) {
      const doc = articleToDoc(body.blocks);
      expect(textIndexOf(doc).text, body.id).to.equal(canonicalText(body.blocks));
    }
  });

  it('round-trips every text position of every shipped article', async () => {
    for (const body of await loadShippedBodies()) {
      const doc = articleToDoc(body.blocks);
      const index = textIndexOf(doc);
      for (const pos of textPositions(doc)) {
        const back = index.offsetToPos(index.posToOffset(pos));
        if (back !== pos) expect.fail(`${body.id}: position ${pos} came back as ${back}`);
      }
    }
  });

  it('reads the same text between two positions as the canonical text slice (property)', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (blocks, a, b) => {
        const doc = articleToDoc(blocks);
        const index = textIndexOf(doc);
        const positions = textPositions(doc);
        const from = positions[a % positions.length]!;
        const to = positions[b % positions.length]!;
        const [start, end] = from <= to ? [from, to] : [to, from];
        const text = canonicalText(blocks);
        expect(index.textBetween(start, end)).to.equal(doc.textBetween(start, end, '\n\n'));
        expect(index.textBetween(start, end)).to.equal(text.slice(index.posToOffset(start), index.posToOffset(end)));
      }),
    );
  });

  it('round-trips every position and every offset outside separators (property)', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { minLength: 1, maxLength: 6 }), (blocks) => {
        const doc = articleToDoc(blocks);
        const index = textIndexOf(doc);
        for (const pos of textPositions(doc)) expect(index.offsetToPos(index.posToOffset(pos))).to.equal(pos);
        const text = canonicalText(blocks);
        let start = 0;
        for (const block of blocks) {
          for (let offset = start; offset <= start + block.text.length; offset += 1) {
            expect(index.posToOffset(index.offsetToPos(offset))).to.equal(offset);
          }
          start += block.text.length + 2;
        }
        expect(index.text).to.equal(text);
      }),
    );
  });

  it('snaps an offset inside a block separator forward or backward', () => {
    const doc = articleToDoc([
      { type: 'headline', text: 'Zweierlei Solidarität' },
      { type: 'paragraph', text: '„Wir sind“' },
    ]);
    const index = textIndexOf(doc);
    // "Zweierlei Solidarität" is 21 units; offsets 22 is inside "\n\n".
    expect(index.text.slice(21, 23)).to.equal('\n\n');
    expect(index.textBetween(index.offsetToPos(22), index.offsetToPos(33, 'backward'))).to.equal('„Wir sind“');
    expect(index.offsetToPos(22, 'backward')).to.equal(22);
    expect(index.offsetToPos(22, 'forward')).to.equal(24);
  });

  it('maps the text of a passage with astral characters to the right positions', () => {
    const doc = articleToDoc([{ type: 'paragraph', text: '🙂🙂 Trump unterschrieb' }]);
    const index = textIndexOf(doc);
    const start = index.text.indexOf('Trump');
    expect(doc.textBetween(index.offsetToPos(start), index.offsetToPos(start + 5))).to.equal('Trump');
  });
});
