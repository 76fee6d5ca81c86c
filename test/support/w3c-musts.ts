/**
 * The W3C Web Annotation test suite (shared/w3c-annotation-tests, copied from
 * w3c/web-annotation-tests) loaded for node tests: its definitions in one ajv (draft-04) with the
 * two formats it uses, and the MUST assertions of annotations, collections and pages, each a JSON
 * Schema that a conforming document satisfies. `failures` names every assertion a document breaks.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.CLOSE_READER_SHARED ?? path.resolve(repoRoot, '..', 'shared');
/** The folder of the suite. */
export const suite = path.join(shared, 'w3c-annotation-tests');
assert.ok(
  existsSync(path.join(suite, 'definitions')),
  `The W3C annotation test suite is not at ${suite}. Set CLOSE_READER_SHARED to the folder that holds w3c-annotation-tests/.`,
);

/** The validator every schema of the suite is compiled with. */
export const ajv = new Ajv({ allErrors: true, strict: false });
// The suite's bookkeeping keywords, not validation keywords.
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
// The suite uses two formats; ajv-formats is not installed, so they are defined here.
// `uri` (RFC 3986 absolute URI): a scheme, a colon, then only characters a URI may hold.
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9a-f]{2})*$/i);
// `date-time` (RFC 3339, section 5.6), and a real date.
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)));
for (const file of readdirSync(path.join(suite, 'definitions')).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(readJson(path.join(suite, 'definitions', file)) as object);
}

/** One assertion of the suite, compiled. */
export interface Assertion {
  readonly file: string;
  readonly validate: ValidateFunction;
}

/** The assertions a .test file lists, each compiled; checks that each really is a MUST. */
export function assertionsOf(testFile: string): Assertion[] {
  const listed = (readJson(path.join(suite, testFile)) as { assertions: string[] }).assertions;
  return listed.map((file) => {
    const schema = readJson(path.join(suite, file)) as { assertionType: string; expectedResult: string };
    assert.equal(schema.assertionType, 'must', `${file} is listed as a MUST`);
    assert.equal(schema.expectedResult, 'valid', `${file} expects a conforming document to be valid`);
    return { file, validate: ajv.compile(schema) };
  });
}

/** The MUSTs of an annotation, of a collection, of a page. */
export const annotationMusts = assertionsOf('annotations/annotationMusts.test');
export const collectionMusts = assertionsOf('collections/collectionMusts.test');
export const pageMusts = assertionsOf('collections/pages/pageMusts.test');

/** Every assertion of `assertions` that `document` breaks, with ajv's reasons. */
export function failures(assertions: readonly Assertion[], document: unknown): string[] {
  return assertions.filter(({ validate }) => !validate(document)).map(({ file, validate }) => `${file}: ${ajv.errorsText(validate.errors)}`);
}

/** A JSON file's content. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
