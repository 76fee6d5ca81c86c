/**
 * The solution file (issue 16): the teacher's model answer handed out later as its own file. It
 * meets every MUST of the W3C Web Annotation test suite (collection, page, each annotation), reads
 * back with the same assignment, article and passages, is refused with a named problem when it is
 * something else or broken, is refused for an assignment this browser does not have or another
 * one, and is named "<title> – Lösung.jsonld". docs/assignment-files.md shows exactly what the
 * code writes. Runs under node:test:
 *   node --import tsx --test test/model/assignments/solution.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { solutionFileName } from '../../../src/model/assignments/file-names.js';
import { parseHandIn, toHandIn } from '../../../src/model/assignments/hand-in.js';
import { parseSolution, solutionProblem, toSolution } from '../../../src/model/assignments/solution.js';
import { codePointLength, codePointToUtf16 } from '../../../src/model/text/code-points.js';
import { makeAnnotation } from '../../support/annotations.js';
import { ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { annotationMusts, collectionMusts, failures, pageMusts } from '../../support/w3c-musts.js';

const IRI = handOutDocument(true).iri;
const MADE = '2026-03-12T10:00:00.000Z';
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A model-answer annotation on the test article from code point `from`, `length` code points long. */
function annotationAt(index: number, from: number, length: number, categoryIds: string[], note?: string): Annotation {
  const start = codePointToUtf16(ARTICLE_TEXT, from);
  const end = codePointToUtf16(ARTICLE_TEXT, from + length);
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return makeAnnotation({ id, documentId: '001', setId: 'model:x', ...describeRange(ARTICLE_TEXT, start, end), categoryIds, ...(note ? { note } : {}), created: MADE, modified: MADE });
}

