/**
 * A statistics table as CSV-ready rows, and its sort (issue 17: "each table can be sorted and
 * exported"). The page shows and the file writes the same rows in the same order, so sorting is one
 * pure function over cells, not a second order in the view.
 */
import type { CsvCell } from '../csv/csv-writer.js';

/** A table: its heading row and its rows of cells (as csv-writer.ts writes them). */
export interface TableRows {
  readonly header: readonly CsvCell[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Which way a column sorts. */
export type SortDirection = 'ascending' | 'descending';

/** The table as one list of rows for {@link csvText}: the heading first. */
export function tableCsvRows(table: TableRows): (readonly CsvCell[])[] {
  return [table.header, ...table.rows];
}

/**
 * The rows sorted by the cells of `column`, a new array:
 * - numbers by value; text by the language's collation (`locale`, numeric: "Abs. 2" before
 *   "Abs. 10"; case and accents second); numbers before text when a column mixes them
 *   (after it, descending);
 * - an empty cell (undefined or '') last in either direction, as spreadsheets do;
 * - ties keep their order (stable), so sorting by one column and then another sorts by both.
 */
export function sortRows<Row extends readonly CsvCell[]>(
  rows: readonly Row[],
  column: number,
  direction: SortDirection,
  locale: string,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: CsvCell, b: CsvCell): number => {
    const [emptyA, emptyB] = [isEmpty(a), isEmpty(b)];
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
    if (typeof a === 'number' && typeof b === 'number') return sign * (a - b || 0);
    if (typeof a === 'number') return -sign;
    if (typeof b === 'number') return sign;
    return sign * collator.compare(a as string, b as string);
  };
  // Array.prototype.sort is stable (ES2019): equal cells keep the rows' order.
  return [...rows].sort((a, b) => compare(a[column], b[column]));
}

/** Whether a cell is empty: nothing, no text, or no figure (NaN writes nothing either). */
function isEmpty(cell: CsvCell): boolean {
  return cell === undefined || cell === '' || (typeof cell === 'number' && Number.isNaN(cell));
}
