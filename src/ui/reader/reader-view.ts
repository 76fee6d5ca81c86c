/**
 * <cr-reader-view>: one article, for close reading. Shows the title (the article's own headline,
 * or the one we supplied), what the text says of outlet, author and date, a text size control, and
 * the text itself in a read-only but selectable ProseMirror view.
 *
 * Light DOM, like <cr-app>: the ProseMirror view must not sit in a shadow root (STYLE.md, 7); its
 * styles are global (styles/reader.css, styles/prosemirror.css).
 *
 * The layout is CSS (styles/reader.css), for every screen from a phone to a projector: on a wide
 * one the sidebar is a column beside the text and the tools stick to the top; on a narrower one the
 * category buttons stick to the top and the sidebar is a panel over the text (SidebarPanelController).
 * The card opens next to its passage, in view (CardPlacementController); what the page scrolls to
 * stays clear of the sticky toolbar (StickyToolsPadding). Relations (issue 17): the card and the
 * sidebar show them and the text marks a focused annotation's partners (RelationDisplay); the
 * card's "Link to…" or `L` makes one (LinkModeController, with its status line above the text).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { canonicalText, type ArticleBody } from '../../model/documents/article.js';
import type { ArticleEntry } from '../../model/documents/library.js';
import { loadFailureMessage, renderReaderFailure } from './reader-failure.js';
import { DEFAULT_FONT_SCALE } from '../../model/settings/reader-settings.js';
import { DEFAULT_SCHEME_ID } from '../../model/schemes/category.js';
import { ArticleViewController } from './article-view-controller.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, libraryStoreContext, settingsContext, sourceAliasesContext } from '../shared/contexts.js';
import { on } from '../shared/events.js';
import { formatIsoDate, formatWordCount } from '../shared/format.js';
import './distribution-strip.js';
import { currentLocale } from '../shared/localization.js';
import './font-size-control.js';
import { consumeStore } from '../shared/store-consumer.js';
import { TaggingController, type TaggingServices } from './tagging-controller.js';
import { Announcer } from '../shared/announcer.js';
import { exportOwnReading } from './own-reading-export.js';
import '../assignments/teacher-create-button.js';
import { ReadingAidsController } from './reading-aids-controller.js';
import { renderCard, renderFindBar, renderSchemeChoice, renderShareLink, renderSidebar, renderStatisticsLink, renderTagToolbar } from './reader-tools.js';
import { PANEL_ID, SidebarPanelController } from './sidebar-panel.js';
import { CardPlacementController } from './card-placement-controller.js';
import { StickyToolsPadding } from './sticky-tools-padding.js';
import { highlightRects } from '../../editor/highlight-rects.js';
import { caretBox } from './caret-box.js';
import { LinkModeController } from './link-mode-controller.js';
import { RelationDisplay } from './relation-display.js';
import { renderLinkStatus } from './link-status.js';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly entry: ArticleEntry; readonly body: ArticleBody };

/** The reading page of one article. */
export class CrReaderView extends LitElement {
  static override properties = {
    documentId: { attribute: 'document-id' },
    setId: { attribute: false },
    assignedSchemeId: { attribute: false },
    hideDefinitions: { attribute: false },
    loaded: { state: true },
    schemeId: { state: true },
  };

  /** The category scheme this article is read with. */
  declare schemeId: string;
  /** The id (slug) of the article to show. */
  declare documentId: string;
  /** The annotation set to edit (a student's work, a model answer); the reader's own reading when unset. */
  declare setId: string | undefined;
  /** The scheme an assignment reads the article with, instead of the article's own choice. */
  declare assignedSchemeId: string | undefined;
  /** Leave the categories' definitions out of the tag toolbar (an assignment's rule). */
  declare hideDefinitions: boolean | undefined;
  declare loaded: Loaded;

