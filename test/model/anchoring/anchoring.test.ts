import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeForMatching, normalizedOffset } from '../../../src/model/anchoring/anchor-scoring.js';
import { anchorAll, type AnchorResult, type AnchorTarget, TextAnchorIndex } from '../../../src/model/anchoring/anchoring.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { loadShippedBodies } from '../../support/articles.js';

/** The start of the `nth` occurrence (0-based) of `quote` in `text`. */
function nthIndexOf(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return at;
}

/** The stored shape of the `nth` occurrence of `quote`: quote, 32 characters of context either side, position. */
function storedTarget(text: string, quote: string, nth = 0): AnchorTarget {
  const start = nthIndexOf(text, quote, nth);
  return describeRange(text, start, start + quote.length);
}

/** A text with `inserted` put in before the first occurrence of `before`. */
function insertBefore(text: string, before: string, inserted: string): string {
  const at = nthIndexOf(text, before);
  return text.slice(0, at) + inserted + text.slice(at);
}

/** A text with its paragraph (block) that starts with `opening` moved to the end. */
function moveParagraphToEnd(text: string, opening: string): string {
  const blocks = text.split('\n\n');
  const index = blocks.findIndex((block) => block.startsWith(opening));
  if (index < 0) throw new Error(`no paragraph starts with "${opening}"`);
  const [moved] = blocks.splice(index, 1);
  return [...blocks, moved].join('\n\n');
}

function replaceOnce(text: string, from: string, to: string): string {
  nthIndexOf(text, from);
  return text.replace(from, () => to);
}

function placedText(text: string, result: AnchorResult): string | undefined {
  return result.status === 'placed' ? text.slice(result.start, result.end) : undefined;
}

const INSERTED_SENTENCE = 'Aktualisiert: Dieser Artikel wurde am Freitag um eine Stellungnahme ergänzt. ';