const model = [annotationAt(1, 25, 19, ['actor'], 'Sie spricht für die Stadt.'), annotationAt(2, 52, 12, ['quote']), annotationAt(3, 65, 3, ['statistic'])];
const solutionOf = (annotations: readonly Annotation[], locale?: 'de' | 'en') =>
  toSolution({ assignment: makeAssignment(), document: { iri: IRI, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, annotations, categories: SCHEME_CATEGORIES, made: MADE, ...(locale ? { locale } : {}) });

/** The solution example of docs/assignment-files.md: the model answer's one passage. */
function solutionExample(): unknown {
  return roundTrip(solutionOf(model.slice(0, 1)));
}

describe('the solution file meets every MUST of the W3C Web Annotation test suite', () => {
  it('the collection, its page and every annotation; it names the assignment, the article and the time', () => {
    const file = roundTrip(solutionOf(model)) as Record<string, unknown> & { first: { items: Record<string, unknown>[] } };
    assert.deepEqual(failures(collectionMusts, file), []);
    assert.deepEqual(failures(pageMusts, file), []);
    for (const item of file.first.items) assert.deepEqual(failures(annotationMusts, item), []);
    assert.deepEqual([file.type, file.label, file.total, file['dcterms:isPartOf'], file.generated], ['AnnotationCollection', 'Akteure finden – Lösung', 3, `urn:uuid:${makeAssignment().id}`, MADE]);
    assert.deepEqual(file.closeReaderAssignment, {
      kind: 'solution',
      format: 1,
      assignmentTitle: 'Akteure finden',
      document: { iri: IRI, digest: ARTICLE_DIGEST },
      schemeIri: SCHEME.iri,
    });
    assert.match(String(file.id), /^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('the schemas can fail: an annotation without its target is refused by them', () => {
    const file = roundTrip(solutionOf(model)) as { first: { items: Record<string, unknown>[] } };
    delete file.first.items[0]!.target;
    assert.notDeepEqual(failures(annotationMusts, file.first.items[0]), []);
  });

  it('the same solution written twice is the same file; a later one another', () => {
    assert.equal(solutionOf(model).id, solutionOf(model).id);
    const later = toSolution({ assignment: makeAssignment(), document: { iri: IRI, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, annotations: model, categories: SCHEME_CATEGORIES, made: '2026-03-13T10:00:00.000Z' });
    assert.notEqual(later.id, solutionOf(model).id);
    assert.equal(solutionOf(model, 'en').label, 'Akteure finden – Solution');
  });
});

describe('solution round trip (export, JSON, parse)', () => {
  const length = codePointLength(ARTICLE_TEXT);
  const passage = fc
    .record({ from: fc.nat({ max: length - 1 }), size: fc.integer({ min: 1, max: 40 }), categories: fc.subarray(['actor', 'policy', 'quote', 'statistic'], { minLength: 1 }) })
    .map(({ from, size, categories }) => ({ from, size: Math.min(size, length - from), categories }));

  it('gives back the assignment, the article, the time and every passage with its categories', () => {
    fc.assert(
      fc.property(fc.array(passage, { maxLength: 8 }), (drafts) => {
        const list = drafts.map((d, i) => annotationAt(i, d.from, d.size, d.categories));
        const parsed = parseSolution(JSON.stringify(solutionOf(list)), 'Akteure finden – Lösung.jsonld');
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
        const { annotations, ...rest } = parsed.value;
        assert.deepEqual(rest, { assignmentId: makeAssignment().id, assignmentTitle: 'Akteure finden', document: { iri: IRI, digest: ARTICLE_DIGEST }, schemeIri: SCHEME.iri, made: MADE, skipped: [] });
        assert.deepEqual(
          annotations.map((item) => [codePointToUtf16(ARTICLE_TEXT, item.position!.start), codePointToUtf16(ARTICLE_TEXT, item.position!.end), item.tags.map((tag) => tag.iri?.split('/').at(-1))]),
          list.map((original) => [original.start, original.end, original.categoryIds]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('what a solution file refuses', () => {
  const file = (): Record<string, unknown> & { closeReaderAssignment: Record<string, unknown> } => roundTrip(solutionOf(model)) as never;
  const codes = (text: string): string[] => {
    const parsed = parseSolution(text, 'l.jsonld');
    return parsed.ok ? [] : parsed.problems.map((p) => p.code);
  };

  it('a hand-in is no solution, and a solution no hand-in', () => {
    const handIn = toHandIn({ assignment: makeAssignment(), document: { iri: IRI, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student: 'Lea', annotations: model, categories: SCHEME_CATEGORIES, handedIn: MADE });
    const asSolution = parseSolution(JSON.stringify(handIn), 'h.jsonld');
    assert.deepEqual(asSolution.ok ? [] : asSolution.problems.map((p) => [p.code, p.params]), [['not-an-assignment-file', { file: 'h.jsonld', expected: 'solution', found: 'hand-in' }]]);
    const asHandIn = parseHandIn(JSON.stringify(solutionOf(model)), 's.jsonld');
    assert.deepEqual(asHandIn.ok ? [] : asHandIn.problems.map((p) => [p.code, p.params]), [['not-an-assignment-file', { file: 's.jsonld', expected: 'hand-in', found: 'solution' }]]);
  });

  it('a newer format, an assignment id that is no urn:uuid:, a time that is none, markup in the title, no article', () => {
    assert.deepEqual(codes(JSON.stringify({ ...file(), closeReaderAssignment: { ...file().closeReaderAssignment, format: 2 } })), ['assignment-format-unknown']);
    assert.deepEqual(codes(JSON.stringify({ ...file(), 'dcterms:isPartOf': 'https://example.org/a' })), ['assignment-id-invalid']);
    assert.deepEqual(codes(JSON.stringify({ ...file(), generated: 'gestern' })), ['assignment-date-invalid']);
    assert.deepEqual(codes(JSON.stringify({ ...file(), closeReaderAssignment: { ...file().closeReaderAssignment, assignmentTitle: 'A <img src=x>' } })), ['markup-in-field']);
    const { document: _document, ...noArticle } = file().closeReaderAssignment;
    assert.deepEqual(codes(JSON.stringify({ ...file(), closeReaderAssignment: noArticle })), ['wrong-type', 'wrong-type', 'wrong-type']);
    assert.deepEqual(codes('{"closeReaderAssignment": {"kind": "solution"'), ['not-json']);
  });

  it('is refused for an assignment this browser lacks, for another assignment, or naming another article', () => {
    const parsed = parseSolution(JSON.stringify(solutionOf(model)), 's.jsonld');
    assert.ok(parsed.ok);
    const here = makeAssignment();
    const other = makeAssignment({ id: '11111111-2222-4333-8444-555555555555', title: 'Zahlen finden' });
    const code = (known: Parameters<typeof solutionProblem>[2], expected?: string) => {
      const found = solutionProblem(parsed.value, 's.jsonld', known, expected);
      return found && [found.code, found.params];
    };
    assert.equal(code([here, other]), undefined);
    assert.equal(code([here], here.id), undefined);
    assert.deepEqual(code([other]), ['solution-unknown-assignment', { file: 's.jsonld', title: 'Akteure finden' }]);
    assert.deepEqual(code([here, other], other.id), ['solution-other-assignment', { file: 's.jsonld', title: 'Akteure finden', expected: 'Zahlen finden' }]);
    const moved = { ...here, document: { ...here.document, iri: 'tag:close-reader.app,2026:documents/002' } };
    assert.deepEqual(code([moved]), ['solution-other-assignment', { file: 's.jsonld', title: 'Akteure finden', expected: 'Akteure finden' }]);
  });
});

describe('the solution file name', () => {
  it('is "<title> – Lösung.jsonld" (Solution in English), safe on every OS, at most 100 characters before .jsonld', () => {
    assert.equal(solutionFileName('Akteure finden'), 'Akteure finden – Lösung.jsonld');
    assert.equal(solutionFileName('Akteure finden', 'en'), 'Akteure finden – Solution.jsonld');
    assert.equal(solutionFileName('Wer? Was: "Wo"/wann'), 'Wer- Was- -Wo--wann – Lösung.jsonld');
    assert.equal(solutionFileName('   '), 'Aufgabe – Lösung.jsonld');
    const long = solutionFileName('ä'.repeat(300));
    assert.equal([...long.slice(0, -'.jsonld'.length)].length, 100);
    assert.ok(long.endsWith(' – Lösung.jsonld'));
  });
});

describe('docs/assignment-files.md', () => {
  it('shows the solution exactly as the code writes it, and it parses and passes the W3C MUSTs', () => {
    const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/assignment-files.md'), 'utf8');
    const match = /<!-- example: solution -->\n```json\n([\s\S]*?)\n```/.exec(doc);
    assert.ok(match, 'docs/assignment-files.md has no example "solution"');
    // To the byte, key order included: the file a teacher saves is JSON.stringify of what the code writes.
    assert.equal(match[1]!, JSON.stringify(solutionExample(), null, 2));
    assert.equal(parseSolution(match[1]!, 'Akteure finden – Lösung.jsonld').ok, true);
    assert.deepEqual(failures(collectionMusts, JSON.parse(match[1]!)), []);
  });
});
