/**
 * The hand-in box in the hand-out (issue 18, Assignment.handInBox): written beside the assignment
 * entry with a `@context` term that makes it an IRI for JSON-LD readers, read back exactly; a box
 * that is no absolute http(s) URL of a container is refused naming file and field; a hand-out
 * without a box is, byte for byte, the file Close Reader wrote before there were boxes. Runs under
 * node:test:
 *   node --import tsx --test test/model/assignments/hand-in-box-field.node.test.ts
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assignmentProblems, isHandInBoxUrl } from '../../../src/model/assignments/assignment.js';
import { ASSIGNMENT_CONTEXT, HAND_OUT_WITH_BOX_CONTEXT } from '../../../src/model/assignments/assignment-file.js';
import { parseHandOut, toHandOut } from '../../../src/model/assignments/hand-out.js';
import type { Problem } from '../../../src/model/result.js';
import { handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';

const FILE = 'Akteure finden.jsonld';
const BOX = 'https://pod.schule.example/frau-weber/akteure-finden/';
type Json = Record<string, unknown>;

/** The hand-out of the test assignment with `box` (none: undefined), as JSON text. */
function handOutText(box: string | undefined, bundled = true): string {
  return JSON.stringify(toHandOut(makeAssignment(box === undefined ? {} : { handInBox: box }), handOutDocument(bundled), SCHEME, SCHEME_CATEGORIES), null, 2);
}

/** The codes and parameters of `problems`: what the UI words. */
const pinned = (problems: readonly Problem[]) => problems.map((entry) => [entry.code, entry.params]);

describe('the hand-in box in the hand-out', () => {
  it('is written beside the assignment entry, declared as an IRI in the @context', () => {
    const file = JSON.parse(handOutText(BOX)) as Json;
    assert.equal(file.handInBox, BOX);
    assert.deepEqual(file['@context'], [
      'http://www.w3.org/ns/anno.jsonld',
      {
        dcterms: 'http://purl.org/dc/terms/',
        closeReaderAssignment: { '@id': 'tag:close-reader.app,2026:closeReaderAssignment', '@type': '@json' },
        closeReaderScheme: { '@id': 'tag:close-reader.app,2026:closeReaderScheme', '@type': '@json' },
        closeReaderDocuments: { '@id': 'tag:close-reader.app,2026:closeReaderDocuments', '@type': '@json' },
        handInBox: { '@id': 'tag:close-reader.app,2026:vocab#handInBox', '@type': '@id' },
      },
    ]);
    assert.equal('handInBox' in (file.closeReaderAssignment as Json), false);
  });

  it('reads back exactly, bundled article or carried', () => {
    for (const bundled of [true, false]) {
      const parsed = parseHandOut(handOutText(BOX, bundled), FILE);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((entry) => entry.message).join('\n'));
      assert.deepEqual(parsed.value.assignment, makeAssignment({ handInBox: BOX }));
    }
  });

  it('any box that is an http(s) container URL reads back as written (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/);
    const box = fc
      .record({
        scheme: fc.constantFrom('http', 'https'),
        host: fc.constantFrom('localhost', 'pod.example', '127.0.0.1', '[::1]', 'schüler.example'),
        port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        path: fc.array(segment, { maxLength: 4 }),
      })
      .map(({ scheme, host, port, path }) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}/${path.map((part) => `${part}/`).join('')}`);
    fc.assert(
      fc.property(box, (url) => {
        const parsed = parseHandOut(handOutText(url), FILE);
        assert.ok(parsed.ok, url);
        assert.equal(parsed.value.assignment.handInBox, url);
      }),
      { numRuns: 100 },
    );
  });

  it('a hand-out without a box is the file written before there were boxes, byte for byte', () => {
    // sha256 of this very hand-out as the code before the box (commit 5271e94) wrote it: no term, no property.
    const before = {
      bundled: 'ba45b84f7a983ba544bc0e2a9dfe5f9d0065e7b89eeb72ba44bb7bd15ff14eb8',
      carried: '12eeccd3b855a68f8c24160161809f155f5d26179be5560216203260cc0163d3',
    };
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    assert.deepEqual({ bundled: sha256(handOutText(undefined, true)), carried: sha256(handOutText(undefined, false)) }, before);
    const file = JSON.parse(handOutText(undefined)) as Json;
    assert.deepEqual([file['@context'], 'handInBox' in file], [JSON.parse(JSON.stringify(ASSIGNMENT_CONTEXT)), false]);
    const read = parseHandOut(handOutText(undefined), FILE);
    assert.ok(read.ok);
    assert.equal('handInBox' in read.value.assignment, false);
    // With a box, the file is that one plus the term and the property, and nothing else.
    const withBox = JSON.parse(handOutText(BOX)) as Json;
    const { handInBox: _box, '@context': context, ...rest } = withBox;
    const { '@context': _context, ...restWithout } = file;
    assert.deepEqual([rest, context], [restWithout, JSON.parse(JSON.stringify(HAND_OUT_WITH_BOX_CONTEXT))]);
  });

  const refused: [string, unknown, string][] = [
    ['not http(s)', 'ftp://pod.example/box/', 'ftp://pod.example/box/'],
    ['relative', '/frau-weber/box/', '/frau-weber/box/'],
    ['no container (no closing slash)', 'https://pod.example/box', 'https://pod.example/box'],
    ['a user name and password in it', 'https://lea:geheim@pod.example/box/', 'https://lea:geheim@pod.example/box/'],
    ['a query', 'https://pod.example/box/?all=1', 'https://pod.example/box/?all=1'],
    ['a space', 'https://pod.example/my box/', 'https://pod.example/my box/'],
    ['script', 'javascript:alert(1)//', 'javascript:alert(1)//'],
    ['empty', '', ''],
    ['not a string', 42, '42'],
    ['a list', ['https://pod.example/box/'], '["https://pod.example/box/"]'],
  ];
  for (const [name, box, found] of refused) {
    it(`refuses a box that is ${name}, naming file and field`, () => {
      const file = JSON.parse(handOutText(BOX)) as Json;
      file.handInBox = box;
      const parsed = parseHandOut(JSON.stringify(file), FILE);
      assert.equal(parsed.ok, false);
      assert.deepEqual(pinned(parsed.ok ? [] : parsed.problems), [['assignment-box-invalid', { where: FILE, field: 'handInBox', found }]]);
    });
  }

  it('the assignment form refuses such a box as well', () => {
    assert.deepEqual(pinned(assignmentProblems(makeAssignment({ handInBox: 'pod.example/box/' }), 'assignment')), [
      ['assignment-box-invalid', { where: 'assignment', field: 'handInBox', found: 'pod.example/box/' }],
    ]);
    assert.deepEqual(assignmentProblems(makeAssignment({ handInBox: BOX }), 'assignment'), []);
    assert.deepEqual(
      ['http://localhost:3000/teacher/box/', 'https://pod.example/', 'http://[::1]:9/box/', 'https://pod.example:99999/box/ '].map(isHandInBoxUrl),
      [true, true, true, false],
    );
  });
});
