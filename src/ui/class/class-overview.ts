/**
 * <cr-class-overview>: the class's overview table (issue 16): one row per student, with when they
 * handed in, how many annotations they made per category (in the scheme's order) and in all, and
 * how far they agree with the model answer (when there is one) and with the class, each as the F1
 * of passages found (a note under the table says what found means). When any student has
 * annotations whose passage was found nowhere in the text here (a hand-in on a changed text), a
 * column "Not placed" counts them per student, and a note says they count in no figure: they are
 * kept, never dropped. Every column sorts by its
 * header button (click, Enter or Space), the sorted column carries `aria-sort`, and the new order is
 * announced; ties and missing figures keep the students' order (missing figures last). With a model
 * answer, each row has a button to see that student against it.
 *
 * @fires cr-class-student - the teacher asked to compare a student with the model answer
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type ClassData, type ClassHandIn, unplacedCount } from '../../app/class/class-data.js';
import type { StudentFigures } from '../../model/agreement/class-report.js';
import { categoryLabel } from '../../model/schemes/category.js';
import { Announcer } from '../shared/announcer.js';
import { fire } from '../shared/events.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { formatPercent, noFigure } from './class-figures.js';
import { classOverviewStyles } from './class-overview.styles.js';
import { scrollTableStyles } from './scroll-table.styles.js';
import { type NamesShown, studentLabel } from './student-label.js';

/** Which way a column is sorted, as `aria-sort` says it. */
export type SortDirection = 'ascending' | 'descending';

/** The sorted column (its key: 'student', 'handedIn', 'category:<id>', 'total', 'unplaced', 'model', 'class') and direction. */
export interface OverviewSort {
  readonly column: string;
  readonly direction: SortDirection;
}

/** One student's row. */
interface Row {
  readonly handIn: ClassHandIn;
  readonly figures: StudentFigures;
  readonly label: string;
}

/** A sortable column. */
interface Column {
  readonly key: string;
  readonly heading: string;
  readonly numeric: boolean;
  /** The value it sorts by; undefined sorts last either way. */
  value(row: Row): number | undefined;
  cell(row: Row): TemplateResult | string;
}

/** See the module comment. */
export class CrClassOverview extends LitElement {
  static override styles = [controlStyles, visuallyHiddenStyles, scrollTableStyles, classOverviewStyles];

  static override properties = { data: { attribute: false }, names: { attribute: false }, sort: { state: true } };

  declare data: ClassData | undefined;
  declare names: NamesShown;
  /** The order of the rows; by student at first. */
  declare sort: OverviewSort;

  private readonly announcer = new Announcer(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'names';
    this.sort = { column: 'student', direction: 'ascending' };
  }

  /** Sorts by `column`: ascending first, the other way when it is sorted already; and says so. */
  sortBy(column: string): void {
    const direction: SortDirection = this.sort.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    const heading = this.columns().find((candidate) => candidate.key === column)?.heading ?? '';
    this.announcer.announce(direction === 'ascending' ? msg(str`Sorted by ${heading}, ascending.`) : msg(str`Sorted by ${heading}, descending.`));
  }

