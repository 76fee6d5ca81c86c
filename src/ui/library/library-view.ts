/**
 * <cr-library-view>: the library page. Lists every article, shipped or the reader's own, as a link
 * named by its title, with what the text says of its outlet, author and date, its length in words
 * and its annotations per category. Own documents can be deleted, after a confirmation that says
 * how many annotations go with them. Below the intro, <cr-storage-note> says how much this browser
 * stores and reminds a reader who has not exported for a while.
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleEntry } from '../../model/documents/library.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import { categoryLabel } from '../../model/schemes/category.js';
import { download } from '../shared/download.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, libraryStoreContext, settingsContext, sourceAliasesContext } from '../shared/contexts.js';
import { describeFailure } from '../shared/failure-message.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';
import { consumeStore } from '../shared/store-consumer.js';
import { formatAnnotationCount, formatIsoDate, formatWordCount } from '../shared/format.js';
import { routeHash } from '../shared/hash-route.js';
import { formatCount, plural } from '../shared/plural.js';
import { libraryViewStyles } from './library-view.styles.js';
import { TOTAL_KEY } from '../../model/annotations/annotation-counts.js';
import { shorten } from '../../model/text/shorten.js';
import { isOwnReading } from '../../model/sets/annotation-set.js';
import './storage-note.js';
import './assignment-list.js';

/** The list of articles. */
export class CrLibraryView extends LitElement {
  static override styles = libraryViewStyles;

  static override properties = { counts: { state: true }, message: { state: true }, confirming: { state: true } };

  /** The own document whose deletion is being confirmed, and how many annotations it has. */
  declare confirming: { readonly entry: ArticleEntry; readonly annotations: number } | undefined;

  /** The last export's outcome, for screen readers. */
  declare message: string;

  /** Annotations per article and category ('*': all), once counted. */
  declare counts: Map<string, Map<string, number>> | undefined;

  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly library = consumeStore(this, libraryStoreContext);
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private readonly aliases = new ContextConsumer(this, { context: sourceAliasesContext, subscribe: true });
  private readonly settings = new ContextConsumer(this, { context: settingsContext, subscribe: true });
  /** Counts again whenever annotations change (a tag in another tab, an import). */
  private readonly annotations = consumeStore(this, annotationStoreContext, () => this.recount());

  private recount(): void {
    const store: AnnotationStore | undefined = this.annotations.value;
    store
      ?.counts()
      .then((counts) => (this.counts = counts))
      .catch((error: unknown) => console.error('could not count annotations', error));
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.message = '';
    this.confirming = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Library')} – ${msg('Close Reader')}`;
  }

  protected override render() {
    const entries = this.articles.value?.entries ?? [];
    return html`
      <div class="heading">
        <h1>${msg('Library')}</h1>
        <button type="button" @click=${() => void this.exportLibrary()}>${msg('Export')}</button>
      </div>
      <p class="intro">${msg('Choose an article to read closely. Export saves the annotations of every article in one file.')}</p>
      <cr-storage-note .annotationCount=${this.counts ? [...this.counts.values()].reduce((sum, counts) => sum + (counts.get(TOTAL_KEY) ?? 0), 0) : undefined}></cr-storage-note>
      <p class="add"><a href=${routeHash({ name: 'add-document' })}>${msg('Add your own document')}</a></p>
      <p class="add"><a href=${routeHash({ name: 'statistics' })}>${msg('Statistics')}</a></p>
      <p class="add"><a href=${routeHash({ name: 'open-shared' })}>${msg('Open a shared project')}</a></p>
      <p class="visually-hidden" role="status">${this.message}</p>
      <cr-assignment-list></cr-assignment-list>
      <ol aria-label=${msg('Articles')} @pointerover=${this.onIntent} @focusin=${this.onIntent}>
        ${entries.map((entry) => this.renderEntry(entry))}
      </ol>
    `;
  }

  /** The pointer or the focus reached an article's link: the reader page may load before the click. */
  private readonly onIntent = (event: Event): void => {
    if ((event.target as Element | null)?.closest?.('a')) fire(this, 'cr-reader-wanted');
  };

