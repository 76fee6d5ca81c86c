/**
 * Bad hand-outs and hand-ins (issue 15, "Bad input"), as a table: each refused with the problem's
 * code and parameters pinned (the UI words them in the reader's language, problem-messages.ts), and
 * nothing read. Runs under node:test with the other assignment file tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHandIn, toHandIn } from '../../../src/model/assignments/hand-in.js';
import { unknownAssignmentProblem } from '../../../src/model/assignments/hand-in.js';
import { bundledArticleProblem, parseHandOut, toHandOut } from '../../../src/model/assignments/hand-out.js';
import { schemeToSkos } from '../../../src/model/schemes/skos.js';
import { ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FILE = 'aufgabe.jsonld';
const handOut = (bundled = true): Json => JSON.parse(JSON.stringify(toHandOut(makeAssignment(), handOutDocument(bundled), SCHEME, SCHEME_CATEGORIES))) as Json;
const handIn = (): Json =>
  JSON.parse(JSON.stringify(toHandIn({ assignment: makeAssignment(), document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student: 'Lea', annotations: [], categories: SCHEME_CATEGORIES, handedIn: '2026-03-05T10:00:00.000Z' }))) as Json;
const entry = 'aufgabe.jsonld: closeReaderAssignment';

/** A case: the file's text (or a change to a good file), the size it claims, and the problems expected. */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly bytes?: number;
  readonly problems: readonly [string, Record<string, string | number>][];
}
const edited = (file: Json, edit: (json: Json) => void): string => {
  edit(file);
  return JSON.stringify(file);
};
const deep = `${'['.repeat(150)}${']'.repeat(150)}`;

const handOutCases: Case[] = [
  { name: 'not JSON', text: 'hello', problems: [['not-json', { file: FILE, reason: `Unexpected token 'h', "hello" is not valid JSON` }]] },
  { name: 'a truncated file', text: JSON.stringify(handOut()).slice(0, 500), problems: [['not-json', { file: FILE, reason: 'Unexpected end of JSON input' }]] },
  { name: 'a file of 50 MB and one byte, refused before it is parsed', text: '{', bytes: 50 * 2 ** 20 + 1, problems: [['too-large', { file: FILE, megabytes: 51 }]] },
  { name: 'nested 150 deep', text: deep, problems: [['too-deep', { file: FILE, max: 100 }]] },
  { name: 'a scheme file', text: JSON.stringify(schemeToSkos(SCHEME, SCHEME_CATEGORIES)), problems: [['not-an-assignment-file', { file: FILE, expected: 'hand-out', found: '' }]] },
  { name: 'a hand-in', text: JSON.stringify(handIn()), problems: [['not-an-assignment-file', { file: FILE, expected: 'hand-out', found: 'hand-in' }]] },
  { name: 'a newer format', text: edited(handOut(), (j) => (j.closeReaderAssignment.format = 2)), problems: [['assignment-format-unknown', { file: FILE, version: 2, known: 1 }]] },
  { name: 'an id that is no urn:uuid', text: edited(handOut(), (j) => (j.id = 'https://x.test/a')), problems: [['assignment-id-invalid', { where: `${FILE}: id`, found: 'https://x.test/a' }]] },
  {
    name: 'no title',
    text: edited(handOut(), (j) => delete j.closeReaderAssignment.title),
    problems: [['wrong-type', { where: `${entry}.title`, expected: 'a non-empty string', found: 'nothing' }]],
  },
  {
    name: 'HTML in the title',
    text: edited(handOut(), (j) => (j.closeReaderAssignment.title = 'Akteure <img src=x onerror=alert(1)>')),
    problems: [['markup-in-field', { where: FILE, field: 'title', found: '<img src=x onerror=alert(1)>' }]],
  },
  {
    name: 'HTML in the instructions',
    text: edited(handOut(), (j) => (j.closeReaderAssignment.instructions = 'Lies <script>alert(1)</script>')),
    problems: [['markup-in-field', { where: FILE, field: 'instructions', found: '<script>' }]],
  },
  {
    name: 'HTML in the article title',
    text: edited(handOut(), (j) => (j.closeReaderAssignment.document.title = '<b>x</b>')),
    problems: [['markup-in-field', { where: FILE, field: 'document title', found: '<b>' }]],
  },
  {
    name: 'HTML in a category name',
    text: edited(handOut(), (j) => (j.closeReaderScheme['@graph'][1]['skos:prefLabel'] = '<svg onload=alert(1)>')),
    problems: [['markup-in-field', { where: `${FILE}: closeReaderScheme: actor`, field: 'name', found: '<svg onload=alert(1)>' }]],
  },
  {
    name: 'HTML in a definition',
    text: edited(handOut(), (j) => (j.closeReaderScheme['@graph'][1]['skos:definition'] = [{ '@value': 'a <i>b</i>', '@language': 'de' }])),
    problems: [['markup-in-field', { where: `${FILE}: closeReaderScheme: actor`, field: 'definition', found: '<i>' }]],
  },
  { name: 'a digest that is none', text: edited(handOut(), (j) => (j.closeReaderAssignment.document.digest = 'md5:1')), problems: [['not-a-digest', { where: `${entry}.document.digest` }]] },
  { name: 'a due day that is none', text: edited(handOut(), (j) => (j.closeReaderAssignment.due = '2026-02-30')), problems: [['assignment-date-invalid', { where: FILE, field: 'due', found: '2026-02-30' }]] },
  {
    name: 'another scheme than the assignment names',
    text: edited(handOut(), (j) => (j.closeReaderAssignment.schemeIri = 'tag:x,2026:s')),
    problems: [['assignment-scheme-mismatch', { file: FILE, expected: 'tag:x,2026:s', found: SCHEME.iri }]],
  },
  {
    name: 'an own document without its text',
    text: edited(handOut(false), (j) => delete j.closeReaderDocuments),
    problems: [['wrong-type', { where: `${FILE}: closeReaderDocuments`, expected: 'a non-empty array' }]],
  },
];

