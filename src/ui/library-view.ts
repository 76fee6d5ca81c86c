/**
 * <cr-library-view>: the library page. Lists every shipped article as a link named by its title,
 * with what the text says of its outlet, author and date, and its length in words.
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleEntry } from '../model/library.js';
import type { AnnotationStore } from './annotation-store.js';
import { annotationStoreContext, articleSourceContext } from './contexts.js';
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

  private renderEntry(entry: ArticleEntry) {
    return html`<li>
      <a href=${routeHash({ name: 'article', id: entry.id })} lang=${entry.lang}>${entry.title}</a>
      <p class="meta">
        ${entry.outlet ? html`<span>${entry.outlet}</span>` : nothing}
        ${entry.author ? html`<span>${entry.author}</span>` : nothing}
        ${entry.date ? html`<span><time datetime=${entry.date}>${formatIsoDate(entry.date)}</time></span>` : nothing}
        <span>${formatWordCount(entry.wordCount)}</span>
        ${this.counts ? html`<span>${formatAnnotationCount(this.counts.get(entry.id)?.get('*') ?? 0)}</span>` : nothing}
        ${entry.titleSource === 'editorial' ? html`<span>${msg('Title supplied by Close Reader')}</span>` : nothing}
      </p>
    </li>`;
  }
}

customElements.define('cr-library-view', CrLibraryView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-library-view': CrLibraryView;
  }
}
