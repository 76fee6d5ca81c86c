/**
 * The one CSV reader of the tests: strict RFC 4180, as a spreadsheet reads a file. It checks what
 * the writer (model/csv/csv-writer.ts) promises while it reads: the byte order mark first; every
 * record ends with CRLF; a quoted field doubles its quotes and may hold anything; an unquoted one
 * holds no quote, separator, CR or LF. Cells come back as the text a spreadsheet would hold before
 * it guesses types (a guarded formula keeps its apostrophe). Throws on the first breach. Pure.
 */

/** The cells of `text`, a CSV file's text with `separator` between cells. */
export function parseCsv(text: string, format: { readonly separator: string }): string[][] {
  const fail = (what: string, at: number): never => {
    throw new Error(`CSV: ${what} at ${at}`);
  };
  if (!text.startsWith('\uFEFF')) fail('no byte order mark first', 0);
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 1;
  while (at < text.length) {
    let cell = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) fail('a quoted field does not end', at);
        cell += text.slice(at, quote);
        at = quote + 1;
        if (text[at] === '"') {
          cell += '"';
          at++;
        } else break;
      }
    } else {
      while (at < text.length && text[at] !== format.separator && text[at] !== '\r') {
        if (text[at] === '"' || text[at] === '\n') fail('a quote or LF in an unquoted field', at);
        cell += text[at++];
      }
    }
    row.push(cell);
    if (text[at] === format.separator) {
      at++;
    } else {
      if (text.slice(at, at + 2) !== '\r\n') fail('a record not ended by CRLF', at);
      at += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
