/**
 * Checking an article body (parseArticleBody in src/model/documents/library.ts) field by field, as
 * it comes from documents/, from a file's carried documents or from IndexedDB: every block and
 * every mark the reader's document builder reads, each problem naming where it is. A table of
 * named cases with the exact problems.
 */
import { expect } from '@open-wc/testing';
import { parseArticleBody } from '../../../src/model/documents/library.js';

const TEXT = 'Immer mehr Städte erklären sich zu sicheren Häfen.';

function body(block: Record<string, unknown>): unknown {
  return { id: 'x', lang: 'de', blocks: [{ type: 'headline', text: 'Titel' }, block] };
}

const refused: { name: string; block: Record<string, unknown>; problems: { code: string; params: Record<string, unknown>; message: string }[] }[] = [
  {
    name: 'marks that are a text',
    block: { type: 'paragraph', text: TEXT, marks: 'em' },
    problems: [{ code: 'wrong-type', params: { where: 'b.blocks[1].marks', expected: 'an array', found: '"em"' }, message: 'b.blocks[1].marks: expected an array, found "em"' }],
  },
  {
    name: 'marks that are an object',
    block: { type: 'paragraph', text: TEXT, marks: { type: 'em', start: 0, end: 5 } },
    problems: [{ code: 'wrong-type', params: { where: 'b.blocks[1].marks', expected: 'an array', found: 'an object' }, message: 'b.blocks[1].marks: expected an array, found an object' }],
  },
  {
    name: 'a mark that is null',
    block: { type: 'paragraph', text: TEXT, marks: [null] },
    problems: [{ code: 'wrong-type', params: { where: 'b.blocks[1].marks[0]', expected: 'an object', found: 'null' }, message: 'b.blocks[1].marks[0]: expected an object, found null' }],
  },
  {
    name: 'a mark of an unknown type',
    block: { type: 'paragraph', text: TEXT, marks: [{ type: 'underline', start: 0, end: 5 }] },
    problems: [
      {
        code: 'unknown-mark-type',
        params: { where: 'b.blocks[1].marks[0].type', found: '"underline"' },
        message: 'b.blocks[1].marks[0].type: unknown mark type "underline" (expected "em" or "strong")',
      },
    ],
  },
  {
    name: 'offsets that are no whole numbers',
    block: { type: 'paragraph', text: TEXT, marks: [{ type: 'em', start: '0', end: 2.5 }] },
    problems: [
      { code: 'wrong-type', params: { where: 'b.blocks[1].marks[0].start', expected: 'a whole number', found: '"0"' }, message: 'b.blocks[1].marks[0].start: expected a whole number, found "0"' },
      { code: 'wrong-type', params: { where: 'b.blocks[1].marks[0].end', expected: 'a whole number', found: '2.5' }, message: 'b.blocks[1].marks[0].end: expected a whole number, found 2.5' },
    ],
  },
  {
    name: 'a mark beyond the text',
    block: { type: 'paragraph', text: TEXT, marks: [{ type: 'strong', start: 40, end: 51 }] },
    problems: [
      {
        code: 'mark-out-of-range',
        params: { where: 'b.blocks[1].marks[0]', start: 40, end: 51, length: 50 },
        message: "b.blocks[1].marks[0]: 40–51 is no range of the block's text (50 characters)",
      },
    ],
  },
  {
    name: 'an empty mark',
    block: { type: 'paragraph', text: TEXT, marks: [{ type: 'em', start: 3, end: 3 }] },
    problems: [{ code: 'mark-out-of-range', params: { where: 'b.blocks[1].marks[0]', start: 3, end: 3, length: 50 }, message: "b.blocks[1].marks[0]: 3–3 is no range of the block's text (50 characters)" }],
  },
  {
    name: 'a negative start',
    block: { type: 'paragraph', text: TEXT, marks: [{ type: 'em', start: -1, end: 3 }] },
    problems: [{ code: 'mark-out-of-range', params: { where: 'b.blocks[1].marks[0]', start: -1, end: 3, length: 50 }, message: "b.blocks[1].marks[0]: -1–3 is no range of the block's text (50 characters)" }],
  },
  {
    name: 'a text that is a number',
    block: { type: 'paragraph', text: 5 },
    problems: [{ code: 'wrong-type', params: { where: 'b.blocks[1].text', expected: 'non-empty text' }, message: 'b.blocks[1].text: expected non-empty text' }],
  },
];

describe('an article body, checked', () => {
  for (const { name, block, problems } of refused) {
    it(`refuses ${name}, saying where`, () => {
      expect(parseArticleBody(body(block), 'b')).to.deep.equal({ ok: false, problems });
    });
  }

  it('refuses a block that is null, saying what it found', () => {
    expect(parseArticleBody({ id: 'x', lang: 'de', blocks: [null] }, 'b')).to.deep.equal({
      ok: false,
      problems: [{ code: 'wrong-type', params: { where: 'b.blocks[0]', expected: 'an object', found: 'null' }, message: 'b.blocks[0]: expected an object, found null' }],
    });
  });

  it('accepts good emphasis, overlapping too, and keeps only the fields a block has', () => {
    const marks = [
      { type: 'em', start: 0, end: 5, colour: 'red' },
      { type: 'strong', start: 3, end: 50 },
    ];
    const parsed = parseArticleBody(body({ type: 'paragraph', text: TEXT, marks, onclick: 'alert(1)' }), 'b');
    expect(parsed).to.deep.equal({
      ok: true,
      warnings: [],
      value: {
        id: 'x',
        lang: 'de',
        blocks: [
          { type: 'headline', text: 'Titel' },
          { type: 'paragraph', text: TEXT, marks: [{ type: 'em', start: 0, end: 5 }, { type: 'strong', start: 3, end: 50 }] },
        ],
      },
    });
  });
});
