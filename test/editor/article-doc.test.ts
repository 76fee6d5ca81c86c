/**
 * The article's ProseMirror document (src/editor/article-doc.ts) from blocks that slipped past the
 * checks (parseArticleBody refuses them; this is the last line): marks that are no list, hold null
 * or no mark, of a type the schema lacks, or overlap with their own type cost emphasis, never the
 * document, and never change its text.
 */
import { expect } from '@open-wc/testing';
import type { ArticleBlock } from '../../src/model/documents/article.js';
import { articleToDoc, docToBlocks } from '../../src/editor/article-doc.js';

const TEXT = 'Immer mehr Städte erklären sich zu sicheren Häfen.';

/** A paragraph of TEXT with `marks` as they came, typed as a block whatever they are. */
function block(marks: unknown): ArticleBlock {
  return { type: 'paragraph', text: TEXT, marks } as unknown as ArticleBlock;
}

describe('the article document from blocks with broken emphasis', () => {
  const cases: { name: string; marks: unknown; kept: ArticleBlock['marks'] }[] = [
    { name: 'marks that are a text', marks: 'em', kept: undefined },
    { name: 'marks that are an object', marks: { type: 'em', start: 0, end: 5 }, kept: undefined },
    { name: 'a mark that is null, beside a good one', marks: [null, { type: 'em', start: 0, end: 5 }], kept: [{ type: 'em', start: 0, end: 5 }] },
    { name: 'a mark of a type the schema lacks', marks: [{ type: 'link', start: 0, end: 5 }, { type: '__proto__', start: 0, end: 5 }], kept: undefined },
    { name: 'offsets that are no numbers', marks: [{ type: 'strong', start: '0', end: 5 }], kept: undefined },
    { name: 'two overlapping marks of one type', marks: [{ type: 'em', start: 0, end: 10 }, { type: 'em', start: 5, end: 17 }], kept: [{ type: 'em', start: 0, end: 17 }] },
  ];
  for (const { name, marks, kept } of cases) {
    it(`keeps the text and the good emphasis of ${name}`, () => {
      const doc = articleToDoc([block(marks)]);
      expect(doc.textContent).to.equal(TEXT);
      expect(docToBlocks(doc)).to.deep.equal([kept ? { type: 'paragraph', text: TEXT, marks: kept } : { type: 'paragraph', text: TEXT }]);
      doc.check();
    });
  }
});
