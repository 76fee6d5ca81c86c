/**
 * <cr-class-export>: the class's figures and annotations as CSV files for a spreadsheet (issue 16):
 * the overview (one row per student, the overview table's columns, "Not placed" too when it shows
 * it, and F1 per category) and all annotations (one row per annotation and category). Written in
 * the interface language: its headings and labels, `;` and decimal commas for German, `,` and
 * decimal points for English; names or letters as the class view shows them. File names from the
 * assignment's title.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { annotationRows, type ClassCsvWords, classCsvFileName, overviewRows } from '../../app/class/class-csv.js';
import type { ClassData } from '../../app/class/class-data.js';
import { CSV_MEDIA_TYPE, csvFormatOf, csvText } from '../../model/csv/csv-writer.js';
import { spreadsheetDateTime } from '../../model/csv/spreadsheet-date-time.js';
import { categoryLabel } from '../../model/schemes/category.js';
import { download } from '../shared/download.js';
import { currentLocale } from '../shared/localization.js';
import { controlStyles } from '../shared/controls.styles.js';
import { classExportStyles } from './class-export.styles.js';
import { type NamesShown, studentLabel } from './student-label.js';

/** Which table a button saves. */
export type ClassTable = 'overview' | 'annotations';

/** See the module comment. */
export class CrClassExport extends LitElement {
  static override styles = [controlStyles, classExportStyles];

  static override properties = { data: { attribute: false }, names: { attribute: false } };

  declare data: ClassData | undefined;
  declare names: NamesShown;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'names';
  }

  /** Saves `table` as a CSV file (a download). */
  save(table: ClassTable): void {
    const data = this.data;
    if (!data) return;
    const locale = currentLocale();
    const words = this.words();
    const rows = table === 'overview' ? overviewRows(data, words) : annotationRows(data, words);
    const what = table === 'overview' ? msg('Overview') : msg('Annotations');
    download({ fileName: classCsvFileName(data.record.assignment.title, what), json: csvText(rows, csvFormatOf(locale)) }, CSV_MEDIA_TYPE);
  }

  protected override render() {
    if (!this.data) return nothing;
    return html`
      <div class="buttons">
        <button type="button" @click=${() => this.save('overview')}>${msg('Overview (CSV)')}</button>
        <button type="button" @click=${() => this.save('annotations')}>${msg('All annotations (CSV)')}</button>
      </div>
      <p class="hint">
        ${currentLocale() === 'de'
          ? msg('Separated by semicolons, with decimal commas: for spreadsheets set to German.')
          : msg('Separated by commas, with decimal points: for spreadsheets set to English.')}
      </p>
    `;
  }

  /** The tables' words in the interface language. */
  private words(): ClassCsvWords {
    const locale = currentLocale();
    const names = this.names;
    return {
      student: msg('Student'),
      handedIn: msg('Handed in'),
      total: msg('Total'),
      unplaced: msg('Not placed'),
      withModel: msg('F1 with the model answer'),
      withClass: msg('F1 with the class'),
      withModelIn: (category) => msg(str`F1 with the model answer: ${category}`),
      withClassIn: (category) => msg(str`F1 with the class: ${category}`),
      category: msg('Category'),
      exact: msg('Passage'),
      start: msg('Start'),
      end: msg('End'),
      note: msg('Note'),
      studentOf: (handIn) => studentLabel(handIn, names),
      byLetter: names === 'letters',
      categoryOf: (category) => categoryLabel(category, locale),
      dateOf: spreadsheetDateTime,
    };
  }
}

customElements.define('cr-class-export', CrClassExport);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-export': CrClassExport;
  }
}
