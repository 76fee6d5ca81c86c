/**
 * <cr-app>: the whole application. Routes by the URL hash (#/ the library, #/doc/<id> an article),
 * provides the services to every component below it, and holds the page's landmarks.
 *
 * It renders into the light DOM, not a shadow root: the reader's ProseMirror view lives below it,
 * and selection inside shadow DOM is unreliable across browsers (STYLE.md, 7). Its styles are
 * global, in styles/app.css.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleSource } from '../../model/documents/library.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { LibraryStore } from '../../app/library/library-store.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext, libraryStoreContext, settingsContext, sharedProjectLinksContext, sourceAliasesContext } from '../shared/contexts.js';
import type { SharedProjectPersistence } from '../../model/sync/shared-project-link.js';
import { SyncWhenOnline } from '../sharing/sync-when-online.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import type { Classroom } from '../../app/assignments/classroom.js';
import { parseRoute, type Route } from '../shared/hash-route.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import { StoreController } from '../shared/store-controller.js';
import { on } from '../shared/events.js';
import './creator-name-field.js';
import { ImportController } from './import-controller.js';
import type {} from './import-dialog.js';
import './language-switch.js';
import './help-panel.js';
import './skip-link.js';
import './update-prompt.js';
import type { AppUpdate } from './update-prompt.js';
import { describeProblem } from '../shared/problem-messages.js';
import { renderReaderFailure } from '../reader/reader-failure.js';
import '../library/library-view.js';
// Types only: the reader page (ProseMirror, the editor, the highlights) loads on the first visit
// to an article (see `loadReader`), so the library opens without it.
import type {} from '../reader/reader-view.js';
// Types only: the assignment pages load on the first visit to one.
import type {} from '../assignments/assignment-view.js';
// Types only: the sharing pages (issue 18) load on the first visit to one.
import type {} from '../sharing/share-view.js';
import type {} from '../sharing/open-shared-view.js';

/** The application shell. Set `articles`, `settings`, `annotations` and `categories` before connecting it. */
export class CrApp extends LitElement {
  static override properties = {
    articles: { attribute: false },
    library: { attribute: false },
    settings: { attribute: false },
    annotations: { attribute: false },
    categories: { attribute: false },
    aliases: { attribute: false },
    classroom: { attribute: false },
    sharedLinks: { attribute: false },
    appUpdate: { attribute: false },
    presenting: { type: Boolean },
    route: { state: true },
    readerReady: { state: true },
    readerFailure: { state: true },
  };

  declare articles: ArticleSource | undefined;
  /** The library with own documents; when set, it is also the article source. */
  declare library: LibraryStore | undefined;
  declare settings: SettingsStore | undefined;
  declare annotations: AnnotationStore | undefined;
  declare categories: CategoryStore | undefined;
  /** The source aliases imports remember and exports write (set by main.ts). */
  declare aliases: SourceAliasPersistence | undefined;
  /** The assignments and the sets of the work on them (set by main.ts). */
  declare classroom: Classroom | undefined;
  /** Where the shared projects' sync links are kept (issue 18; set by main.ts). */
  declare sharedLinks: SharedProjectPersistence | undefined;
  /** A new version of the app waiting to be applied (set by main.ts in the build). */
  declare appUpdate: AppUpdate | undefined;
  /**
   * Whether a presentation covers the window (the `presenting` attribute, set by the class view,
   * ui/class/class-view.ts): the header and the notices behind it are then inert, out of reach of
   * Tab and of a screen reader; the dialogs (help, import) still open above it.
   */
  declare presenting: boolean;
  declare route: Route;
  /** Whether the reader page's module has loaded (it loads on the first visit to an article). */
  declare readerReady: boolean;
  /** Why the reader page's module could not be loaded, if it could not. */
  declare readerFailure: string | undefined;