  protected override render() {
    const data = this.data;
    if (!data) return nothing;
    const columns = this.columns();
    const withModel = data.model.length > 0;
    const withUnplaced = data.handIns.some((handIn) => unplacedCount(handIn) > 0);
    const rows = this.sorted(columns);
    return html`
      <div class="scroll" role="region" tabindex="0" aria-labelledby="caption">
        <table>
          <caption id="caption">${msg('Students and their annotations per category')}</caption>
          <thead>
            <tr>
              ${columns.map((column) => this.renderHeader(column))}
              ${withModel ? html`<th scope="col"><span class="visually-hidden">${msg('Comparison')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                ${columns.map((column) =>
                  column.key === 'student'
                    ? html`<th scope="row">${column.cell(row)}</th>`
                    : html`<td class=${column.numeric ? 'number' : ''}>${column.cell(row)}</td>`,
                )}
                ${withModel
                  ? html`<td>
                      <button type="button" @click=${() => fire(this, 'cr-class-student', { setId: row.handIn.set.id })}>
                        <!-- One text for the accessible name: a hidden span beside the visible words would be read with a space before its colon. -->
                        <span aria-hidden="true">${msg('Compare')}</span><span class="visually-hidden">${msg('Compare with the model answer')}: ${row.label}</span>
                      </button>
                    </td>`
                  : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ul class="note">
        <li>${msg('Agreement is the F1 of passages found; found = overlaps by at least half of the shorter passage.')}</li>
        ${withModel ? html`<li>${msg('Model answer: against the passages of the model answer.')}</li>` : nothing}
        <li>${msg('Class: against the passages at least half of the other students tagged.')}</li>
        ${withUnplaced
          ? html`<li>${msg('Not placed: annotations whose passage is nowhere in the text here (the text changed after the student worked on it). They are kept but count in no figure.')}</li>`
          : nothing}
      </ul>
      <p class="visually-hidden" role="status">${this.announcer.message}</p>
    `;
  }

  private renderHeader(column: Column) {
    const sorted = this.sort.column === column.key ? this.sort.direction : undefined;
    return html`<th scope="col" class=${column.numeric ? 'number' : ''} aria-sort=${sorted ?? nothing}>
      <button type="button" @click=${() => this.sortBy(column.key)}>
        ${column.heading}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  /** The table's columns, in order; the model answer's only when there is one. */
  private columns(): Column[] {
    const data = this.data;
    if (!data) return [];
    const locale = currentLocale();
    const percent = (share: number | undefined) => (share === undefined ? noFigure() : formatPercent(share));
    const columns: Column[] = [
      { key: 'student', heading: msg('Student'), numeric: false, value: () => undefined, cell: (row) => row.label },
      {
        key: 'handedIn',
        heading: msg('Handed in'),
        numeric: false,
        value: (row) => numberOrUndefined(Date.parse(row.handIn.handedIn)),
        cell: (row) => html`<time datetime=${row.handIn.handedIn}>${formatDateTime(row.handIn.handedIn)}</time>`,
      },
      ...data.categories.map(
        (category): Column => ({
          key: `category:${category.id}`,
          heading: categoryLabel(category, locale),
          numeric: true,
          value: (row) => row.figures.counts.get(category.id) ?? 0,
          cell: (row) => formatCount(row.figures.counts.get(category.id) ?? 0),
        }),
      ),
      { key: 'total', heading: msg('Total'), numeric: true, value: (row) => row.figures.total, cell: (row) => formatCount(row.figures.total) },
    ];
    if (data.handIns.some((handIn) => unplacedCount(handIn) > 0)) {
      const unplaced = (row: Row) => unplacedCount(row.handIn);
      columns.push({ key: 'unplaced', heading: msg('Not placed'), numeric: true, value: unplaced, cell: (row) => formatCount(unplaced(row)) });
    }
    if (data.model.length > 0) {
      const f1 = (row: Row) => row.figures.withModel?.overall.passages.f1;
      columns.push({ key: 'model', heading: msg('Model answer'), numeric: true, value: f1, cell: (row) => percent(f1(row)) });
    }
    const f1 = (row: Row) => row.figures.withClass?.overall.passages.f1;
    columns.push({ key: 'class', heading: msg('Class'), numeric: true, value: f1, cell: (row) => percent(f1(row)) });
    return columns;
  }

  /** The rows in the chosen order; stable: ties (and missing figures, always last) by student. */
  private sorted(columns: readonly Column[]): Row[] {
    const data = this.data!;
    const rows = data.handIns.map((handIn, index): Row => ({ handIn, figures: data.report.students[index]!, label: studentLabel(handIn, this.names) }));
    const collator = new Intl.Collator(currentLocale(), { sensitivity: 'base', numeric: true });
    const byStudent = (a: Row, b: Row): number => {
      const byName = this.names === 'names' && a.handIn.name !== '' && b.handIn.name !== '';
      const main = byName ? collator.compare(a.label, b.label) : compareLetters(a.handIn.letter, b.handIn.letter);
      return main || compareLetters(a.handIn.letter, b.handIn.letter);
    };
    const { column: key, direction } = this.sort;
    const sign = direction === 'ascending' ? 1 : -1;
    const column = columns.find((candidate) => candidate.key === key);
    return rows.sort((a, b) => {
      if (!column || column.key === 'student') return sign * byStudent(a, b);
      const [x, y] = [column.value(a), column.value(b)];
      if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byStudent(a, b);
      return sign * (x - y) || byStudent(a, b);
    });
  }
}

/** Letters in the order A … Z, AA, AB (shorter first). */
function compareLetters(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** How many of a student's annotations have no place in the text here (they count in no figure). */
function numberOrUndefined(value: number): number | undefined {
  return Number.isNaN(value) ? undefined : value;
}

customElements.define('cr-class-overview', CrClassOverview);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-overview': CrClassOverview;
  }
}
