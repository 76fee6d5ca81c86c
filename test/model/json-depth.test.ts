/**
 * The one guard against JSON nested too deep (src/model/json-depth.ts, issue 12), as a
 * specification: how depth is counted; every file we and other tools write nests far below the
 * limit; and both parsers of imported files, the scheme file's and the annotation file's, refuse a
 * file nested one level past it, or 100,000 levels deep (which overflowed the stack with no message
 * before), with the code 'too-deep', and read a file nested exactly to the limit.
 */
import { expect } from '@open-wc/testing';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeep } from '../../src/model/json-depth.js';
import type { Result } from '../../src/model/result.js';
import { parseSkosScheme } from '../../src/model/schemes/skos.js';
import { parseAnnotationFile } from '../../src/model/w3c/w3c.js';
import { deepAnnotation, deepScheme, nestedObjects } from '../support/scheme-files.js';

describe('nestsDeeperThan', () => {
  const cases: [string, unknown, number, boolean][] = [
    ['a number has depth 0', 1, 0, false],
    ['null has depth 0', null, 0, false],
    ['an empty list has depth 1', [], 0, true],
    ['an empty list is not deeper than 1', [], 1, false],
    ['[{}] has depth 2', [{}], 1, true],
    ['[{}] is not deeper than 2', [{}], 2, false],
    ['the deepest branch counts, not the first', { a: 1, b: [[[]]], c: {} }, 3, true],
    ['{"b":[[[]]]} is depth 4', { a: 1, b: [[[]]], c: {} }, 4, false],
    ['100 objects in one another are not deeper than 100', JSON.parse(nestedObjects(100)), 100, false],
    ['101 are', JSON.parse(nestedObjects(101)), 100, true],
    ['100,000 are, and the walk does not overflow the stack', JSON.parse(nestedObjects(100_000)), 100, true],
  ];
  for (const [name, value, max, expected] of cases) {
    it(name, () => expect(nestsDeeperThan(value, max)).to.equal(expected));
  }

  it('lets every file we and other tools write pass with room to spare: none nests deeper than 10', async () => {
    const files = [
      'w3c/annotation.jsonld', 'w3c/array.jsonld', 'w3c/close-reader-collection.jsonld', 'w3c/collection-items.jsonld',
      'w3c/page.jsonld', 'w3c/hypothesis.json', 'w3c/recogito.json', 'files/rahmung.jsonld',
    ];
    for (const file of files) {
      const json: unknown = await (await fetch(`/test/fixtures/${file}`)).json();
      expect(nestsDeeperThan(json, 10), file).to.equal(false);
    }
  });

  it('names the file and the limit', () => {
    expect(tooDeep(JSON.parse(nestedObjects(101)), 'tief.json')).to.deep.equal({
      code: 'too-deep',
      params: { file: 'tief.json', max: 100 },
      message: 'tief.json: the file is nested more than 100 levels deep; Close Reader reads files nested up to 100 levels',
    });
    expect(tooDeep(JSON.parse(nestedObjects(100)), 'tief.json')).to.equal(undefined);
  });
});

describe('a file nested too deep, in both parsers of imported files', () => {
  const parsers: [string, (depth: number) => string, (text: string) => Result<unknown>][] = [
    ['a scheme file', deepScheme, (text) => parseSkosScheme(text, 'tief.jsonld')],
    ['an annotation file', deepAnnotation, (text) => parseAnnotationFile(text, 'tief.jsonld')],
  ];
  for (const [kind, make, parse] of parsers) {
    it(`${kind} nested exactly ${MAX_JSON_DEPTH} levels deep is read`, () => {
      expect(nestsDeeperThan(JSON.parse(make(MAX_JSON_DEPTH)), MAX_JSON_DEPTH - 1), 'the file is as deep as it says').to.equal(true);
      const result = parse(make(MAX_JSON_DEPTH));
      expect(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n')).to.equal(true);
    });

    for (const depth of [MAX_JSON_DEPTH + 1, 100_000]) {
      it(`${kind} nested ${depth.toLocaleString('en')} levels deep is refused with 'too-deep', never a throw`, () => {
        const result = parse(make(depth));
        expect(result).to.deep.equal({
          ok: false,
          problems: [
            {
              code: 'too-deep',
              params: { file: 'tief.jsonld', max: 100 },
              message: 'tief.jsonld: the file is nested more than 100 levels deep; Close Reader reads files nested up to 100 levels',
            },
          ],
        });
      });
    }
  }
});
