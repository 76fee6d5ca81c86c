/**
 * The parser's promise to the import dialog, as properties over arbitrary input: whatever JSON a
 * file holds, parseAnnotationFile never throws; a file that is an array is never refused, and each
 * of its items ends up exactly once, either read (an IncomingAnnotation) or skipped with a reason,
 * in file order; and every position that comes through is whole numbers with 0 ≤ start ≤ end.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAnnotationFile } from '../../../src/model/w3c/w3c.js';

const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
const selector = fc.record(
  { type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'FragmentSelector', 7), exact: value, start: value, end: value, refinedBy: value },
  { requiredKeys: ['type'] },
);
const annotationLike = fc.record(
  {
    '@context': fc.constantFrom(ANNO, 'https://www.w3.org/ns/anno.jsonld', 'http://iiif.io/api/presentation/3/context.json', undefined),
    type: fc.constantFrom('Annotation', ['Annotation'], 'Other', undefined),
    id: value,
    motivation: fc.constantFrom('linking', 'replying', 'tagging', undefined),
    creator: value,
    created: value,
    body: fc.oneof(value, fc.array(fc.record({ type: value, purpose: value, value, source: value, id: value }))),
    target: fc.oneof(value, fc.record({ source: value, selector: fc.oneof(selector, fc.array(selector)) })),
    references: value,
  },
  { requiredKeys: [] },
);

describe('parse: properties over arbitrary files', () => {
  it('an array of any JSON items: never refused, each item read or skipped exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }), annotationLike), { maxLength: 12 }), (items) => {
        const result = parseAnnotationFile(JSON.stringify(items), 'any.json');
        if (!result.ok) expect.fail(result.problems.map((p) => p.message).join('\n'));
        const { annotations, skipped } = result.value;
        expect(annotations.length + skipped.length).to.equal(items.length);
        expect([...annotations.map((a) => a.index), ...skipped.map((s) => s.index)].sort((a, b) => a - b)).to.deep.equal([...items.keys()]);
        for (const a of annotations) {
          expect(a.quote !== undefined || a.position !== undefined, 'placed by quote or position').to.equal(true);
          if (a.position) expect(Number.isInteger(a.position.start) && a.position.start >= 0 && a.position.end >= a.position.start).to.equal(true);
          if (a.created !== undefined) expect(a.created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the same items as a Hypothesis export: never refused, counts add up', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }), annotationLike), { maxLength: 12 }), (rows) => {
        const result = parseAnnotationFile(JSON.stringify({ total: rows.length, rows }), 'api.json');
        if (!result.ok) expect.fail(result.problems.map((p) => p.message).join('\n'));
        expect(result.value.format).to.equal('hypothesis-api');
        expect(result.value.annotations.length + result.value.skipped.length).to.equal(rows.length);
      }),
      { numRuns: 200 },
    );
  });
});
