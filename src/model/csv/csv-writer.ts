/**
 * Tables as CSV text (RFC 4180) that spreadsheet programs open right in the reader's language: the
 * class view's exports (issue 16) and any later table (issue 17). Pure: cells in, text out.
 *
 * - UTF-8 with a byte order mark first, so that Excel reads "ä" and "„" as such and not as Latin-1.
 * - The separator and the decimal mark follow the language: German spreadsheets read `;` between
 *   cells and `,` in numbers (0,55); English ones `,` and `.`.
 * - A cell holding the separator, a double quote, CR or LF is quoted, its quotes doubled; every
 *   record ends with CRLF.
 * - Formula injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`, `@`, a
 *   tab or CR would be run as a formula by a spreadsheet (a student's note "=HYPERLINK(…)"), so it
 *   gets a leading apostrophe, which spreadsheets read as "this is text". Numbers are written as
 *   numbers and never guarded, so −0,5 stays a number.
 */

/** One cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | undefined;

/** How a language's spreadsheets read CSV: the cell separator and the decimal mark. */
export interface CsvFormat {
  readonly separator: ';' | ',';
  readonly decimal: ',' | '.';
}

/** German (and most of continental Europe): `;` between cells, decimal comma. */
export const GERMAN_CSV: CsvFormat = { separator: ';', decimal: ',' };

/** English: `,` between cells, decimal point. */
export const ENGLISH_CSV: CsvFormat = { separator: ',', decimal: '.' };

/** The byte order mark, written first. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** The media type of the files written here (RFC 7111), for a download. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

/** The CSV format of an interface language: German's for 'de', English's otherwise. */
export function csvFormatOf(locale: string): CsvFormat {
  return locale === 'de' ? GERMAN_CSV : ENGLISH_CSV;
}

/** The characters that make a spreadsheet read a cell as a formula (see the module comment). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `rows` as a CSV file's text: the byte order mark, then one CRLF-terminated record per row. */
export function csvText(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map((cell) => csvCell(cell, format)).join(format.separator)}\r\n`).join('');
}

/** One cell as written: guarded, quoted when needed; a number with the format's decimal mark. */
export function csvCell(cell: CsvCell, format: CsvFormat): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return numberText(cell, format.decimal);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(format.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A number without grouping and without exponent ("0,0000001", not "1e-7"); NaN and infinities are
 * no figure and write nothing. The caller rounds: the number is written as JavaScript prints it.
 */
function numberText(value: number, decimal: ',' | '.'): string {
  if (!Number.isFinite(value)) return '';
  const text = Object.is(value, -0) ? '0' : plainDecimal(String(value));
  return decimal === '.' ? text : text.replace('.', decimal);
}

/** JavaScript's shortest form of a number with its exponent written out: "1.5e-7" → "0.00000015". */
function plainDecimal(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = first! + rest;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}