  private readonly articles = new ContextConsumer(this, {
    context: articleSourceContext,
    subscribe: true,
    callback: () => void this.load(),
  });
  private readonly settings = consumeStore(this, settingsContext);
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: (store) => {
      if (this.documentId) store.editSet(this.documentId, this.setId);
      this.tagging.resubscribe();
    },
  });
  private readonly library = new ContextConsumer(this, { context: libraryStoreContext, subscribe: true });
  private readonly aliases = new ContextConsumer(this, { context: sourceAliasesContext, subscribe: true });
  private readonly categories = consumeStore(this, categoryStoreContext, () => void this.loadScheme());
  private readonly articleView = new ArticleViewController(this);
  private readonly announcer = new Announcer(this);
  private readonly services = (): TaggingServices => ({
    annotations: this.annotations.value,
    categories: this.categories.value,
    settings: this.settings.value,
    schemeId: this.schemeId,
    hiddenCategories: this.aids.hiddenCategories,
  });
  private readonly tagging = new TaggingController(this, this.services, this.announcer);
  private readonly aids = new ReadingAidsController(this, this.services, this.announcer);
  private readonly relationSource = {
    services: this.services,
    view: () => this.articleView.view,
    documentId: () => (this.loaded.state === 'ready' ? this.loaded.entry.id : ''),
  };
  private readonly relations = new RelationDisplay(this.relationSource);
  private readonly linking = new LinkModeController(
    this,
    {
      ...this.relationSource,
      ordered: () => this.aids.shownAnnotations(),
      openId: () => this.tagging.openIds[0],
      selectedId: () => this.aids.selectedId,
      jump: (id) => {
        this.aids.select(id);
        this.tagging.openIds = [id];
        this.tagging.focusCard = true;
        this.requestUpdate();
      },
    },
    this.relations,
    this.announcer,
  );
  private readonly panel = new SidebarPanelController(this);
  private readonly cardPlacement = new CardPlacementController(this, {
    caret: () => caretBox(this.articleView.view),
    passage: (id) => {
      const view = this.articleView.view;
      return view && !view.isDestroyed ? highlightRects(view, id) : [];
    },
    beside: () => this.panel.wide,
  });
  private readonly stickyPadding = new StickyToolsPadding(this);
  private loadRequest = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.loaded = { state: 'loading' };
    this.schemeId = DEFAULT_SCHEME_ID;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The live ProseMirror view (for tests and for the tagging tools built on it). */
  get editorView() {
    return this.articleView.view;
  }

  /**
   * Puts keyboard focus in the article text, with its caret (at the start, or where the reader
   * left it) scrolled into view: where the skip link leads. False while no text is shown yet.
   */
  focusText(): boolean {
    const view = this.articleView.view;
    if (!view || view.isDestroyed) return false;
    view.focus();
    view.dispatch(view.state.tr.scrollIntoView());
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('documentId') || changed.has('setId')) {
      if (this.documentId) this.annotations.value?.editSet(this.documentId, this.setId);
      void this.load();
    }
    if (changed.has('documentId') || changed.has('assignedSchemeId')) void this.loadScheme();
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
      plugins: () => [...this.tagging.plugins(documentId), ...this.aids.plugins(), ...this.relations.plugins()],
      onCreate: (view) => {
        this.tagging.attach(view, documentId);
        this.aids.attach(view, documentId);
        // A link under way belonged to the text shown before.
        this.linking.cancel(false);
      },
    });
    this.aids.mark(this.tagging.openIds[0] ?? this.aids.selectedId);
    this.relations.sync(this.tagging.openIds[0] ?? this.aids.selectedId);
    // The card takes focus (opened from the keyboard) only once it is in place: in view, so
    // focusing it does not scroll the page.
    const focusCard = this.tagging.focusCard;
    this.tagging.focusCard = false;
    const textSize = this.settings.value?.settings.fontScale ?? DEFAULT_FONT_SCALE;
    void this.cardPlacement.place(this.tagging.openIds, textSize).then((card) => {
      if (focusCard) card?.focus();
    });
    document.title = `${this.loaded.entry.title} – ${msg('Close Reader')}`;
  }

  /** Downloads the reader's own reading of this article as a W3C AnnotationCollection. */
  private async exportArticle(entry: ArticleEntry): Promise<void> {
    const [articles, annotations, categories, settings] = [this.articles.value, this.annotations.value, this.categories.value, this.settings.value];
    if (!articles || !annotations || !categories) return;
    const file = await exportOwnReading(entry, { articles, annotations, categories, settings, aliases: this.aliases.value, library: this.library.value });
    this.announcer.announce(msg(str`Exported as ${file}`));
  }

  private async loadScheme(): Promise<void> {
    const store = this.categories.value;
    if (!store || !this.documentId) return;
    this.schemeId = this.assignedSchemeId ?? (await store.schemeFor(this.documentId));
    this.requestUpdate();
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
      // The annotations load with the text, so the article opens already highlighted.
      const [body] = await Promise.all([source.loadBody(entry.id), this.annotations.value?.load(entry.id).catch(() => undefined)]);
      if (request === this.loadRequest) this.loaded = { state: 'ready', entry, body };
    } catch (error) {
      if (request === this.loadRequest) {
        this.loaded = { state: 'failed', message: loadFailureMessage(error) };
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
        return renderReaderFailure(loaded.message);
      case 'ready': {
        const failure = this.articleView.failureFor(loaded.body.blocks);
        return failure === undefined ? this.renderArticle(loaded.entry, loaded.body) : renderReaderFailure(failure);
      }
    }
  }

  private renderArticle(entry: ArticleEntry, body: ArticleBody) {
    const settings = this.settings.value?.settings;
    const scale = settings?.fontScale ?? DEFAULT_FONT_SCALE;
    const hasHeadline = body.blocks.some((block) => block.type === 'headline');
    const tools = {
      tagging: this.tagging,
      aids: this.aids,
      linking: this.linking,
      relations: this.relations,
      annotations: this.annotations.value,
      categories: this.categories.value?.inScheme(this.schemeId) ?? [],
      schemeId: this.schemeId,
      categoryStore: this.categories.value,
      settings: this.settings.value,
      entry,
      blocks: body.blocks,
      panel: this.panel,
      hideDefinitions: this.hideDefinitions ?? false,
    };
    const textLength = canonicalText(body.blocks).length;
    return html`
      <div class="cr-reader" style="--cr-font-scale: ${scale}">
        <div class="cr-reader-toolbar">
          <a class="cr-back-link" href="#/">${msg('← Library')}</a>
          ${this.setId
            ? nothing
            : html`<button type="button" class="cr-button" @click=${() => void this.exportArticle(entry)}>${msg('Export')}</button>
                <cr-create-assignment document-id=${entry.id}></cr-create-assignment>`}
          ${this.assignedSchemeId ? nothing : renderSchemeChoice(tools)}
          ${this.setId ? nothing : renderStatisticsLink(tools)}
          ${this.setId ? nothing : renderShareLink(tools)}
          <cr-font-size-control></cr-font-size-control>
        </div>
        <div class="cr-reader-tools">
          <div class="cr-tag-bar">${renderTagToolbar(tools)}</div>
          ${renderFindBar(tools)}
        </div>
        <p class="cr-failure" role="alert">${this.tagging.failure}</p>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
        <p class="cr-reader-notice" role="status" style=${this.tagging.notice ? 'margin: 0 0 1rem' : 'margin: 0'}>${this.tagging.notice}</p>
        ${renderLinkStatus(this.linking)}
        <div class="cr-reader-page" lang=${entry.lang}>
          <cr-distribution-strip
            class="cr-strip"
            .annotations=${this.aids.shownAnnotations()}
            .categories=${tools.categories}
            text-length=${textLength}
            @cr-annotation-select=${on('cr-annotation-select', ({ id }) => this.aids.select(id))}
          ></cr-distribution-strip>
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
        ${renderCard(tools)}
        <div class="cr-reader-side" id=${PANEL_ID} ?hidden=${!this.panel.shown}>${renderSidebar(tools)}</div>
      </div>
    `;
  }
}

customElements.define('cr-reader-view', CrReaderView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-reader-view': CrReaderView;
  }
}