  /** Downloads the annotations of every article as one W3C AnnotationCollection. */
  private async exportLibrary(): Promise<void> {
    const [articles, annotations, categories] = [this.articles.value, this.annotations.value, this.categories.value];
    if (!articles || !annotations || !categories) return;
    // The export's code loads with the first export: the library opens without it.
    const { buildExport } = await import('../../app/export/annotation-export.js');
    const file = await buildExport({
      annotations: (await annotations.listAll()).filter(isOwnReading),
      relations: await annotations.listAllRelations(),
      articles,
      aliases: this.aliases.value,
      categories,
      ownDocument: (id) => this.library.value?.ownDocument(id),
      documentIds: articles.entries.map((entry) => entry.id),
      locale: currentLocale(),
      creatorName: this.settings.value?.settings.creatorName ?? '',
      scope: 'library',
      label: 'Close Reader: library',
    });
    download(file);
    void this.settings.value?.recordExport(new Date().toISOString());
    this.message = msg(str`Exported as ${file.fileName}`);
  }

  private renderCounts(counts: Map<string, number> | undefined) {
    const categories = this.categories.value?.categories ?? [];
    const locale = currentLocale();
    const used = categories.filter((category) => (counts?.get(category.id) ?? 0) > 0);
    return html`<span>${formatAnnotationCount(counts?.get('*') ?? 0)}</span>
      ${used.length
        ? html`<ul class="category-counts" aria-label=${msg('Annotations per category')}>
            ${used.map(
              (category) =>
                html`<li style="--cr-hl-colour: ${category.colour}">
                  <span class="swatch" aria-hidden="true"></span>${categoryLabel(category, locale)} ${formatCount(counts?.get(category.id) ?? 0)}
                </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  private renderEntry(entry: ArticleEntry) {
    return html`<li>
      <a href=${routeHash({ name: 'article', id: entry.id })} lang=${entry.lang}>${entry.title}</a>
      <div class="meta">
        ${entry.outlet ? html`<span>${entry.outlet}</span>` : nothing}
        ${entry.author ? html`<span>${entry.author}</span>` : nothing}
        ${entry.date ? html`<span><time datetime=${entry.date}>${formatIsoDate(entry.date)}</time></span>` : nothing}
        <span>${formatWordCount(entry.wordCount)}</span>
        ${this.counts ? this.renderCounts(this.counts.get(entry.id)) : nothing}
        ${entry.titleSource === 'editorial' ? html`<span>${msg('Title supplied by Close Reader')}</span>` : nothing}
        ${entry.own ? html`<span>${msg('Your document')}</span>` : nothing}
      </div>
      ${entry.own ? this.renderDelete(entry) : nothing}
    </li>`;
  }

  private renderDelete(entry: ArticleEntry) {
    const confirming = this.confirming?.entry.id === entry.id ? this.confirming : undefined;
    if (!confirming) {
      return html`<button type="button" class="delete" @click=${() => void this.askDelete(entry)}>
        ${msg('Delete')}<span class="visually-hidden"> ${entry.title}</span>
      </button>`;
    }
    return html`<div class="confirm" role="group" aria-label=${msg('Confirm deletion')}>
      <p>${this.deleteQuestion(shorten(entry.title), confirming.annotations)}</p>
      <button type="button" class="danger" @click=${() => void this.delete(entry)}>${msg('Delete document')}</button>
      <button type="button" @click=${() => (this.confirming = undefined)}>${msg('Keep it')}</button>
    </div>`;
  }

  /** "Delete “…” and its 3 annotations? This cannot be undone.", with the count in its plural form. */
  private deleteQuestion(title: string, annotations: number): string {
    return plural(annotations, {
      zero: () => msg(str`Delete “${title}”? This cannot be undone.`),
      one: () => msg(str`Delete “${title}” and its 1 annotation? This cannot be undone.`),
      other: (count) => msg(str`Delete “${title}” and its ${count} annotations? This cannot be undone.`),
    });
  }

  private async askDelete(entry: ArticleEntry): Promise<void> {
    const annotations = (await this.library.value?.countAnnotations(entry.id)) ?? 0;
    this.confirming = { entry, annotations };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm .danger')?.focus();
  }

  private async delete(entry: ArticleEntry): Promise<void> {
    try {
      const removed = (await this.library.value?.delete(entry.id)) ?? 0;
      const title = shorten(entry.title);
      this.message = plural(removed, {
        zero: () => msg(str`Deleted “${title}”.`),
        one: () => msg(str`Deleted “${title}” and 1 annotation.`),
        other: (count) => msg(str`Deleted “${title}” and ${count} annotations.`),
      });
      this.recount();
    } catch (error) {
      this.message = describeFailure(error);
    } finally {
      this.confirming = undefined;
    }
  }
}

customElements.define('cr-library-view', CrLibraryView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-library-view': CrLibraryView;
  }
}
