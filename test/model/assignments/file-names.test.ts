/**
 * File names of hand-outs and hand-ins (issue 15): a table of the names a class really types, and a
 * property: whatever the title and the name, the file name is safe on Windows, macOS and Linux.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { handInFileName, handOutFileName, MAX_FILE_BASE, safeFileBase } from '../../../src/model/assignments/file-names.js';

const handOuts: [string, string, string][] = [
  ['a German title keeps its umlauts', 'Zweierlei Solidarität: Akteure finden', 'Zweierlei Solidarität- Akteure finden.jsonld'],
  ['every forbidden character becomes a hyphen', 'a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.jsonld'],
  ['control characters and line breaks', 'Teil\u00001\nund\t2\u202e', 'Teil-1 und 2-.jsonld'],
  ['no dot or space at either end', ' ..Aufgabe 3. ', 'Aufgabe 3.jsonld'],
  ['a Windows device name gets a suffix', 'CON', 'CON_.jsonld'],
  ['a device name with an extension too', 'nul.txt', 'nul.txt_.jsonld'],
  ['com1 in lower case', 'com1', 'com1_.jsonld'],
  ['a word that only starts like one is fine', 'Console', 'Console.jsonld'],
  ['empty gives the fallback', '', 'Aufgabe.jsonld'],
  ['only dots gives the fallback', '...', 'Aufgabe.jsonld'],
  ['cut at 100 characters, not inside an emoji', `${'a'.repeat(99)}🙂🙂`, `${'a'.repeat(99)}🙂.jsonld`],
];

const handIns: [string, [string, string, string], string][] = [
  ['assignment, student and day', ['Akteure finden', 'Lea M.', '2026-03-04T10:00:00.000Z'], 'Akteure finden_Lea M_2026-03-04.jsonld'],
  ['a pseudonym with slashes', ['Aufgabe 1', 'x/y', '2026-03-04'], 'Aufgabe 1_x-y_2026-03-04.jsonld'],
  ['an empty name', ['Aufgabe 1', '  ', '2026-03-04'], 'Aufgabe 1_Schüler_2026-03-04.jsonld'],
  ['a long title and name stay within 100', ['T'.repeat(150), 'N'.repeat(50), '2026-03-04'], `${'T'.repeat(60)}_${'N'.repeat(28)}_2026-03-04.jsonld`],
];

describe('assignment file names', () => {
  for (const [name, title, expected] of handOuts) it(`hand-out: ${name}`, () => expect(handOutFileName(title)).to.equal(expected));
  for (const [name, [title, student, day], expected] of handIns) it(`hand-in: ${name}`, () => expect(handInFileName(title, student, day)).to.equal(expected));

  it('is safe on every OS, whatever the title and the name', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('/', '\\', ':', '*', '?', '"', '<', '>', '|', '.', ' ', '\u0000', '\n', 'ä', '🙂', 'CON'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 200 });
    fc.assert(
      fc.property(text, text, (title, student) => {
        for (const name of [handOutFileName(title), handInFileName(title, student, '2026-01-02')]) {
          const base = name.slice(0, -'.jsonld'.length);
          expect(name.endsWith('.jsonld')).to.equal(true);
          expect(base).not.to.match(/[/\\:*?"<>|\p{Cc}\p{Cf}]/u);
          expect(base).not.to.match(/^[. ]|[. ]$/);
          expect([...base].length).to.be.within(1, MAX_FILE_BASE);
          expect(base.split('.')[0]!).not.to.match(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a name that is safe as it is', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-zäöüß][A-Za-z0-9äöüß -]{0,40}[A-Za-z0-9äöüß]$/), (name) => {
      expect(safeFileBase(name, 'x')).to.equal(name.replace(/\s+/g, ' '));
    }));
  });
});