describe('anchoring a stored quote in an edited article', () => {
  const texts = new Map<string, string>();
  before(async () => {
    for (const body of await loadShippedBodies()) texts.set(body.id, canonicalText(body.blocks));
  });
  const textOf = (id: string): string => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`no shipped article ${id}`);
    return text;
  };

  interface EditCase {
    readonly name: string;
    readonly article: string;
    /** The quote as it was annotated (its first occurrence, or the `nth`). */
    readonly quote: string;
    readonly nth?: number;
    readonly edit: (text: string) => string;
    /** What the placed range must hold in the edited text (its `expectedNth` occurrence), or null for unplaced. */
    readonly expected: string | null;
    readonly expectedNth?: number;
    readonly method?: 'stored-range' | 'exact' | 'approximate';
  }

  const SANCTUARY = 'sanctuary-cities-gegen-trump';
  const SOLIDARITY = 'zweierlei-solidaritaet';
  const ICE = 'ice-einsatz-minneapolis';
  const KELLY = 'kelly-keine-massenabschiebungen';

  const cases: EditCase[] = [
    {
      name: 'the text unchanged: the stored range',
      article: KELLY,
      quote: 'Es wird keine, ich wiederhole keine Massenabschiebungen geben',
      edit: (text) => text,
      expected: 'Es wird keine, ich wiederhole keine Massenabschiebungen geben',
      method: 'stored-range',
    },
    {
      name: 'a misspelt word corrected inside the quote',
      article: SOLIDARITY,
      quote: 'das auch den undokumentierten Bewohneren der Stadt den Zugang',
      edit: (text) => replaceOnce(text, 'Bewohneren', 'Bewohnern'),
      expected: 'das auch den undokumentierten Bewohnern der Stadt den Zugang',
      method: 'approximate',
    },
    {
      name: 'a number corrected inside the quote',
      article: ICE,
      quote: 'Nur 21 Prozent sind zufrieden mit der Umsetzung der Wahlversprechen.',
      edit: (text) => replaceOnce(text, 'Nur 21 Prozent', 'Nur 23 Prozent'),
      expected: 'Nur 23 Prozent sind zufrieden mit der Umsetzung der Wahlversprechen.',
      method: 'approximate',
    },
    {
      name: 'a word corrected and the text before it grown',
      article: SANCTUARY,
      quote: 'sagte Bürgermeister Ed Lee',
      edit: (text) => INSERTED_SENTENCE + replaceOnce(text, 'Bürgermeister Ed Lee', 'Bürgermeister Edwin M. Lee'),
      expected: 'sagte Bürgermeister Edwin M. Lee',
      method: 'approximate',
    },
    {
      name: 'a sentence inserted before the passage (positions shift)',
      article: KELLY,
      quote: 'Es wird keine, ich wiederhole keine Massenabschiebungen geben',
      edit: (text) => INSERTED_SENTENCE + text,
      expected: 'Es wird keine, ich wiederhole keine Massenabschiebungen geben',
      method: 'exact',
    },
    {
      name: 'its paragraph moved to the end of the article',
      article: SANCTUARY,
      quote: 'Die Polizei in Los Angeles würde auch weiterhin keine Menschen befragen dürfen',
      edit: (text) => moveParagraphToEnd(text, 'Daran soll sich'),
      expected: 'Die Polizei in Los Angeles würde auch weiterhin keine Menschen befragen dürfen',
      method: 'exact',
    },
    {
      name: 'its paragraph moved, the quote opening it (the prefix changed)',
      article: SANCTUARY,
      quote: 'Daran soll sich auch trotz der Drohungen aus Washington nichts ändern.',
      edit: (text) => moveParagraphToEnd(text, 'Daran soll sich'),
      expected: 'Daran soll sich auch trotz der Drohungen aus Washington nichts ändern.',
      method: 'exact',
    },
    {
      name: 'straight quotation marks made typographic („…“) inside the quote',
      article: SANCTUARY,
      quote: 'Einwanderer hier "in Angst leben", sagte',
      edit: (text) => replaceOnce(text, '"in Angst leben"', '„in Angst leben“'),
      expected: 'Einwanderer hier „in Angst leben“, sagte',
      method: 'approximate',
    },
    {
      name: 'typographic quotation marks made straight, text before grown',
      article: ICE,
      quote: 'für die „Operation Metro Surge“ mehr als 3000 Beamte',
      edit: (text) => INSERTED_SENTENCE + replaceOnce(text, '„Operation Metro Surge“', '"Operation Metro Surge"'),
      expected: 'für die "Operation Metro Surge" mehr als 3000 Beamte',
      method: 'approximate',
    },
    {
      name: 'guillemets (»…«) made German quotation marks („…“)',
      article: SOLIDARITY,
      quote: 'das Rettungsschiff »Aquarius« mit',
      edit: (text) => replaceOnce(text, '»Aquarius«', '„Aquarius“'),
      expected: 'das Rettungsschiff „Aquarius“ mit',
      method: 'approximate',
    },
    {
      name: 'a space doubled inside the quote',
      article: SANCTUARY,
      quote: 'Die Reaktion aus Kalifornien ließ kaum eine Stunde auf sich warten.',
      edit: (text) => replaceOnce(text, 'Kalifornien ließ', 'Kalifornien  ließ'),
      expected: 'Die Reaktion aus Kalifornien  ließ kaum eine Stunde auf sich warten.',
      method: 'approximate',
    },
    {
      name: 'a line break instead of a space inside the quote',
      article: SANCTUARY,
      quote: 'Die Reaktion aus Kalifornien ließ kaum eine Stunde auf sich warten.',
      edit: (text) => replaceOnce(text, 'eine Stunde', 'eine\nStunde'),
      expected: 'Die Reaktion aus Kalifornien ließ kaum eine\nStunde auf sich warten.',
      method: 'approximate',
    },
    {
      name: 'a no-break space made an ordinary one',
      article: SOLIDARITY,
      quote: 'mit über 600\u00a0Bootsflüchtlingen an Bord',
      edit: (text) => replaceOnce(text, '600\u00a0Boots', '600 Boots'),
      expected: 'mit über 600 Bootsflüchtlingen an Bord',
      method: 'approximate',
    },
    {
      name: 'emoji (astral characters) inserted before the passage',
      article: SANCTUARY,
      quote: 'Prominentester Protestler: Bill de Blasio aus New York.',
      edit: (text) => insertBefore(text, 'Prominentester Protestler', '🇺🇸🙂 '),
      expected: 'Prominentester Protestler: Bill de Blasio aus New York.',
      method: 'exact',
    },
    {
      name: 'an emoji inserted inside the quote (the range keeps it whole)',
      article: SANCTUARY,
      quote: 'Wir werden alle Menschen beschützen',
      edit: (text) => replaceOnce(text, 'alle Menschen', 'alle 🙂 Menschen'),
      expected: 'Wir werden alle 🙂 Menschen beschützen',
      method: 'approximate',
    },
    {
      name: 'the sentence deleted: unplaced',
      article: ICE,
      quote: 'Die beiden Schützen sind mittlerweile beurlaubt.',
      edit: (text) => replaceOnce(text, 'Die beiden Schützen sind mittlerweile beurlaubt. ', ''),
      expected: null,
    },
    {
      name: 'the paragraph deleted: unplaced',
      article: KELLY,
      quote: 'Ausnahmen davon würden nur in "extrem begrenzten" Fällen gemacht',
      edit: (text) => text.split('\n\n').filter((block) => !block.startsWith('All jene')).join('\n\n'),
      expected: null,
    },
  ];

  for (const { name, article, quote, nth, edit, expected, expectedNth, method } of cases) {
    it(`places it after ${name}`, () => {
      const original = textOf(article);
      const target = storedTarget(original, quote, nth);
      const edited = edit(original);
      const [result] = anchorAll(edited, [target]);
      if (expected === null) {
        expect(result!.status, placedText(edited, result!)).to.equal('unplaced');
        return;
      }
      expect(result!.status, result!.status === 'unplaced' ? result!.reason : '').to.equal('placed');
      if (result!.status !== 'placed') return;
      expect(edited.slice(result!.start, result!.end)).to.equal(expected);
      expect(result!.start).to.equal(nthIndexOf(edited, expected, expectedNth));
      if (method) expect(result!.method).to.equal(method);
      expect(result!.score).to.be.within(0, 1);
    });
  }

  describe('a quote that occurs more than once', () => {
    const twins: { name: string; article: string; quote: string }[] = [
      {
        name: 'a sentence printed twice (pull quote and body)',
        article: SOLIDARITY,
        quote: 'Schutz undokumentierter Migranten vor dem Zugriff der Bundesbehörden hat in US-amerikanischen »Sanctuary Cities« Priorität.',
      },
      { name: '"Sanctuary City"', article: SANCTUARY, quote: 'Sanctuary City' },
      { name: '"Bürgermeister"', article: SANCTUARY, quote: 'Bürgermeister' },
    ];
    for (const { name, article, quote } of twins) {
      it(`tells every occurrence of ${name} apart by its context, positions shifted or gone`, () => {
        const original = textOf(article);
        const edited = INSERTED_SENTENCE + original;
        const count = original.split(quote).length - 1;
        expect(count).to.be.greaterThan(1);
        for (let nth = 0; nth < count; nth += 1) {
          const target = storedTarget(original, quote, nth);
          const expectedStart = nthIndexOf(edited, quote, nth);
          const shifted = new TextAnchorIndex(edited).anchor(target);
          const withoutPosition = { exact: target.exact, prefix: target.prefix, suffix: target.suffix };
          const unpositioned = new TextAnchorIndex(edited).anchor(withoutPosition);
          for (const result of [shifted, unpositioned]) {
            expect(result).to.include({ status: 'placed', method: 'exact', start: expectedStart, end: expectedStart + quote.length });
          }
        }
      });
    }

    it('follows the context rather than a stale position that points at the other occurrence', () => {
      const text = textOf(SOLIDARITY);
      const quote = twins[0]!.quote;
      const first = storedTarget(text, quote, 0);
      const second = storedTarget(text, quote, 1);
      const misled = new TextAnchorIndex(INSERTED_SENTENCE + text).anchor({ ...second, start: first.start, end: first.end });
      expect(misled).to.include({ status: 'placed', start: INSERTED_SENTENCE.length + second.start! });
    });
  });

  describe('a quote that is only a common word', () => {
    it('goes to the occurrence nearest the stored position when there is one', () => {
      const text = textOf(SANCTUARY);
      const stored = nthIndexOf(text, 'der', 5);
      const edited = '🙂 ' + text;
      const result = new TextAnchorIndex(edited).anchor({ exact: 'der', start: stored });
      expect(result).to.include({ status: 'placed', method: 'exact', start: stored + 3 });
      const occurrences = [...edited.matchAll(/der/g)].map((match) => match.index);
      const nearest = Math.min(...occurrences.map((at) => Math.abs(at - stored)));
      expect(result.status === 'placed' && Math.abs(result.start - stored)).to.equal(nearest);
    });

    it('is left unplaced with neither context nor position, rather than guessed', () => {
      const result = new TextAnchorIndex(textOf(SANCTUARY)).anchor({ exact: 'der' });
      expect(result.status).to.equal('unplaced');
      expect(result.status === 'unplaced' && result.reason).to.match(/occurs \d+ times/);
    });

    it('is placed when it occurs only once, even with no context', () => {
      const text = textOf(SANCTUARY);
      expect(new TextAnchorIndex(text).anchor({ exact: 'Ed Lee' })).to.include({ status: 'placed', start: text.indexOf('Ed Lee') });
    });
  });

  it('refuses an empty quote and explains every unplaced result', () => {
    const index = new TextAnchorIndex('Sanctuary Cities wehren sich');
    expect(index.anchor({ exact: '' })).to.deep.equal({ status: 'unplaced', reason: 'empty quote' });
    const missing = index.anchor({ exact: 'Minneapolis', prefix: 'in ', suffix: '.' });
    expect(missing.status === 'unplaced' && missing.reason).to.match(/not found/);
  });

  it('places many targets as one index would, one by one', () => {
    const text = textOf(SOLIDARITY);
    const edited = INSERTED_SENTENCE + replaceOnce(text, 'Bewohneren', 'Bewohnern');
    const targets = [0, 500, 1500, 3000, 6000, 9000].map((start) => describeRange(text, start, start + 40));
    const index = new TextAnchorIndex(edited);
    expect(anchorAll(edited, targets)).to.deep.equal(targets.map((target) => index.anchor(target)));
  });
});

