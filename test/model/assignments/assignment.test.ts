/**
 * An assignment's own fields (issue 15): a new one is trimmed and gets the default rules; what a
 * hand-out refuses is refused here first (markup, empty or long fields, dates that are none), and
 * ordinary text with a "<" in it is not markup.
 */
import { expect } from '@open-wc/testing';
import { assignmentIdOf, assignmentIri, assignmentProblems, DEFAULT_RULES, markupProblem, newAssignment } from '../../../src/model/assignments/assignment.js';
import { makeAssignment } from '../../support/assignments.js';

describe('an assignment', () => {
  it('is made trimmed, with the default rules, its id lower case and exported as urn:uuid', () => {
    const document = { id: '001', iri: 'tag:x/001', digest: `sha256:${'0'.repeat(64)}`, title: 'T' };
    const made = newAssignment({ title: '  Akteure ', instructions: ' Lies. ', document, schemeIri: 'tag:s' }, 'ABCDEF01-2345-4678-9ABC-DEF012345678', '2026-01-01T00:00:00.000Z');
    expect(made).to.deep.equal({
      id: 'abcdef01-2345-4678-9abc-def012345678',
      title: 'Akteure',
      instructions: 'Lies.',
      document,
      schemeIri: 'tag:s',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      rules: DEFAULT_RULES,
    });
    expect(assignmentIri(made.id)).to.equal('urn:uuid:abcdef01-2345-4678-9abc-def012345678');
    expect(assignmentIdOf('urn:uuid:ABCDEF01-2345-4678-9ABC-DEF012345678')).to.equal(made.id);
    expect(assignmentIdOf('https://x.test/abcdef01-2345-4678-9abc-def012345678')).to.equal(undefined);
  });

  const markup: [string, string | undefined][] = [
    ['<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['</b>', '</b>'],
    ['<!-- x -->', '<!-- x -->'],
    ['a < b and c > d', undefined],
    ['x<3', undefined],
    ['wenn a<b, dann', undefined],
    ['<<>>', undefined],
  ];
  for (const [text, found] of markup) {
    it(`${found ? 'refuses' : 'accepts'} ${JSON.stringify(text)}`, () => {
      expect(markupProblem(text, 'a.jsonld', 'title')?.params).to.deep.equal(found === undefined ? undefined : { where: 'a.jsonld', field: 'title', found });
    });
  }

  it('names every problem of its fields', () => {
    const bad = makeAssignment({ title: ' ', instructions: 'x'.repeat(20_001), due: '2026-13-01', created: 'gestern' });
    expect(assignmentProblems(bad, 'assignment').map((p) => [p.code, p.params])).to.deep.equal([
      ['assignment-field-empty', { where: 'assignment', field: 'title' }],
      ['assignment-field-too-long', { where: 'assignment', field: 'instructions', max: 20_000 }],
      ['assignment-date-invalid', { where: 'assignment', field: 'created', found: 'gestern' }],
      ['assignment-date-invalid', { where: 'assignment', field: 'due', found: '2026-13-01' }],
    ]);
    expect(assignmentProblems(makeAssignment(), 'assignment')).to.deep.equal([]);
  });
});