  private readonly articleProvider = new ContextProvider(this, { context: articleSourceContext });
  private readonly settingsProvider = new ContextProvider(this, { context: settingsContext });
  private readonly libraryProvider = new ContextProvider(this, { context: libraryStoreContext });
  private readonly annotationProvider = new ContextProvider(this, { context: annotationStoreContext });
  private readonly categoryProvider = new ContextProvider(this, { context: categoryStoreContext });
  private readonly aliasProvider = new ContextProvider(this, { context: sourceAliasesContext });
  private readonly classroomProvider = new ContextProvider(this, { context: classroomContext });
  private readonly sharedLinksProvider = new ContextProvider(this, { context: sharedProjectLinksContext });
  /** Syncs the shared projects when the connection comes back (issue 18); never after a change by itself. */
  readonly syncWhenOnline = new SyncWhenOnline(this, () => ({
    links: this.sharedLinks,
    annotations: this.annotations,
    articles: this.library ?? this.articles,
    categories: this.categories,
    library: this.library,
    aliases: this.aliases,
  }));
  private readonly settingsWatch = new StoreController(this, () => this.settings);
  private readonly importer = new ImportController(this, () => ({
    articles: this.library ?? this.articles,
    library: this.library,
    annotations: this.annotations,
    categories: this.categories,
    aliases: this.aliases,
    classroom: this.classroom,
  }));
  /** The reader page's module loading, once per tab (a failure is not retried here; a reload fetches the build anew). */
  private readerLoading: Promise<void> | undefined;
  /** The import dialog's module loading, on the first import. */
  private dialogLoading: Promise<unknown> | undefined;
  private readonly onHashChange = (): void => {
    this.route = parseRoute(location.hash);
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.route = parseRoute(location.hash);
    this.presenting = false;
    this.readerReady = customElements.get('cr-reader-view') !== undefined;
    // Back from a Solid server's sign-in page (issue 18): finish the sign-in, which returns to the page it began on.
    if (new URLSearchParams(location.search).has('state')) {
      void import('../../app/sync/solid-session.js').then((solid) => (solid.isSignInReturn() ? solid.solidSession() : undefined)).catch((error: unknown) => console.error(error));
    }
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Pages few readers open load on first visit, keeping the first load small.
    if (this.route.name === 'add-document') void import('../documents/add-document-view.js');
    if (this.route.name === 'schemes') void import('../schemes/scheme-editor-view.js');
    if (['assignment', 'class', 'present'].includes(this.route.name)) void import('../assignments/assignment-view.js');
    if (['statistics', 'article-statistics', 'assignment-statistics'].includes(this.route.name)) void import('../statistics/statistics-view.js');
    if (this.route.name === 'article-share') void import('../sharing/share-view.js');
    if (this.route.name === 'open-shared') void import('../sharing/open-shared-view.js');
    if (this.route.name === 'article') this.readerLoading ??= this.loadReader();
    // The import dialog loads with the first import (the controller loads the parsing), not with the app.
    if (this.importer.state.kind !== 'idle') this.dialogLoading ??= import('./import-dialog.js').catch((error: unknown) => console.error(error));
    if (changed.has('library') && this.library) this.libraryProvider.setValue(this.library);
    const source = this.library ?? this.articles;
    if ((changed.has('library') || changed.has('articles')) && source) this.articleProvider.setValue(source);
    if (changed.has('annotations') && this.annotations) this.annotationProvider.setValue(this.annotations);
    if (changed.has('categories') && this.categories) this.categoryProvider.setValue(this.categories);
    if (changed.has('aliases') && this.aliases) this.aliasProvider.setValue(this.aliases);
    if (changed.has('classroom') && this.classroom) this.classroomProvider.setValue(this.classroom);
    if (changed.has('sharedLinks') && this.sharedLinks) this.sharedLinksProvider.setValue(this.sharedLinks);
    if (changed.has('settings') && this.settings) {
      this.settingsProvider.setValue(this.settings);
      this.settingsWatch.resubscribe();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('route') as Route | undefined;
    if (previous && previous !== this.route) {
      // A new page: move focus to its start so keyboard and screen-reader users begin there.
      this.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    if (this.route.name !== 'article') document.title = msg('Close Reader');
  }

  protected override render() {
    const problem = this.settings?.storageProblem;
    const reading = this.route.name === 'article';
    return html`
      <header class="cr-app-header" ?inert=${this.presenting}>
        <cr-skip-link label=${reading ? msg('Skip to the text') : msg('Skip to the content')} @cr-skip=${() => this.skipToContent()}></cr-skip-link>
        <a class="cr-brand" href="#/">${msg('Close Reader')}</a>
        <nav class="cr-app-nav" aria-label=${msg('Main')}>
          <a href="#/" aria-current=${this.route.name === 'library' ? 'page' : nothing}>${msg('Library')}</a>
          <a href="#/schemes" aria-current=${this.route.name === 'schemes' ? 'page' : nothing}>${msg('Category schemes')}</a>
        </nav>
        <div class="cr-app-tools">
          <button type="button" class="cr-button" @click=${() => void this.importer.choose()}>${msg('Import')}</button>
          <cr-creator-name-field></cr-creator-name-field>
          <cr-language-switch></cr-language-switch>
          <button
            type="button"
            class="cr-button cr-help-button"
            aria-haspopup="dialog"
            aria-label=${msg('Help: keyboard shortcuts')}
            title=${msg('Help: keyboard shortcuts')}
            @click=${() => void this.querySelector('cr-help-panel')?.open()}
          >?</button>
        </div>
      </header>
      <cr-help-panel document-id=${this.route.name === 'article' ? this.route.id : ''}></cr-help-panel>
      <cr-import-dialog
        .state=${this.importer.state}
        .schemes=${this.categories?.schemes ?? []}
        current-document-id=${this.route.name === 'article' ? this.route.id : ''}
        @cr-import-assign=${on('cr-import-assign', ({ key, documentId }) => this.importer.assign(key, documentId))}
        @cr-import-scheme=${on('cr-import-scheme', ({ schemeId }) => this.importer.chooseScheme(schemeId))}
        @cr-import-target=${on('cr-import-target', ({ target }) => this.importer.chooseTarget(target))}
        @cr-import-confirm=${() => void this.importer.confirm()}
        @cr-import-cancel=${() => this.importer.cancel()}
      ></cr-import-dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this.importer.message}</div>
      ${problem
        ? html`<p class="cr-storage-problem" role="status" ?inert=${this.presenting}>
            ${describeProblem(problem)}
            ${this.settings?.keepsNothing ? msg('You can read and tag, but nothing is kept after this visit.') : nothing}
          </p>`
        : nothing}
      <cr-update-prompt .appUpdate=${this.appUpdate} ?inert=${this.presenting}></cr-update-prompt>
      <main id="main" tabindex="-1">${this.renderRoute()}</main>
    `;
  }

  /**
   * Loads the reader page's module (ProseMirror, the editor, the highlights: most of the app's
   * JavaScript) on the first visit to an article; the page says "Loading the article…" meanwhile.
   * The service worker precaches the chunk, so this works offline too.
   */
  private async loadReader(): Promise<void> {
    try {
      await import('../reader/reader-view.js');
      this.readerReady = true;
    } catch (error) {
      // A build replaced on the server while this tab ran: its chunk names changed. A reload finds them.
      console.error(error);
      this.readerFailure = error instanceof Error ? error.message : String(error);
    }
  }

  /** The skip link: into the article text in the reader (or, before it is there, the page's start). */
  private skipToContent(): void {
    if (this.readerReady && this.querySelector('cr-reader-view')?.focusText()) return;
    this.querySelector<HTMLElement>('main')?.focus();
  }

  private renderRoute() {
    switch (this.route.name) {
      case 'library':
        // Pointing at an article's link starts loading the reader page: ~200 ms less on the click.
        return html`<cr-library-view @cr-reader-wanted=${() => (this.readerLoading ??= this.loadReader())}></cr-library-view>`;
      case 'add-document':
        return html`<cr-add-document-view></cr-add-document-view>`;
      case 'schemes':
        return html`<cr-scheme-editor-view></cr-scheme-editor-view>`;
      case 'assignment':
        return html`<cr-assignment-view .assignmentId=${this.route.id}></cr-assignment-view>`;
      case 'class':
      case 'present':
        return html`<cr-assignment-view .assignmentId=${this.route.id} .page=${this.route.name}></cr-assignment-view>`;
      case 'statistics':
        return html`<cr-statistics-view .target=${{ kind: 'library' }}></cr-statistics-view>`;
      case 'article-statistics':
        return html`<cr-statistics-view .target=${{ kind: 'article', documentId: this.route.id }}></cr-statistics-view>`;
      case 'assignment-statistics':
        return html`<cr-statistics-view .target=${{ kind: 'assignment', assignmentId: this.route.id }}></cr-statistics-view>`;
      case 'article-share':
        return html`<cr-share-view document-id=${this.route.id}></cr-share-view>`;
      case 'open-shared':
        return html`<cr-open-shared-view></cr-open-shared-view>`;
      case 'article':
        if (this.readerFailure !== undefined) return renderReaderFailure(this.readerFailure);
        // The same words as the reader's own loading state, which follows without a jump.
        if (!this.readerReady) return html`<p class="cr-reader-status" role="status">${msg('Loading the article…')}</p>`;
        return html`<cr-reader-view .documentId=${this.route.id}></cr-reader-view>`;
      case 'not-found':
        return html`<h1>${msg('Page not found')}</h1>
          <p><a href="#/">${msg('Back to the library')}</a></p>`;
    }
  }
}

customElements.define('cr-app', CrApp);

declare global {
  interface HTMLElementTagNameMap {
    'cr-app': CrApp;
  }
}
