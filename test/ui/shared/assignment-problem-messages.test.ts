/**
 * The problems of hand-outs and hand-ins said word for word in both languages (issue 15): made by
 * the model itself from a bad file, so the parameters are the model's, not a guess.
 */
import { expect } from '@open-wc/testing';
import { parseHandOut, toHandOut } from '../../../src/model/assignments/hand-out.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeProblem } from '../../../src/ui/shared/problem-messages.js';
import { handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';

describe('assignment problems in the reader’s language', () => {
  after(() => applyLocale('en'));
  const file = toHandOut(makeAssignment({ instructions: 'Lies <script>alert(1)</script>' }), handOutDocument(true), SCHEME, SCHEME_CATEGORIES);
  const parsed = parseHandOut(JSON.stringify(file), 'aufgabe.jsonld');
  const problem = parsed.ok ? undefined : parsed.problems[0];

  it('says HTML in the instructions, naming the file, the field and the tag', async () => {
    await applyLocale('de');
    expect(describeProblem(problem!)).to.equal(
      'aufgabe.jsonld: die Aufgabenstellung enthält HTML (<script>). Close Reader nimmt hier nur reinen Text, daher wurde nichts geöffnet oder gespeichert.',
    );
    await applyLocale('en');
    expect(describeProblem(problem!)).to.equal('aufgabe.jsonld: the instructions contains HTML (<script>). Close Reader takes plain text here, so nothing was opened or saved.');
  });

  it('says a hand-in opened as a hand-out', async () => {
    const wrong = parseHandOut(JSON.stringify({ closeReaderAssignment: { kind: 'hand-in' } }), 'abgabe.jsonld');
    await applyLocale('de');
    expect(describeProblem(wrong.ok ? (undefined as never) : wrong.problems[0]!)).to.equal('abgabe.jsonld ist eine Abgabe, nicht eine Aufgabe zum Austeilen. Nichts wurde geöffnet.');
  });
});
