/**
 * Quotes as the interface writes them (src/ui/shared/quote-format.ts): in the language's marks, a
 * long one cut at a word, and a passage tagged with its own marks („…“, »…«) never in a second pair
 * (the statistics' speakers table, the CSV's links and the class views showed „„…““).
 *   node --import tsx --test test/ui/shared/quote-format.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatQuote, inQuotes } from '../../../src/ui/shared/quote-format.js';

describe('formatQuote', () => {
  const cases: [text: string, locale: string, max: number, expected: string][] = [
    ['Mall Magdeen', 'de', 40, '„Mall Magdeen“'],
    ['Mall Magdeen', 'en', 40, '“Mall Magdeen”'],
    ['„Es ist unglaublich, was die Anwohner für uns tun“', 'de', 80, '„Es ist unglaublich, was die Anwohner für uns tun“'],
    ['„Es ist unglaublich, was die Anwohner für uns tun“', 'en', 80, '„Es ist unglaublich, was die Anwohner für uns tun“'],
    ['»Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«', 'en', 100, '»Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«'],
    ['„Es ist unglaublich, was die Anwohner für uns tun“', 'de', 20, '„Es ist unglaublich, …“'],
    ['Es ist unglaublich, was die Anwohner\n für uns tun', 'de', 20, '„Es ist unglaublich, …“'],
    // Marks at one end only are part of the passage, not its frame.
    ['„Wir helfen', 'de', 40, '„„Wir helfen“'],
    ['"', 'en', 40, '“"”'],
  ];
  for (const [text, locale, max, expected] of cases) {
    it(`${JSON.stringify(text)} (${locale}, ${max}) → ${expected}`, () => assert.equal(formatQuote(text, locale, max), expected));
  }
});

describe('inQuotes', () => {
  it('wraps a passage without marks of its own, and leaves one with them', () => {
    assert.deepEqual(
      [inQuotes('das Amt', 'de'), inQuotes('das Amt', 'en'), inQuotes('„Wir helfen.“', 'en'), inQuotes("'tis", 'en')],
      ['„das Amt“', '“das Amt”', '„Wir helfen.“', "“'tis”"],
    );
  });
});
