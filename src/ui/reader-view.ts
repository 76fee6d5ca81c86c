/**
 * <cr-reader-view>: one article, for close reading. Shows the title (the article's own headline,
 * or the one we supplied), what the text says of outlet, author and date, a text size control, and
 * the text itself in a read-only but selectable ProseMirror view.
 *
 * Light DOM, like <cr-app>: the ProseMirror view must not sit in a shadow root (STYLE.md, 7); its
 * styles are global (styles/reader.css, styles/prosemirror.css).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleBody } from '../model/article.js';
import type { ArticleEntry } from '../model/library.js';
import { DEFAULT_FONT_SCALE } from '../model/reader-settings.js';
import { ArticleViewController } from './article-view-controller.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, settingsContext } from './contexts.js';
import { formatIsoDate, formatWordCount } from './format.js';
import { currentLocale } from './localization.js';
import './annotation-card.js';
import './font-size-control.js';
import { StoreController } from './store-controller.js';
import './tag-toolbar.js';
import { TaggingController } from './tagging-controller.js';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly entry: ArticleEntry; readonly body: ArticleBody };

/** The reading page of one article. */
export class CrReaderView extends LitElement {
  static override properties = {
    documentId: { attribute: 'document-id' },
    loaded: { state: true },
  };

  /** The id (slug) of the article to show. */
  declare documentId: string;
  declare loaded: Loaded;

  private readonly articles = new ContextConsumer(this, {
    context: articleSourceContext,
    subscribe: true,
    callback: () => void this.load(),
  });
  private readonly settings = new ContextConsumer(this, {
    context: settingsContext,
    subscribe: true,
    callback: () => this.settingsWatch.resubscribe(),
  });
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: () => this.tagging.resubscribe(),
  });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private readonly settingsWatch = new StoreController(this, () => this.settings.value);
  private readonly articleView = new ArticleViewController(this);
  private readonly tagging = new TaggingController(this, () => ({
    annotations: this.annotations.value,
    categories: this.categories.value,
    settings: this.settings.value,
  }));
  private loadRequest = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.loaded = { state: 'loading' };
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The live ProseMirror view (for tests and for the tagging tools built on it). */
  get editorView() {
    return this.articleView.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('documentId')) void this.load();
  }

  protected override updated(): void {
    if (this.loaded.state !== 'ready') return;
    const mount = this.querySelector<HTMLElement>('.cr-article-mount');
    if (!mount) return;
    const documentId = this.loaded.entry.id;
    this.articleView.show({
      mount,
      blocks: this.loaded.body.blocks,
      label: this.loaded.entry.title,
      plugins: () => this.tagging.plugins(),
      onCreate: (view) => this.tagging.attach(view, documentId),
    });
    if (this.tagging.focusCard) {
      this.tagging.focusCard = false;
      const card = this.querySelector('cr-annotation-card');
      void card?.updateComplete.then(() => card.focus());
    }
    document.title = `${this.loaded.entry.title} – ${msg('Close Reader')}`;
  }

  private async load(): Promise<void> {
    const source = this.articles.value;
    if (!source || !this.documentId) return;
    const request = ++this.loadRequest;
    const entry = source.entry(this.documentId);
    if (!entry) {
      this.loaded = { state: 'missing' };
      return;
    }
    this.loaded = { state: 'loading' };
    try {
      const body = await source.loadBody(entry.id);
      if (request === this.loadRequest) this.loaded = { state: 'ready', entry, body };
    } catch (error) {
      if (request === this.loadRequest) {
        this.loaded = { state: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    }
  }

  protected override render() {
    const loaded = this.loaded;
    switch (loaded.state) {
      case 'loading':
        return html`<p class="cr-reader-status" role="status">${msg('Loading the article…')}</p>`;
      case 'missing':
        return html`<h1 class="cr-reader-status">${msg('Article not found')}</h1>
          <p>${msg('The library has no article with this address.')} <a href="#/">${msg('Back to the library')}</a></p>`;
      case 'failed':
        return html`<h1 class="cr-reader-status">${msg('The article could not be opened')}</h1>
          <pre class="cr-reader-error">${loaded.message}</pre>
          <p><a href="#/">${msg('Back to the library')}</a></p>`;
      case 'ready':
        return this.renderArticle(loaded.entry, loaded.body);
    }
  }

  private renderArticle(entry: ArticleEntry, body: ArticleBody) {
    const scale = this.settings.value?.settings.fontScale ?? DEFAULT_FONT_SCALE;
    const hasHeadline = body.blocks.some((block) => block.type === 'headline');
    return html`
      <div class="cr-reader" style="--cr-font-scale: ${scale}">
        <div class="cr-reader-toolbar">
          <a class="cr-back-link" href="#/">${msg('← Library')}</a>
          <cr-font-size-control></cr-font-size-control>
        </div>
        ${this.renderTools()}
        <div class="cr-reader-page" lang=${entry.lang}>
          ${hasHeadline ? nothing : html`<h1 class="cr-editorial-title">${entry.title}</h1>`}
          <p class="cr-reader-meta" lang=${currentLocale()}>
            ${entry.outlet ? html`<span>${entry.outlet}</span>` : nothing}
            ${entry.author ? html`<span>${entry.author}</span>` : nothing}
            ${entry.date ? html`<span><time datetime=${entry.date}>${formatIsoDate(entry.date)}</time></span>` : nothing}
            <span>${formatWordCount(entry.wordCount)}</span>
            ${hasHeadline ? nothing : html`<span>${msg('Title supplied by Close Reader')}</span>`}
          </p>
          <div class="cr-article-mount"></div>
        </div>
        ${this.renderCard(entry)}
      </div>
    `;
  }

  private renderTools() {
    const store = this.annotations.value;
    return html`
      <cr-tag-toolbar
        class="cr-tag-toolbar"
        .categories=${this.categories.value?.categories ?? []}
        ?can-undo=${store?.history.canUndo ?? false}
        ?can-redo=${store?.history.canRedo ?? false}
        ?snap-to-words=${this.settings.value?.settings.snapToWords ?? true}
        @cr-tag=${(event: CustomEvent<{ categoryId: string }>) => void this.tagging.tagSelection(event.detail.categoryId)}
        @cr-undo=${() => void this.tagging.undo()}
        @cr-redo=${() => void this.tagging.redo()}
        @cr-snap-change=${(event: CustomEvent<{ snapToWords: boolean }>) => void this.settings.value?.setSnapToWords(event.detail.snapToWords)}
      ></cr-tag-toolbar>
      <p class="cr-failure" role="alert">${this.tagging.failure}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.tagging.announcement}</div>
    `;
  }

  private renderCard(entry: ArticleEntry) {
    const open = this.tagging.openAnnotations();
    if (open.length === 0) return nothing;
    return html`<cr-annotation-card
      class="cr-card"
      .annotations=${open}
      .categories=${this.categories.value?.categories ?? []}
      article-lang=${entry.lang}
      @cr-annotation-categories=${(event: CustomEvent<{ id: string; categoryIds: string[] }>) =>
        void this.tagging.edit(event.detail.id, { categoryIds: event.detail.categoryIds })}
      @cr-annotation-note=${(event: CustomEvent<{ id: string; note: string }>) =>
        void this.tagging.edit(event.detail.id, { note: event.detail.note })}
      @cr-annotation-delete=${(event: CustomEvent<{ id: string }>) => void this.tagging.remove(event.detail.id)}
      @cr-card-close=${() => this.tagging.closeCard()}
    ></cr-annotation-card>`;
  }
}

customElements.define('cr-reader-view', CrReaderView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-reader-view': CrReaderView;
  }
}
