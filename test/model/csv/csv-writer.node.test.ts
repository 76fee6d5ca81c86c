/**
 * The CSV writer (model/csv/csv-writer.ts): exact text for named cases (the byte order mark, CRLF,
 * `;` and decimal comma for German, `,` and decimal point for English, RFC 4180 quoting, the
 * apostrophe before a would-be formula), and as properties: the tests' RFC 4180 reader
 * (test/support/csv-reader.ts) reads back the very cells that were written, in both formats,
 * whatever the text holds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BYTE_ORDER_MARK,
  type CsvCell,
  ENGLISH_CSV,
  GERMAN_CSV,
  csvCell,
  csvFormatOf,
  csvText,
} from '../../../src/model/csv/csv-writer.js';
import { parseCsv } from '../../support/csv-reader.js';

describe('a CSV cell', () => {
  const cases: [name: string, cell: CsvCell, german: string, english: string][] = [
    ['plain text', 'Akteur', 'Akteur', 'Akteur'],
    ['nothing', undefined, '', ''],
    ['an empty text', '', '', ''],
    ['text with the German separator', 'a;b', '"a;b"', 'a;b'],
    ['text with the English separator', 'a, b', 'a, b', '"a, b"'],
    ['text with quotes', 'sagte „Wir“ und "so"', '"sagte „Wir“ und ""so"""', '"sagte „Wir“ und ""so"""'],
    ['text with a line feed', 'eins\nzwei', '"eins\nzwei"', '"eins\nzwei"'],
    ['text with CRLF', 'eins\r\nzwei', '"eins\r\nzwei"', '"eins\r\nzwei"'],
    ['a formula', '=SUM(A1:A2)', "'=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ['a plus', '+49 30', "'+49 30", "'+49 30"],
    ['a minus', '-5', "'-5", "'-5"],
    ['an at sign', '@cmd', "'@cmd", "'@cmd"],
    ['a tab first', '\tx', "'\tx", "'\tx"],
    ['a formula that must be quoted too', '=HYPERLINK("http://x";"y")', `"'=HYPERLINK(""http://x"";""y"")"`, `"'=HYPERLINK(""http://x"";""y"")"`],
    ['an equals sign inside', 'a = b', 'a = b', 'a = b'],
    ['an integer', 12, '12', '12'],
    ['a share', 0.55, '0,55', '0.55'],
    ['a negative number, not guarded', -0.5, '-0,5', '-0.5'],
    ['minus zero', -0, '0', '0'],
    ['a tiny number without exponent', 1.5e-7, '0,00000015', '0.00000015'],
    ['a huge number without exponent', 1.25e22, '12500000000000000000000', '12500000000000000000000'],
    ['not a number', Number.NaN, '', ''],
    ['infinity', Number.POSITIVE_INFINITY, '', ''],
  ];
  for (const [name, cell, german, english] of cases) {
    it(`writes ${name}`, () => {
      assert.equal(csvCell(cell, GERMAN_CSV), german);
      assert.equal(csvCell(cell, ENGLISH_CSV), english);
    });
  }
});

describe('a CSV text', () => {
  const rows: CsvCell[][] = [
    ['Student', 'F1', 'Notiz'],
    ['Ada', 0.5, 'gut; „sehr“'],
    ['Ben', undefined, ''],
  ];

  it('in German: BOM, `;`, decimal comma, CRLF after every record', () => {
    assert.equal(csvText(rows, GERMAN_CSV), '\uFEFFStudent;F1;Notiz\r\nAda;0,5;"gut; „sehr“"\r\nBen;;\r\n');
  });

  it('in English: BOM, `,`, decimal point, CRLF after every record', () => {
    assert.equal(csvText(rows, ENGLISH_CSV), '\uFEFFStudent,F1,Notiz\r\nAda,0.5,gut; „sehr“\r\nBen,,\r\n');
  });

  it('of no rows is the BOM alone', () => {
    assert.equal(csvText([], GERMAN_CSV), BYTE_ORDER_MARK);
  });

  it('takes the German format for German and the English one otherwise', () => {
    assert.deepEqual([csvFormatOf('de'), csvFormatOf('en'), csvFormatOf('fr')], [GERMAN_CSV, ENGLISH_CSV, ENGLISH_CSV]);
  });

  it('is UTF-8 with EF BB BF first once encoded', () => {
    assert.deepEqual([...new TextEncoder().encode(csvText([['ä']], GERMAN_CSV))], [0xef, 0xbb, 0xbf, 0xc3, 0xa4, 0x0d, 0x0a]);
  });
});

describe('reading back what was written', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'ä', ' ', ';', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", '🙂', '.'), maxLength: 12 });
  const table = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

  for (const format of [GERMAN_CSV, ENGLISH_CSV]) {
    it(`gives the same text cells, a would-be formula with its apostrophe (separator ${format.separator})`, () => {
      fc.assert(
        fc.property(table, (rows) => {
          const expected = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
          assert.deepEqual(parseCsv(csvText(rows, format), format), expected);
        }),
      );
    });

    it(`gives the same numbers (separator ${format.separator})`, () => {
      fc.assert(
        fc.property(fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 4 }), { maxLength: 4 }), (rows) => {
          const read = parseCsv(csvText(rows, format), format).map((row) => row.map((cell) => Number(cell.replace(format.decimal, '.'))));
          assert.deepEqual(read, rows.map((row) => row.map((n) => (Object.is(n, -0) ? 0 : n))));
        }),
      );
    });
  }
});
