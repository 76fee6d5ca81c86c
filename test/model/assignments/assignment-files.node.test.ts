/**
 * The hand-out and the hand-in file (issue 15) against the W3C Web Annotation test suite's MUSTs
 * (shared/w3c-annotation-tests, loaded as in w3c-schema.node.test.ts), and fast-check round trips:
 * hand-out -> JSON -> parseHandOut gives the same assignment, article, scheme and categories;
 * hand-in -> JSON -> parseHandIn gives the same student, assignment and annotations (ranges,
 * quotes, categories, notes). Runs under node:test:
 *   node --import tsx --test test/model/assignments/assignment-files.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { type Assignment } from '../../../src/model/assignments/assignment.js';
import { parseHandIn, toHandIn } from '../../../src/model/assignments/hand-in.js';
import { type HandOut, parseHandOut, toHandOut } from '../../../src/model/assignments/hand-out.js';
import { categoryIri, sortCategories } from '../../../src/model/schemes/category.js';
import { codePointLength, codePointToUtf16 } from '../../../src/model/text/code-points.js';
import { makeAnnotation } from '../../support/annotations.js';
import { ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { annotationMusts, collectionMusts, failures, pageMusts } from '../../support/w3c-musts.js';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function handOutOf(assignment: Assignment, bundled: boolean): HandOut {
  const parsed = parseHandOut(JSON.stringify(toHandOut(assignment, handOutDocument(bundled), SCHEME, SCHEME_CATEGORIES)), 'a.jsonld');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.value;
}

/** An annotation on `ARTICLE_TEXT` from code point `from`, `length` code points long. */
function annotationAt(index: number, from: number, length: number, categoryIds: string[], note?: string): Annotation {
  const start = codePointToUtf16(ARTICLE_TEXT, from);
  const end = codePointToUtf16(ARTICLE_TEXT, from + length);
  const range = describeRange(ARTICLE_TEXT, start, end);
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return makeAnnotation({ id, documentId: '001', ...range, categoryIds, ...(note ? { note } : {}), creator: 'someone else' });
}

const student = 'Lea M.';
const handedIn = '2026-03-05T14:30:00.000Z';
const annotations = [
  annotationAt(1, 0, 5, ['actor']),
  annotationAt(2, 27, 15, ['actor', 'quote'], 'Wer ist „wir“? <b>nicht fett</b>'),
  annotationAt(3, 43, 3, ['statistic']),
];
const handInOf = (list: readonly Annotation[]) =>
  toHandIn({ assignment: makeAssignment(), document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student, annotations: list, categories: SCHEME_CATEGORIES, handedIn });

describe('assignment files meet every MUST of the W3C Web Annotation test suite', () => {
  for (const bundled of [true, false]) {
    it(`a hand-out of ${bundled ? 'a bundled article' : 'an own document (text carried)'}: an empty AnnotationCollection`, () => {
      const file = roundTrip(toHandOut(makeAssignment(), handOutDocument(bundled), SCHEME, SCHEME_CATEGORIES)) as Record<string, unknown>;
      assert.deepEqual(failures(collectionMusts, file), []);
      assert.deepEqual([file.id, file.type, file.label, file.total, file.first], [`urn:uuid:${makeAssignment().id}`, 'AnnotationCollection', 'Akteure finden', 0, undefined]);
      assert.equal('closeReaderDocuments' in file, !bundled);
    });
  }

  it('a hand-out with the teacher\'s hand-in box (issue 18): still an empty AnnotationCollection', () => {
    const box = 'http://localhost:3000/teacher/akteure-finden/';
    const file = roundTrip(toHandOut(makeAssignment({ handInBox: box }), handOutDocument(true), SCHEME, SCHEME_CATEGORIES)) as Record<string, unknown>;
    assert.deepEqual(failures(collectionMusts, file), []);
    assert.deepEqual([file.id, file.type, file.total, file.handInBox], [`urn:uuid:${makeAssignment().id}`, 'AnnotationCollection', 0, box]);
  });

  it('a hand-in: the collection, its page and every annotation', () => {
    const file = roundTrip(handInOf(annotations)) as { first: { items: unknown[] }; 'dcterms:isPartOf': string; creator: unknown; generated: string };
    assert.deepEqual(failures(collectionMusts, file), []);
    assert.deepEqual(failures(pageMusts, file), []); // as w3c-schema.node.test.ts: the page MUSTs read the collection
    for (const item of file.first.items) assert.deepEqual(failures(annotationMusts, item), []);
    assert.equal(file['dcterms:isPartOf'], `urn:uuid:${makeAssignment().id}`);
    assert.deepEqual(file.creator, { type: 'Person', name: student });
    assert.equal(file.generated, handedIn);
    assert.equal(file.first.items.length, 3);
  });

  it('the schemas can fail: a hand-out without its id is refused by them', () => {
    const file = roundTrip(toHandOut(makeAssignment(), handOutDocument(true), SCHEME, SCHEME_CATEGORIES)) as Record<string, unknown>;
    delete file.id;
    assert.notDeepEqual(failures(collectionMusts, file), []);
  });
});

