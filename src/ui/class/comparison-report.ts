/**
 * <cr-comparison-report>: one reader's work against the model answer (issue 16): the rule a
 * passage is counted by, a table per category (passages found, precision, recall and F1 by
 * passage, and F1 by character; model/agreement/model-comparison.ts), and the article with the four
 * outcomes painted on it, a legend of their cues, and the passages by outcome as a list (quote,
 * category; for a wrong category the model's) for screen readers and the keyboard.
 *
 * The teacher's class view shows it for a student it picks (<cr-class-comparison>); the student's
 * assignment page for the student's own work once the solution file is opened. Light DOM: the
 * article inside is a ProseMirror view styled by the global reader CSS (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { spansOf } from '../../app/class/class-data.js';
import type { PaintLayer } from '../../editor/range-highlights.js';
import { compareWithModel, type ComparisonFigures, type ModelComparison } from '../../model/agreement/model-comparison.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { canonicalText } from '../../model/documents/article.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { shorten } from '../../model/text/shorten.js';
import { currentLocale } from '../shared/localization.js';
import { inQuotes } from '../shared/quote-format.js';
import { plural } from '../shared/plural.js';
import { formatPercent, noFigure } from './class-figures.js';
import { comparisonStyles } from './comparison.styles.js';
import { OUTCOMES, type Outcome, outcomeLayers, outcomeMeaning, outcomeName, type OutcomePassage, outcomePassages, outcomeStyle } from './comparison-layers.js';
import './comparison-article.js';

/** See the module comment. */
export class CrComparisonReport extends LitElement {
  static override properties = {
    blocks: { attribute: false },
    categories: { attribute: false },
    model: { attribute: false },
    work: { attribute: false },
    whose: { attribute: false },
  };

  /** The article's blocks. */
  declare blocks: readonly ArticleBlock[];
  /** The scheme's categories, in its order (the table's rows). */
  declare categories: readonly Category[];
  /** The model answer's annotations. */
  declare model: readonly Annotation[];
  /** The annotations compared with it (a hand-in, or the student's own work). */
  declare work: readonly Annotation[];
  /** Whose work it is, as shown ("Student A", a name, "Your work"): names the table and the text. */
  declare whose: string;

  private comparison: ModelComparison | undefined;
  private layers: PaintLayer[] = [];
  private text = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.blocks = [];
    this.categories = [];
    this.model = [];
    this.work = [];
    this.whose = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The comparison shown (for tests and the class view's figures). */
  get shown(): ModelComparison | undefined {
    return this.comparison;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('blocks')) this.text = canonicalText(this.blocks);
    if (changed.has('model') || changed.has('work') || changed.has('categories')) {
      const named = this.categories.map((category) => category.id);
      // Categories the scheme no longer has (or a student's own) still count: after the scheme's.
      const others = [...new Set([...spansOf(this.model), ...spansOf(this.work)].map((span) => span.category))].filter((id) => !named.includes(id)).sort();
      this.comparison = compareWithModel(spansOf(this.model), spansOf(this.work), [...named, ...others]);
      this.layers = outcomeLayers(this.comparison);
    }
  }

  private label(id: string): string {
    const category = this.categories.find((candidate) => candidate.id === id);
    return category ? categoryLabel(category, currentLocale()) : id;
  }

  protected override render() {
    const comparison = this.comparison;
    if (!comparison) return nothing;
    return html`
      ${comparisonStyles}
      <p class="cr-comparison-rule">
        ${msg('A passage counts as found when it overlaps the model answer’s by at least half of the shorter one, with the same category.')}
        ${msg('Precision: how many of the passages tagged are in the model answer. Recall: how many of the model answer’s passages were found. F1 weighs both.')}
      </p>
      ${this.renderTable(comparison)}
      <div class="cr-comparison-body">
        ${this.renderPassages(outcomePassages(comparison))}
        <div class="cr-comparison-text">
          ${this.renderLegend()}
          <cr-comparison-article .blocks=${this.blocks} .layers=${this.layers} .label=${msg(str`${this.whose} against the model answer`)}></cr-comparison-article>
        </div>
      </div>
    `;
  }