const handInCases: Case[] = [
  { name: 'a truncated hand-in', text: JSON.stringify(handIn()).slice(0, 100), problems: [['not-json', { file: FILE, reason: 'Unterminated string in JSON at position 100' }]] },
  { name: 'a hand-out', text: JSON.stringify(handOut()), problems: [['not-an-assignment-file', { file: FILE, expected: 'hand-in', found: 'hand-out' }]] },
  { name: 'a hand-in of 60 MB', text: '{}', bytes: 60 * 2 ** 20, problems: [['too-large', { file: FILE, megabytes: 60 }]] },
  { name: 'HTML in the student’s name', text: edited(handIn(), (j) => (j.creator.name = '<img src=x onerror=alert(1)>')), problems: [['markup-in-field', { where: FILE, field: 'creator.name', found: '<img src=x onerror=alert(1)>' }]] },
  { name: 'no student', text: edited(handIn(), (j) => delete j.creator), problems: [['wrong-type', { where: `${FILE}: creator.name`, expected: 'a non-empty string', found: 'nothing' }]] },
  { name: 'part of no urn:uuid', text: edited(handIn(), (j) => (j['dcterms:isPartOf'] = 'nope')), problems: [['assignment-id-invalid', { where: `${FILE}: dcterms:isPartOf`, found: 'nope' }]] },
  { name: 'a handed-in time that is none', text: edited(handIn(), (j) => (j.generated = 'gestern')), problems: [['assignment-date-invalid', { where: FILE, field: 'generated', found: 'gestern' }]] },
];

function check(parse: (text: string, file: string, bytes?: number) => { ok: boolean; problems?: readonly { code: string; params: unknown }[] }, cases: readonly Case[]): void {
  for (const { name, text, bytes, problems } of cases) {
    it(`refuses ${name}`, () => {
      const result = parse(text, FILE, bytes ?? text.length);
      assert.equal(result.ok, false);
      assert.deepEqual(result.problems!.map((p) => [p.code, p.params]), problems);
    });
  }
}

describe('parseHandOut refuses bad hand-outs, naming the problem', () => check(parseHandOut, handOutCases));
describe('parseHandIn refuses bad hand-ins, naming the problem', () => check(parseHandIn, handInCases));

describe('what the library decides', () => {
  const parsed = parseHandOut(JSON.stringify(handOut()), FILE);
  if (!parsed.ok) throw new Error('the good hand-out must parse');
  const iri = handOutDocument(true).iri;
  it('refuses a hand-out whose digest differs from the bundled article’s', () => {
    assert.deepEqual(bundledArticleProblem(parsed.value, FILE, [{ iri, digest: `sha256:${'cd'.repeat(32)}` }])?.code, 'hand-out-digest-differs');
    assert.deepEqual(bundledArticleProblem(parsed.value, FILE, [{ iri, digest: `sha256:${'cd'.repeat(32)}` }])?.params, { file: FILE, title: 'Zweierlei Solidarität', iri });
  });
  it('refuses one of a bundled article this library does not have, and accepts the same text', () => {
    assert.deepEqual(bundledArticleProblem(parsed.value, FILE, [])?.code, 'hand-out-article-unknown');
    assert.equal(bundledArticleProblem(parsed.value, FILE, [{ iri, digest: ARTICLE_DIGEST }]), undefined);
  });
  it('refuses a hand-in for an unknown assignment', () => {
    const read = parseHandIn(JSON.stringify(handIn()), FILE);
    if (!read.ok) throw new Error('the good hand-in must parse');
    assert.deepEqual(unknownAssignmentProblem(read.value, FILE, [{ id: 'other' }]), {
      code: 'hand-in-unknown-assignment',
      params: { file: FILE, title: 'Akteure finden', student: 'Lea' },
      message: `${FILE}: a hand-in of "Akteure finden" by Lea, an assignment this browser does not have`,
    });
    assert.equal(unknownAssignmentProblem(read.value, FILE, [{ id: makeAssignment().id }]), undefined);
  });
});

describe('never throws, whatever the file', () => {
  /** A good file with one field, anywhere in it, replaced by any JSON value. */
  function mutated(file: Json, path: number[], value: unknown): string {
    let node: any = file; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const step of path) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      if (typeof node[key] !== 'object' || node[key] === null || step % 3 === 0) {
        node[key] = value;
        break;
      }
      node = node[key];
    }
    return JSON.stringify(file);
  }

  it('gives a result for any JSON and for any good file with one field changed', () => {
    fc.assert(
      fc.property(fc.json(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (json, path, value) => {
        for (const text of [json, mutated(handOut(false), path, value), mutated(handIn(), path, value)]) {
          assert.equal(typeof parseHandOut(text, FILE).ok, 'boolean');
          assert.equal(typeof parseHandIn(text, FILE).ok, 'boolean');
        }
      }),
      { numRuns: 300 },
    );
  });
});
