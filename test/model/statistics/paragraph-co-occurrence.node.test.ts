/**
 * Co-occurrence of categories within a paragraph (model/statistics/paragraph-co-occurrence.ts) on
 * two articles counted by hand:
 *
 *   d1 ¶0 "Merkel sagte: Wir schaffen das."   actor "Merkel", quote "Wir schaffen das."
 *      ¶1 "Die Quote liegt bei 5 %."          statistic "5 %", policy+actor "Die Quote"
 *      (a quote from "das." in ¶0 to "Die" in ¶1 is in both)
 *      ¶2 ""                                   (an empty block)
 *      ¶3 "Ende 🙂 gut."                        statistic "gut"
 *      an unplaced statistic+actor: in no paragraph; an annotation on the separator alone: in none
 *   d2 ¶0 "Er sagte: Nein."                    actor "Er", quote "Nein."
 *   d3 (its text unknown): ignored
 *
 * Paragraphs per category: actor 3 (d1¶0 d1¶1 d2¶0), policy 1, quote 3 (d1¶0 d1¶1 d2¶0), statistic 2.
 * Pairs: actor–quote 3; every other pair among actor, policy, quote, statistic 1 (d1¶1); none with
 * the category of the annotation on the separator.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type ParagraphRange, paragraphCoOccurrence, paragraphRanges } from '../../../src/model/statistics/paragraph-co-occurrence.js';
import { annotationOn, makeAnnotation } from '../../support/annotations.js';

const paragraph = (text: string): ArticleBlock => ({ type: 'paragraph', text });
const D1 = ['Merkel sagte: Wir schaffen das.', 'Die Quote liegt bei 5 %.', '', 'Ende 🙂 gut.'].map(paragraph);
const D2 = [paragraph('Er sagte: Nein.')];
const TEXT1 = canonicalText(D1);
const TEXT2 = canonicalText(D2);
const PARAGRAPHS = new Map<string, readonly ParagraphRange[]>([
  ['d1', paragraphRanges(D1)],
  ['d2', paragraphRanges(D2)],
]);

const in1 = (quote: string, categoryIds: string[]): Annotation => annotationOn(TEXT1, quote, { documentId: 'd1', categoryIds });
const ANNOTATIONS: readonly Annotation[] = [
  in1('Merkel', ['actor']),
  in1('Wir schaffen das.', ['quote']),
  in1('5 %', ['statistic']),
  in1('Die Quote', ['policy', 'actor']),
  in1('das.\n\nDie', ['quote']),
  in1('gut', ['statistic']),
  makeAnnotation({ documentId: 'd1', start: -1, end: -1, categoryIds: ['statistic', 'actor'] }),
  makeAnnotation({ documentId: 'd1', start: 31, end: 33, exact: '\n\n', categoryIds: ['separator-only'] }),
  annotationOn(TEXT2, 'Er', { documentId: 'd2', categoryIds: ['actor'] }),
  annotationOn(TEXT2, 'Nein.', { documentId: 'd2', categoryIds: ['quote'] }),
  makeAnnotation({ documentId: 'd3', categoryIds: ['actor', 'policy'] }),
];

describe('paragraphs', () => {
  it('are the blocks\' ranges in the canonical text, the separator between them; an emoji counts two units', () => {
    assert.deepEqual(paragraphRanges(D1), [
      { start: 0, end: 31 },
      { start: 33, end: 57 },
      { start: 59, end: 59 },
      { start: 61, end: 73 },
    ]);
    assert.equal(TEXT1.slice(61, 73), 'Ende 🙂 gut.');
  });
});

describe('co-occurrence within a paragraph', () => {
  const result = paragraphCoOccurrence(ANNOTATIONS, DEFAULT_CATEGORIES, (id) => PARAGRAPHS.get(id));

  it('counts the paragraphs that hold each pair, the diagonal those that hold each category', () => {
    assert.deepEqual(result.categoryIds, ['actor', 'policy', 'quote', 'statistic']);
    assert.deepEqual(result.paragraphs, [
      [3, 1, 3, 1],
      [1, 1, 1, 1],
      [3, 1, 3, 1],
      [1, 1, 1, 2],
    ]);
  });

  it('lists each pair once, most paragraphs first, ties in table order', () => {
    assert.deepEqual(
      result.pairs.map((pair) => [pair.first, pair.second, pair.paragraphs]),
      [
        ['actor', 'quote', 3],
        ['actor', 'policy', 1],
        ['actor', 'statistic', 1],
        ['policy', 'quote', 1],
        ['policy', 'statistic', 1],
        ['quote', 'statistic', 1],
      ],
    );
  });

  it('adds a category no longer in the scheme after the scheme\'s, when it is in a paragraph', () => {
    const other = paragraphCoOccurrence([in1('Merkel', ['gone', 'actor'])], DEFAULT_CATEGORIES, (id) => PARAGRAPHS.get(id));
    assert.deepEqual(other.categoryIds, ['actor', 'policy', 'quote', 'statistic', 'gone']);
    assert.deepEqual(other.pairs, [{ first: 'actor', second: 'gone', paragraphs: 1 }]);
  });

  it('is symmetric, and no pair outnumbers the paragraphs of either category, whatever the annotations', () => {
    const arbitrary = fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 72 }),
        size: fc.integer({ min: 1, max: 30 }),
        categoryIds: fc.subarray(['actor', 'policy', 'quote', 'statistic'], { minLength: 1 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbitrary, (list) => {
        const annotations = list.map(({ start, size, categoryIds }, index) =>
          makeAnnotation({ id: `n${index}`, documentId: 'd1', start, end: Math.min(73, start + size), categoryIds }),
        );
        const { paragraphs } = paragraphCoOccurrence(annotations, DEFAULT_CATEGORIES, (id) => PARAGRAPHS.get(id));
        for (let i = 0; i < 4; i++) {
          assert.ok(paragraphs[i]![i]! <= 3, 'three paragraphs with text');
          for (let j = 0; j < 4; j++) {
            assert.equal(paragraphs[i]![j], paragraphs[j]![i]);
            assert.ok(paragraphs[i]![j]! <= Math.min(paragraphs[i]![i]!, paragraphs[j]![j]!));
          }
        }
      }),
    );
  });
});