  private renderTable(comparison: ModelComparison) {
    const percent = (share: number | undefined) => (share === undefined ? noFigure() : formatPercent(share));
    const row = (name: string, figures: ComparisonFigures, total = false) => html`
      <tr class=${total ? 'cr-comparison-total' : ''}>
        <th scope="row">${name}</th>
        <td>${msg(str`${figures.passages.found} of ${figures.passages.modelPassages}`)}</td>
        <td>${figures.passages.studentPassages}</td>
        <td>${percent(figures.passages.precision)}</td>
        <td>${percent(figures.passages.recall)}</td>
        <td>${percent(figures.passages.f1)}</td>
        <td>${percent(figures.characters.f1)}</td>
      </tr>
    `;
    const caption = msg(str`${this.whose} against the model answer, by category`);
    // Seven columns do not fit a phone: the table scrolls sideways in its own region, the page does not.
    return html`
      <div class="cr-comparison-scroll" role="region" tabindex="0" aria-label=${caption}>
        <table class="cr-comparison-table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Category')}</th>
              <th scope="col">${msg('Model passages found')}</th>
              <th scope="col">${msg('Passages tagged')}</th>
              <th scope="col">${msg('Precision')}</th>
              <th scope="col">${msg('Recall')}</th>
              <th scope="col">${msg('F1 by passage')}</th>
              <th scope="col">${msg('F1 by character')}</th>
            </tr>
          </thead>
          <tbody>
            ${comparison.categories.map((figures) => row(this.label(figures.category), figures))}
          </tbody>
          <tfoot>${row(msg('All categories'), comparison.overall, true)}</tfoot>
        </table>
      </div>
    `;
  }

  private renderLegend() {
    return html`
      <ul class="cr-comparison-legend" aria-label=${msg('How the text is marked')}>
        ${OUTCOMES.map(
          (outcome) => html`<li>
            <span class="cr-comparison-sample" style=${outcomeStyle(outcome)} aria-hidden="true">${msg('Text', { id: 'comparison-sample' })}</span>
            <strong>${outcomeName(outcome)}</strong>: ${outcomeMeaning(outcome)}
          </li>`,
        )}
      </ul>
    `;
  }

  private renderPassages(passages: Record<Outcome, readonly OutcomePassage[]>) {
    return html`
      <div class="cr-comparison-passages">
        ${OUTCOMES.map((outcome) => {
          const list = passages[outcome];
          const count = plural(list.length, { one: () => msg('1 passage'), other: (n) => msg(str`${n} passages`) });
          return html`<section class="cr-comparison-outcome" data-outcome=${outcome}>
            <h3>${outcomeName(outcome)} <span class="cr-comparison-count">(${count})</span></h3>
            ${list.length === 0
              ? html`<p class="cr-comparison-none">${msg('None.')}</p>`
              : html`<ul>
                  ${list.map((passage) => html`<li>${this.passage(passage)}</li>`)}
                </ul>`}
          </section>`;
        })}
      </div>
    `;
  }

  private passage({ outcome, span, modelCategories }: OutcomePassage): string {
    const quote = inQuotes(shorten(this.text.slice(span.start, span.end), 120), currentLocale());
    const category = this.label(span.category);
    if (outcome !== 'wrong') return `${quote} – ${category}`;
    const model = modelCategories.map((id) => this.label(id)).join(', ');
    return msg(str`${quote} – ${category}; the model answer: ${model}`);
  }
}

customElements.define('cr-comparison-report', CrComparisonReport);

declare global {
  interface HTMLElementTagNameMap {
    'cr-comparison-report': CrComparisonReport;
  }
}
