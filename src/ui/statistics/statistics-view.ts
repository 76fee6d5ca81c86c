/**
 * <cr-statistics-view>: the statistics page (issue 17) of the library (`#/statistics`), of one
 * article (`#/doc/<id>/statistics`) or of an assignment's class (`#/assignment/<id>/statistics`):
 * counts per category and subcategory, categories by article (when there are several), categories
 * together in a paragraph, the speakers with their quotes and the statistics with their sources;
 * charts beside the tables of categories and speakers; every table sortable and saved as CSV, and
 * every annotation of the page as one CSV. It loads lazily (app.ts), only when opened.
 *
 * It reads the data once when opened ({@link loadStatistics}) and again when categories change, or
 * annotations or relations of the sets it counts (here or in another tab), once the changes have
 * settled: one read for a burst of changes, none for a change elsewhere.
 *
 * Shadow DOM: nothing here is a ProseMirror view; the page's parts are styled here.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AnnotationsChanged } from '../../app/annotations/annotation-store.js';
import { type StatisticsData, type StatisticsTarget, loadStatistics } from '../../app/statistics/statistics-loader.js';
import { statisticsCsvFileName } from '../../app/statistics/statistics-file-name.js';
import { CSV_MEDIA_TYPE, csvFormatOf, csvText } from '../../model/csv/csv-writer.js';
import { annotationsCsv } from '../../model/statistics/annotations-csv.js';
import { categoryCountRows, coOccurrenceRows, crossTableRows, speakerRows, statisticSourceRows, type StatisticsWords } from '../../model/statistics/statistics-rows.js';
import { tableCsvRows, type TableRows } from '../../model/statistics/table-sort.js';
import { loadFailureMessage } from '../reader/reader-failure.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../shared/contexts.js';
import { controlStyles } from '../shared/controls.styles.js';
import { download } from '../shared/download.js';
import { routeHash } from '../shared/hash-route.js';
import { currentLocale } from '../shared/localization.js';
import { plural } from '../shared/plural.js';
import { consumeStore } from '../shared/store-consumer.js';
import { StoreController } from '../shared/store-controller.js';
import { renderBarChart } from './bar-chart.js';
import { changeConcerns } from './statistics-change-filter.js';
import { SPEAKERS_IN_CHART, categoryBars, crossBars, speakerBars } from './statistics-charts.js';
import { statisticsViewStyles } from './statistics-view.styles.js';
import { annotationsCsvWords, statisticsWords, type WordSources } from './statistics-words.js';
import './statistics-table.js';

/** How long after a store's last change the page reads again (a hand-in collected is a burst of changes). */
const SETTLE_MS = 150;

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly data: StatisticsData };

/** See the module comment. */
export class CrStatisticsView extends LitElement {
  static override styles = [controlStyles, statisticsViewStyles];

  static override properties = {
    // The app makes a new target object at each of its renders: only another target reads again.
    target: { attribute: false, hasChanged: (next: unknown, previous: unknown) => JSON.stringify(next) !== JSON.stringify(previous) },
    loaded: { state: true },
  };

  /** Whose statistics. */
  declare target: StatisticsTarget;
  declare loaded: Loaded;

