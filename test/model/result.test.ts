/**
 * The one outcome shape (src/model/result.ts) as a specification: what each constructor builds,
 * so that every parser and edit answers alike.
 */
import { expect } from '@open-wc/testing';
import { fail, failAll, messages, ok, problem } from '../../src/model/result.js';

describe('result', () => {
  const warning = problem('not-a-date', { where: 'f.json, annotation 1: created', found: '"gestern"' }, 'f.json, annotation 1: created: "gestern" is not a date');
  const cases: { name: string; built: unknown; expected: unknown }[] = [
    { name: 'a problem: code, params, message', built: warning, expected: { code: 'not-a-date', params: { where: 'f.json, annotation 1: created', found: '"gestern"' }, message: 'f.json, annotation 1: created: "gestern" is not a date' } },
    { name: 'a success without warnings', built: ok(42), expected: { ok: true, value: 42, warnings: [] } },
    { name: 'a success with its warnings', built: ok('x', [warning]), expected: { ok: true, value: 'x', warnings: [warning] } },
    { name: 'a failure of one problem', built: fail('too-large', { file: 'f.json', megabytes: 51 }, 'f.json: too large'), expected: { ok: false, problems: [{ code: 'too-large', params: { file: 'f.json', megabytes: 51 }, message: 'f.json: too large' }] } },
    { name: 'a failure of every problem found, in order', built: failAll([warning, warning]), expected: { ok: false, problems: [warning, warning] } },
  ];
  for (const { name, built, expected } of cases) it(`builds ${name}`, () => expect(built).to.deep.equal(expected));

  it('lists the English messages of problems, in order', () => {
    expect(messages([warning, problem('x', {}, 'second')])).to.deep.equal([warning.message, 'second']);
  });
});
