/**
 * <cr-library-view>: the library page. Lists every shipped article as a link named by its title,
 * with what the text says of its outlet, author and date, and its length in words.
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleEntry } from '../model/library.js';
import type { AnnotationStore } from './annotation-store.js';
import { categoryLabel } from '../model/category.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext } from './contexts.js';
import { currentLocale } from './localization.js';
import { formatAnnotationCount, formatIsoDate, formatWordCount } from './format.js';
import { routeHash } from './hash-route.js';
import { libraryViewStyles } from './library-view.styles.js';

/** The list of articles. */
export class CrLibraryView extends LitElement {
  static override styles = libraryViewStyles;

  static override properties = { counts: { state: true } };

  /** Annotations per article and category ('*': all), once counted. */
  declare counts: Map<string, Map<string, number>> | undefined;

  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: (store: AnnotationStore | undefined) => {
      store
        ?.counts()
        .then((counts) => (this.counts = counts))
        .catch((error: unknown) => console.error('could not count annotations', error));
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Library')} – ${msg('Close Reader')}`;
  }

  protected override render() {
    const entries = this.articles.value?.entries ?? [];
    return html`
      <h1>${msg('Library')}</h1>
      <p class="intro">${msg('Choose an article to read closely.')}</p>
      <ol aria-label=${msg('Articles')}>
        ${entries.map((entry) => this.renderEntry(entry))}
      </ol>
    `;
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
                  <span class="swatch" aria-hidden="true"></span>${categoryLabel(category, locale)} ${counts?.get(category.id)}
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
      </div>
    </li>`;
  }
}

customElements.define('cr-library-view', CrLibraryView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-library-view': CrLibraryView;
  }
}