  // A new target reads at once (`willUpdate`); every other trigger reads again through `changed`,
  // once the changes have settled. A context given before the first update is no change: that
  // update reads with it.
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true, callback: () => this.contextChanged() });
  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true, callback: () => this.contextChanged() });
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: () => {
      this.annotationsWatch.resubscribe();
      this.contextChanged();
    },
  });
  // Only a change in a set the page counts reads again (a note typed in another article does not).
  private readonly annotationsWatch = new StoreController<[AnnotationsChanged]>(
    this,
    () => this.annotations.value,
    (change) => {
      if (changeConcerns(this.target, change)) this.changed();
    },
  );
  private readonly categories = consumeStore(this, categoryStoreContext, () => this.contextChanged());
  private request = 0;
  private settling: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.target = { kind: 'library' };
    this.loaded = { state: 'loading' };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('target')) {
      // Another page (or the first): read at once; a read still settling would read the same.
      clearTimeout(this.settling);
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settling);
  }

  /** A context gave a (new) value or a store changed: read again, unless the first update is still to read. */
  private contextChanged(): void {
    if (this.hasUpdated) this.changed();
  }

  /** Something the page counts changed: read again once the changes have settled. */
  private changed(): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => void this.load(), SETTLE_MS);
  }

  /** Reads the statistics again; resolves when the page shows what was read (the last request wins). */
  async load(): Promise<void> {
    const [articles, annotations, categories] = [this.articles.value, this.annotations.value, this.categories.value];
    if (!articles || !annotations || !categories) return;
    if (this.target.kind === 'assignment' && !this.classroom.value) return;
    const request = ++this.request;
    let loaded: Loaded;
    try {
      const data = await loadStatistics(this.target, {
        articles,
        categories,
        ...(this.classroom.value ? { classroom: this.classroom.value } : {}),
        listAnnotations: () => annotations.listAll(),
        listRelations: () => annotations.listAllRelations(),
      });
      loaded = data ? { state: 'ready', data } : { state: 'missing' };
    } catch (error) {
      loaded = { state: 'failed', error };
    }
    if (request !== this.request) return;
    this.loaded = loaded;
    await this.updateComplete;
  }

  protected override render() {
    const loaded = this.loaded;
    switch (loaded.state) {
      case 'loading':
        return html`<p role="status">${msg('Counting the annotations…')}</p>`;
      case 'missing':
        return html`<h1>${msg('Nothing to count here')}</h1>
          <p>${msg('This browser has no such article or assignment.')} <a href="#/">${msg('Back to the library')}</a></p>`;
      case 'failed':
        return html`<p class="failure" role="alert">${msg(str`The annotations could not be read: ${loadFailureMessage(loaded.error)}`)}</p>`;
      case 'ready':
        return this.renderPage(loaded.data);
    }
  }

  private renderPage(data: StatisticsData) {
    const { statistics } = data;
    const sources = this.wordSources(data);
    const words = statisticsWords(sources);
    const subject = this.subject(data);
    const table = (caption: string, rows: TableRows, footer = 0) =>
      html`<cr-statistics-table .table=${rows} caption=${caption} file-name=${statisticsCsvFileName(subject, caption)} footer=${footer}></cr-statistics-table>`;
    const withChart = (chart: TemplateResult, rest: TemplateResult) => html`<div class="pair"><div class="chart-box">${chart}</div>${rest}</div>`;
    const annotations = statistics.annotations.length;
    return html`
      <h1>${this.heading(data)}</h1>
      <nav aria-label=${msg('Statistics')}>${this.renderLinks(data)}</nav>
      <p role="status">${this.summary(data)}</p>
      ${annotations === 0
        ? html`<p class="empty">${msg('No annotations yet: tag passages in an article, and their figures appear here.')}</p>`
        : html`
            <section aria-labelledby="categories">
              <h2 id="categories">${msg('Categories')}</h2>
              ${withChart(
                renderBarChart(categoryBars(data, words), msg('Chart: annotations per category')),
                table(msg('Annotations per category'), categoryCountRows(statistics.counts, words)),
              )}
              <p class="note">${msg('A category counts the annotations of its subcategories too, each once.')}</p>
            </section>
            ${statistics.crossTable.documentIds.length > 1
              ? html`<section aria-labelledby="by-article">
                  <h2 id="by-article">${msg('Categories by article')}</h2>
                  ${withChart(
                    renderBarChart(crossBars(data, words), msg('Chart: annotations per category in each article')),
                    table(msg('Annotations per category and article'), crossTableRows(statistics.crossTable, words), 1),
                  )}
                </section>`
              : nothing}
            <section aria-labelledby="together">
              <h2 id="together">${msg('Categories together in a paragraph')}</h2>
              ${statistics.coOccurrence.pairs.length > 0
                ? table(msg('Paragraphs holding both categories'), coOccurrenceRows(statistics.coOccurrence, words))
                : html`<p class="empty">${msg('No paragraph holds two categories yet.')}</p>`}
            </section>
            ${this.renderRelations(data, words, table)}
            <section aria-labelledby="export">
              <h2 id="export">${msg('Export')}</h2>
              <button type="button" class="export" @click=${() => this.saveAnnotations(data)}>${msg('All annotations (CSV)')}</button>
              <p class="note">
                ${currentLocale() === 'de'
                  ? msg('Separated by semicolons, with decimal commas: for spreadsheets set to German.')
                  : msg('Separated by commas, with decimal points: for spreadsheets set to English.')}
              </p>
            </section>
          `}
    `;
  }

  private renderRelations(data: StatisticsData, words: StatisticsWords, table: (caption: string, rows: TableRows) => TemplateResult) {
    const { statistics } = data;
    if (statistics.relations.length === 0) {
      return html`<section aria-labelledby="relations">
        <h2 id="relations">${msg('Speakers and sources')}</h2>
        <p class="empty">
          ${msg('No links yet: link a quote to its speaker in the reader: open the quote’s card and choose “Link to…”, or focus the quote and press L.')}
        </p>
      </section>`;
    }
    const categories = new Map([...(this.categories.value?.categories ?? []), ...data.categories].map((category) => [category.id, category]));
    return html`
      <section aria-labelledby="speakers">
        <h2 id="speakers">${msg('Speakers and their quotes')}</h2>
        ${statistics.speakers.length > 0
          ? html`<div class="pair">
              <div class="chart-box">
                ${renderBarChart(speakerBars(data, categories), msg('Chart: quotes per speaker'))}
                ${statistics.speakers.length > SPEAKERS_IN_CHART
                  ? html`<p class="note">${msg(str`The chart shows the ${SPEAKERS_IN_CHART} speakers quoted most; the table lists them all.`)}</p>`
                  : nothing}
              </div>
              ${table(msg('Speakers with their quotes'), speakerRows(statistics.speakers, words))}
            </div>`
          : html`<p class="empty">${msg('No quote is linked to its speaker yet.')}</p>`}
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">${msg('Statistics and their sources')}</h2>
        ${statistics.statistics.length > 0
          ? table(msg('Statistics with their sources'), statisticSourceRows(statistics.statistics, words))
          : html`<p class="empty">${msg('No statistic is linked to its source yet.')}</p>`}
      </section>
    `;
  }

  private renderLinks(data: StatisticsData) {
    const target = data.target;
    switch (target.kind) {
      case 'library':
        return html`<a href="#/">${msg('Back to the library')}</a>`;
      case 'article':
        return html`<a href=${routeHash({ name: 'article', id: target.documentId })}>${msg('Back to the article')}</a>
          <a href=${routeHash({ name: 'statistics' })}>${msg('Statistics of the library')}</a>`;
      case 'assignment':
        return data.record?.role === 'teacher'
          ? html`<a href=${routeHash({ name: 'class', id: target.assignmentId })}>${msg('Back to the class view')}</a>`
          : html`<a href=${routeHash({ name: 'assignment', id: target.assignmentId })}>${msg('Back to the assignment')}</a>`;
    }
  }

  private heading(data: StatisticsData): string {
    switch (data.target.kind) {
      case 'library':
        return msg('Statistics of the library');
      case 'article':
        return msg(str`Statistics: ${data.title ?? ''}`);
      case 'assignment':
        return msg(str`Statistics of the class: ${data.title ?? ''}`);
    }
  }

  /** What the page counts: "12 annotations in 2 articles, 3 links". */
  private summary(data: StatisticsData): string {
    const { annotations, relations } = data.statistics;
    const counted = plural(annotations.length, { one: (n) => msg(str`${n} annotation`), other: (n) => msg(str`${n} annotations`) });
    const articles = plural(data.documentIds.length, { one: (n) => msg(str`in ${n} article`), other: (n) => msg(str`in ${n} articles`) });
    const links = plural(relations.length, { one: (n) => msg(str`${n} link`), other: (n) => msg(str`${n} links`) });
    return annotations.length === 0 ? counted : `${counted} ${articles}, ${links}`;
  }

  /** What the files are named after: the article's or assignment's title, or "Library". */
  private subject(data: StatisticsData): string {
    return data.title ?? msg('Library');
  }

  private wordSources(data: StatisticsData): WordSources {
    return { data, articles: this.articles.value, allCategories: this.categories.value?.categories ?? [], locale: currentLocale() };
  }

  /** Saves every annotation of the page, one row per annotation and category, with its relations. */
  private saveAnnotations(data: StatisticsData): void {
    const { statistics } = data;
    const rows = annotationsCsv(
      statistics.annotations,
      { categories: [...(this.categories.value?.categories ?? []), ...data.categories], relations: statistics.relations, documentIds: data.documentIds },
      annotationsCsvWords(this.wordSources(data)),
    );
    const what = msg('All annotations');
    download({ fileName: statisticsCsvFileName(this.subject(data), what), json: csvText(tableCsvRows(rows), csvFormatOf(currentLocale())) }, CSV_MEDIA_TYPE);
  }
}

customElements.define('cr-statistics-view', CrStatisticsView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-statistics-view': CrStatisticsView;
  }
}
