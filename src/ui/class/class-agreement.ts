/**
 * <cr-class-agreement>: how far the class agrees (issue 16). A table gives, per category and over
 * all, Krippendorff's αU to two decimals, its plain reading (reliable, tentative, or: discuss the
 * category's definition; without a figure, why there is none), the students it rests on and how
 * many of them tagged the category, and one sentence on what drives the figure (D_o's edges against
 * its unmatched passages). Beside it the per-passage view of one category, chosen in a select: for
 * each passage the quote, how many students found it, and whether the model answer or only the
 * class marked it; because αU weighs by length, that list shows what the figure hides.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ClassData } from '../../app/class/class-data.js';
import type { PassageFinding } from '../../model/agreement/passage-agreement.js';
import { readingOf } from '../../model/agreement/reading.js';
import type { AlphaUndefinedReason, UnitizingFigure } from '../../model/agreement/unitizing-alpha.js';
import { categoryLabel } from '../../model/schemes/category.js';
import { currentLocale } from '../shared/localization.js';
import { inQuotes } from '../shared/quote-format.js';
import { formatCount } from '../shared/plural.js';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { classAgreementStyles } from './class-agreement.styles.js';
import { scrollTableStyles } from './scroll-table.styles.js';
import { formatAlpha, noFigure } from './class-figures.js';
import type { NamesShown } from './student-label.js';

/** Longest quote shown whole; a longer one keeps its beginning and end. */
export const QUOTE_MAX = 80;

/** See the module comment. */
export class CrClassAgreement extends LitElement {
  static override styles = [controlStyles, visuallyHiddenStyles, scrollTableStyles, classAgreementStyles];

  static override properties = { data: { attribute: false }, names: { attribute: false }, category: { state: true } };

  declare data: ClassData | undefined;
  declare names: NamesShown;
  /** The category whose passages are listed (its id); the scheme's first when unset or gone. */
  declare category: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'names';
    this.category = undefined;
  }

  protected override render() {
    const data = this.data;
    if (!data) return nothing;
    const locale = currentLocale();
    const { agreement } = data.report;
    const taggedAny = data.report.students.filter((student) => student.total > 0).length;
    return html`
      <div class="scroll" role="region" tabindex="0" aria-labelledby="figures-caption">
        <table class="figures">
          <caption id="figures-caption">${msg('Agreement per category (Krippendorff’s αU)')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Category')}</th>
              <th scope="col" class="number">αU</th>
              <th scope="col">${msg('Reading')}</th>
              <th scope="col" class="number">${msg('Students')}</th>
              <th scope="col" class="number">${msg('Tagged it')}</th>
              <th scope="col">${msg('What drives the figure')}</th>
            </tr>
          </thead>
          <tbody>
            ${agreement.categories.map((figure) => {
              const category = data.categories.find((candidate) => candidate.id === figure.category);
              return this.renderFigure(category ? categoryLabel(category, locale) : figure.category, figure, agreement.raters, figure.ratersWithUnits, false);
            })}
          </tbody>
          <tfoot>
            ${this.renderFigure(msg('All categories'), agreement.overall, agreement.raters, taggedAny, true)}
          </tfoot>
        </table>
      </div>
      ${this.renderPassages(data)}
    `;
  }

  private renderFigure(label: string, figure: UnitizingFigure, raters: number, tagged: number, overall: boolean) {
    return html`<tr>
      <th scope="row">${label}</th>
      <td class="number">${figure.alpha === undefined ? noFigure() : formatAlpha(figure.alpha)}</td>
      <td>${readingText(figure, overall)}</td>
      <td class="number">${formatCount(raters)}</td>
      <td class="number">${formatCount(tagged)}</td>
      <td>${driverText(figure) ?? noFigure()}</td>
    </tr>`;
  }

  private renderPassages(data: ClassData) {
    const locale = currentLocale();
    const chosen = data.categories.find((category) => category.id === this.category) ?? data.categories[0];
    if (!chosen) return nothing;
    const passages = data.report.passages.get(chosen.id);
    const label = categoryLabel(chosen, locale);
    return html`<div class="passages">
      <label>
        ${msg('Passages of the category')}
        <select @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value)}>
          ${data.categories.map(
            (category) => html`<option value=${category.id} ?selected=${category.id === chosen.id}>${categoryLabel(category, locale)}</option>`,
          )}
        </select>
      </label>
      ${!passages || passages.passages.length === 0
        ? html`<p>${msg(str`Nobody tagged “${label}”, and the model answer has no passage of it.`)}</p>`
        : html`<table>
            <caption>${msg(str`Passages of “${label}” and who found them`)}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Passage')}</th>
                <th scope="col">${msg('Found by')}</th>
                <th scope="col">${msg('Marked by')}</th>
              </tr>
            </thead>
            <tbody>
              ${passages.passages.map((passage) => this.renderPassage(data, passage, passages.studentCount))}
            </tbody>
          </table>`}
    </div>`;
  }

  private renderPassage(data: ClassData, passage: PassageFinding, students: number) {
    const locale = currentLocale();
    const quote = middleShortened(data.text.slice(passage.start, passage.end), QUOTE_MAX);
    const found = formatCount(passage.students.length);
    const of = formatCount(students);
    return html`<tr>
      <td class="quote">${inQuotes(quote, locale)}</td>
      <td>${msg(str`found by ${found} of ${of}`)}</td>
      <td>${passage.source === 'model' ? msg('the model answer') : msg('the class')}</td>
    </tr>`;
  }
}

/** The plain reading of a figure (Krippendorff's bands), or why there is none. */
function readingText(figure: UnitizingFigure, overall: boolean): string {
  switch (readingOf(figure.alpha)) {
    case 'reliable':
      return msg('reliable');
    case 'tentative':
      return msg('tentative: draw conclusions with care');
    case 'discuss':
      return overall ? msg('low: discuss the categories’ definitions') : msg('low: discuss the category’s definition');
    case 'not-defined':
      return figure.alpha === undefined ? reasonText(figure.reason) : msg('no figure');
  }
}

/** Why a figure is missing. */
function reasonText(reason: AlphaUndefinedReason): string {
  switch (reason) {
    case 'too-few-raters':
      return msg('no figure: it needs at least two students');
    case 'no-units':
      return msg('no figure: nobody tagged it');
    case 'no-disagreement-possible':
      return msg('no figure: no disagreement was possible');
  }
}

/**
 * The one sentence on what drives a figure: D_o is the sum of passages whose edges differ and of
 * passages that lie where another student tagged nothing; whichever is larger drives it.
 */
function driverText(figure: UnitizingFigure): string | undefined {
  if (figure.alpha === undefined) return undefined;
  if (figure.observed === 0) return msg('The students agree exactly.');
  return figure.unmatched >= figure.edges
    ? msg('Mostly passages only some students tagged.')
    : msg('Mostly where passages begin and end.');
}

/**
 * `text` on one line, cut in the middle to at most `max` characters (code points, so no emoji is
 * split) with " … " when longer: a quote's beginning and end say which passage it is.
 */
export function middleShortened(text: string, max: number): string {
  const flat = [...text.replace(/\s+/g, ' ').trim()];
  if (flat.length <= max) return flat.join('');
  const keep = max - 3;
  const head = Math.ceil(keep / 2);
  return `${flat.slice(0, head).join('').trimEnd()} … ${flat.slice(flat.length - (keep - head)).join('').trimStart()}`;
}

customElements.define('cr-class-agreement', CrClassAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-agreement': CrClassAgreement;
  }
}