describe('anchoring in any text (properties)', () => {
  /** Any text, emoji and combining marks included. */
  const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });

  it('gives back exactly the described range in the unchanged text, with or without its end', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const target = describeRange(text, start, end);
        expect(new TextAnchorIndex(text).anchor(target)).to.include({ status: 'placed', method: 'stored-range', start, end });
        const startOnly = { exact: target.exact, prefix: target.prefix, suffix: target.suffix, start };
        expect(new TextAnchorIndex(text).anchor(startOnly)).to.include({ status: 'placed', start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('still places the range at its shifted place after text is inserted before it', () => {
    // A lead of at least 34 units, so that the prefix never reaches the text's start (which would
    // make the start part of the context, and an insertion there a change of context).
    const lead = fc.string({ unit: 'grapheme', minLength: 34, maxLength: 80 });
    const inserted = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(lead, anyText, fc.nat(), fc.nat(), fc.nat(), inserted, (head, body, a, b, c, insertion) => {
        const text = head + body;
        const start = head.length + (a % body.length);
        const end = start + 1 + (b % (text.length - start));
        const target = describeRange(text, start, end);
        // Inserted anywhere before the context, so the context is intact.
        const at = c % (start - target.prefix.length + 1);
        const edited = text.slice(0, at) + insertion + text.slice(at);
        const shift = insertion.length;
        // Not when the old range happens to hold the quote still (the stored range is then taken, by
        // design), nor when quote and context occur twice (then nothing tells them apart).
        fc.pre(edited.slice(start, end) !== target.exact);
        const around = target.prefix + target.exact + target.suffix;
        fc.pre(edited.indexOf(around) === edited.lastIndexOf(around));
        expect(new TextAnchorIndex(edited).anchor(target)).to.include({ status: 'placed', start: start + shift, end: end + shift });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quote with one character replaced where it was, context intact', () => {
    const prose = fc.array(fc.stringMatching(/^[a-zäöüß]{1,9}$/), { minLength: 8, maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        prose,
        fc.nat(),
        fc.integer({ min: 16, max: 40 }),
        fc.nat(),
        fc.constantFrom('#', '7', '€'),
        (text, a, length, c, replacement) => {
          fc.pre(text.length >= length);
          const start = a % (text.length - length + 1);
          const end = start + length;
          const target = describeRange(text, start, end);
          const changed = start + 2 + (c % (length - 4));
          fc.pre(text[changed] !== replacement);
          const edited = text.slice(0, changed) + replacement + text.slice(changed + 1);
          fc.pre(!edited.includes(target.exact));
          expect(new TextAnchorIndex(edited).anchor(target)).to.include({ status: 'placed', method: 'approximate', start, end });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('only ever places a non-empty range inside the text, holding the quote unless approximate', () => {
    const target = fc.record(
      {
        exact: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        prefix: fc.string({ unit: 'grapheme', maxLength: 32 }),
        suffix: fc.string({ unit: 'grapheme', maxLength: 32 }),
        start: fc.integer({ min: -5, max: 300 }),
        end: fc.integer({ min: -5, max: 300 }),
      },
      { requiredKeys: ['exact'] },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 250 }), fc.array(target, { maxLength: 5 }), fc.nat(), fc.nat(), (text, targets, a, b) => {
        // Half the time, targets taken from the text itself (so that they are found, exactly or nearly).
        const from = text.length === 0 ? [] : [describeRange(text, a % text.length, (a % text.length) + 1 + (b % (text.length - (a % text.length))))];
        const edited = text.length > 3 ? text.slice(0, 2) + 'x' + text.slice(3) : text;
        for (const result of anchorAll(edited, [...targets, ...from].map((t) => t as AnchorTarget))) {
          if (result.status !== 'placed') {
            expect(result.reason).to.be.a('string').and.not.equal('');
            continue;
          }
          expect(result.start).to.be.at.least(0);
          expect(result.start).to.be.lessThan(result.end);
          expect(result.end).to.be.at.most(edited.length);
          expect(result.score).to.be.within(0, 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the loose form that approximate anchoring compares', () => {
  const cases: { name: string; text: string; loose: string }[] = [
    { name: 'German quotation marks', text: '„Wir sind“', loose: '"Wir sind"' },
    { name: 'English curly quotation marks', text: '“Wir sind”', loose: '"Wir sind"' },
    { name: 'guillemets either way', text: '»Aquarius« «x» ›y‹', loose: '"Aquarius" "x" "y"' },
    { name: 'apostrophes and single quotes', text: "Trump’s ‚x‘ 'y'", loose: 'Trump"s "x" "y"' },
    { name: 'a run of spaces and line breaks', text: 'a  \n\n\tb', loose: 'a b' },
    { name: 'a no-break space', text: '600\u00a0Boote', loose: '600 Boote' },
    { name: 'emoji untouched', text: '🙂 Lee', loose: '🙂 Lee' },
  ];
  for (const { name, text, loose } of cases) {
    it(`treats as equal ${name}`, () => {
      expect(String.fromCharCode(...normalizeForMatching(text).units)).to.equal(loose);
    });
  }

  it('maps every loose unit back to where it starts in the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '„', '“', '🙂', 'ü'), maxLength: 80 }), (text) => {
        const { units, origin } = normalizeForMatching(text);
        expect(origin[units.length]).to.equal(text.length);
        for (let i = 0; i < units.length; i += 1) {
          expect(origin[i]!).to.be.lessThan(origin[i + 1]!);
          const piece = text.slice(origin[i], origin[i + 1]);
          expect(String.fromCharCode(...normalizeForMatching(piece).units)).to.equal(String.fromCharCode(units[i]!));
          expect(normalizedOffset({ units, origin }, origin[i]!)).to.equal(i);
        }
      }),
      { numRuns: 300 },
    );
  });
});