describe('hand-out round trip (export, JSON, parse)', () => {
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => s.replace(/[<>]/g, '').trim()).filter((s) => s.length > 0);
  const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const time = fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  const assignments = fc.record({
    id: fc.uuid().map((id) => id.toLowerCase()),
    title: text,
    instructions: fc.oneof(fc.constant(''), fc.array(text, { maxLength: 5 }).map((lines) => lines.join('\n'))),
    created: time,
    modified: time,
    due: fc.option(day, { nil: undefined }),
    rules: fc.record({ hideDefinitions: fc.boolean(), studentsMayAddCategories: fc.boolean() }),
    definition: fc.option(fc.record({ de: text, en: text }, { requiredKeys: [] }), { nil: undefined }),
  });

  it('gives back the same assignment, article, scheme and categories', () => {
    fc.assert(
      fc.property(assignments, fc.boolean(), ({ due, definition, ...fields }, bundled) => {
        const assignment = makeAssignment({ ...fields, rules: { ...fields.rules }, ...(due ? { due } : { due: undefined }) });
        const { due: _due, ...withoutDue } = assignment;
        const expected = due ? assignment : withoutDue;
        const categories = SCHEME_CATEGORIES.map((category, index) => (index === 1 && definition && Object.keys(definition).length > 0 ? { ...category, definition: { ...definition } } : category));
        const parsed = parseHandOut(JSON.stringify(toHandOut(expected, handOutDocument(bundled), SCHEME, categories)), 'a.jsonld');
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
        assert.deepEqual(parsed.value.assignment, expected);
        assert.deepEqual(parsed.value.document, handOutDocument(bundled));
        assert.deepEqual(parsed.value.scheme.scheme, SCHEME);
        assert.deepEqual(parsed.value.scheme.categories, sortCategories(categories));
        assert.equal(parsed.value.carried?.blocks, bundled ? undefined : parsed.value.document.blocks);
      }),
      { numRuns: 200 },
    );
  });

  it('never carries a model answer or any annotation', () => {
    const file = toHandOut(makeAssignment(), handOutDocument(false), SCHEME, SCHEME_CATEGORIES);
    assert.equal(file.total, 0);
    assert.equal(JSON.stringify(file).includes('"items"'), false);
    assert.equal(handOutOf(makeAssignment(), false).carried?.iri, handOutDocument(false).iri);
  });
});

describe('hand-in round trip (export, JSON, parse)', () => {
  const length = codePointLength(ARTICLE_TEXT);
  const annotationArb = fc
    .record({
      from: fc.nat({ max: length - 1 }),
      length: fc.integer({ min: 1, max: 40 }),
      categories: fc.subarray(['actor', 'policy', 'quote', 'statistic'], { minLength: 1 }),
      note: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.trim() !== ''), { nil: undefined }),
    })
    .map(({ from, length: size, categories, note }) => ({ from, size: Math.min(size, length - from), categories, note }));

  it('gives back the same student, assignment and annotations: ranges, quotes, categories, notes', () => {
    fc.assert(
      fc.property(fc.array(annotationArb, { maxLength: 8 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[<>]/g, '').trim()).filter(Boolean), (drafts, name) => {
        const list = drafts.map((d, i) => annotationAt(i, d.from, d.size, d.categories, d.note));
        const file = toHandIn({ assignment: makeAssignment(), document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student: name, annotations: list, categories: SCHEME_CATEGORIES, handedIn });
        const parsed = parseHandIn(JSON.stringify(file), 'h.jsonld');
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
        const { annotations: incoming, ...rest } = parsed.value;
        assert.deepEqual(rest, {
          assignmentId: makeAssignment().id, assignmentTitle: 'Akteure finden', student: name,
          document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST }, schemeIri: SCHEME.iri, handedIn, skipped: [],
        });
        assert.equal(incoming.length, list.length);
        incoming.forEach((item, i) => {
          const original = list[i]!;
          assert.equal(item.id, original.id);
          assert.equal(item.source, handOutDocument(true).iri);
          assert.equal(item.creator, name);
          assert.deepEqual(
            [codePointToUtf16(ARTICLE_TEXT, item.position!.start), codePointToUtf16(ARTICLE_TEXT, item.position!.end)],
            [original.start, original.end],
          );
          assert.deepEqual(item.quote, { exact: original.exact, ...(original.prefix ? { prefix: original.prefix } : {}), ...(original.suffix ? { suffix: original.suffix } : {}) });
          assert.deepEqual(item.tags.map((tag) => tag.iri), original.categoryIds.map((id) => categoryIri(SCHEME_CATEGORIES.find((c) => c.id === id)!)));
          assert.equal(item.note, original.note);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('names the same hand-in alike, and a later one differently', () => {
    assert.equal(handInOf(annotations).id, handInOf(annotations).id);
    const later = toHandIn({ assignment: makeAssignment(), document: { iri: 'x:y', digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student, annotations: [], categories: [], handedIn: '2026-03-06T10:00:00.000Z' });
    assert.notEqual(later.id, handInOf(annotations).id);
  });
});
