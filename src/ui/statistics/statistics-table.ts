/**
 * <cr-statistics-table>: one table of the statistics page (issue 17), sortable and saved as CSV.
 * It shows the rows the model made (model/statistics/statistics-rows.ts) and sorts them with the
 * model's one sort (table-sort.ts), so the page and the file list the same rows in the same order:
 * the CSV saves the table as shown. Every column sorts by its header button (figures largest first,
 * text A to Z; again for the other way); the sorted column carries `aria-sort` and the new order is
 * announced. The first column heads its rows; `footer` rows (a totals row) stay last, unsorted.
 * The table scrolls sideways in its own region on a narrow screen, never the page.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { CSV_MEDIA_TYPE, type CsvCell, csvFormatOf, csvText } from '../../model/csv/csv-writer.js';
import { type SortDirection, type TableRows, sortRows, tableCsvRows } from '../../model/statistics/table-sort.js';
import { Announcer } from '../shared/announcer.js';
import { controlStyles } from '../shared/controls.styles.js';
import { download } from '../shared/download.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { scrollTableStyles } from '../class/scroll-table.styles.js';
import { statisticsTableStyles } from './statistics-table.styles.js';

/** The sorted column and its direction. */
export interface TableSort {
  readonly column: number;
  readonly direction: SortDirection;
}

/** See the module comment. */
export class CrStatisticsTable extends LitElement {
  static override styles = [controlStyles, visuallyHiddenStyles, scrollTableStyles, statisticsTableStyles];

  static override properties = {
    table: { attribute: false },
    caption: {},
    fileName: { attribute: 'file-name' },
    footer: { type: Number },
    sort: { state: true },
  };

  /** The heading row and the rows. */
  declare table: TableRows;
  /** What the table shows (its caption, and the save button's name). */
  declare caption: string;
  /** The CSV file's name. */
  declare fileName: string;
  /** How many last rows are totals: shown in the table's foot, never sorted. */
  declare footer: number;
  /** The order chosen; undefined: the model's order. */
  declare sort: TableSort | undefined;

  private readonly announcer = new Announcer(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.table = { header: [], rows: [] };
    this.caption = '';
    this.fileName = 'table.csv';
    this.footer = 0;
    this.sort = undefined;
  }

  /** Sorts by `column`: figures largest first, text A to Z; the other way when sorted so already; and says so. */
  sortBy(column: number): void {
    const first: SortDirection = this.numeric(column) ? 'descending' : 'ascending';
    const direction: SortDirection = this.sort?.column === column && this.sort.direction === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
    this.sort = { column, direction };
    const heading = String(this.table.header[column] ?? '');
    this.announcer.announce(direction === 'ascending' ? msg(str`Sorted by ${heading}, ascending.`) : msg(str`Sorted by ${heading}, descending.`));
  }

  /** The rows as shown: the body in the chosen order, then the totals. */
  shownRows(): (readonly CsvCell[])[] {
    const { rows } = this.table;
    const split = rows.length - Math.min(this.footer, rows.length);
    const body = rows.slice(0, split);
    const sorted = this.sort ? sortRows(body, this.sort.column, this.sort.direction, currentLocale()) : body;
    return [...sorted, ...rows.slice(split)];
  }

  /** Saves the table as shown as a CSV file (a download) in the interface language's format. */
  save(): void {
    const text = csvText(tableCsvRows({ header: this.table.header, rows: this.shownRows() }), csvFormatOf(currentLocale()));
    download({ fileName: this.fileName, json: text }, CSV_MEDIA_TYPE);
  }

  protected override render() {
    const { header } = this.table;
    const rows = this.shownRows();
    const split = rows.length - Math.min(this.footer, rows.length);
    const numeric = header.map((_, column) => this.numeric(column));
    const renderRow = (row: readonly CsvCell[]) =>
      html`<tr>
        ${row.map((cell, column) =>
          column === 0
            ? html`<th scope="row">${cellText(cell)}</th>`
            : html`<td class=${numeric[column] ? 'number' : nothing}>${cellText(cell)}</td>`,
        )}
      </tr>`;
    return html`
      <div class="scroll" role="region" tabindex="0" aria-labelledby="caption">
        <table>
          <caption id="caption">${this.caption}</caption>
          <thead>
            <tr>
              ${header.map((heading, column) => this.renderHeader(String(heading ?? ''), column, numeric[column]!))}
            </tr>
          </thead>
          <tbody>
            ${rows.slice(0, split).map(renderRow)}
          </tbody>
          ${split < rows.length ? html`<tfoot>${rows.slice(split).map(renderRow)}</tfoot>` : nothing}
        </table>
      </div>
      <button type="button" class="save" @click=${() => this.save()}>
        <!-- One text for the accessible name: the visible words, then which table. -->
        <span aria-hidden="true">${msg('Save as CSV')}</span><span class="visually-hidden">${msg(str`Save as CSV: ${this.caption}`)}</span>
      </button>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
    `;
  }

  private renderHeader(heading: string, column: number, numeric: boolean) {
    const sorted = this.sort?.column === column ? this.sort.direction : undefined;
    return html`<th scope="col" class=${numeric ? 'number' : nothing} aria-sort=${sorted ?? nothing}>
      <button type="button" @click=${() => this.sortBy(column)}>
        ${heading}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  /** Whether a column holds figures: every cell of its rows a number (or empty). */
  private numeric(column: number): boolean {
    const cells = this.table.rows.map((row) => row[column]);
    return cells.some((cell) => typeof cell === 'number') && cells.every((cell) => cell === undefined || typeof cell === 'number');
  }
}

/** A cell as shown: a figure with the language's separators, text as it is, nothing as nothing. */
function cellText(cell: CsvCell): string {
  return typeof cell === 'number' ? formatCount(cell) : (cell ?? '');
}

customElements.define('cr-statistics-table', CrStatisticsTable);

declare global {
  interface HTMLElementTagNameMap {
    'cr-statistics-table': CrStatisticsTable;
  }
}
