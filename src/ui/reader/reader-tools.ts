/**
 * The tools around the article text, as templates of <cr-reader-view>: the tag toolbar, the find
 * bar, the annotation card and the sidebar, each wired to the reader's controllers. Kept apart so
 * the reader's own file stays about loading and layout.
 */
import { html, nothing } from 'lit';
import { listParts } from './annotation-lookup.js';
import type { Category } from '../../model/schemes/category.js';
import type { ArticleEntry } from '../../model/documents/library.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { msg } from '@lit/localize';
import { on } from '../shared/events.js';
import { routeHash } from '../shared/hash-route.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import type { ReadingAidsController } from './reading-aids-controller.js';
import { PANEL_ID, type SidebarPanelController } from './sidebar-panel.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import type { TaggingController } from './tagging-controller.js';
import type { LinkModeController } from './link-mode-controller.js';
import type { RelationDisplay } from './relation-display.js';
import './annotation-card.js';
import './annotation-sidebar.js';
import './find-bar.js';
import './other-sets.js';
import './tag-toolbar.js';

/** What the tools need from the reader. */
export interface ReaderTools {
  readonly tagging: TaggingController;
  readonly aids: ReadingAidsController;
  /** Making and showing relations (issue 17). */
  readonly linking: LinkModeController;
  /** What is shown of the relations made (issue 17). */
  readonly relations: RelationDisplay;
  readonly annotations: AnnotationStore | undefined;
  /** The categories of the article's scheme. */
  readonly categories: readonly Category[];
  readonly schemeId: string;
  readonly categoryStore: CategoryStore | undefined;
  readonly settings: SettingsStore | undefined;
  readonly entry: ArticleEntry;
  /** The article's blocks: card and sidebar say where a passage sits among them. */
  readonly blocks: readonly ArticleBlock[];
  /** Whether the sidebar is a column beside the text or a panel over it, and whether that is open. */
  readonly panel: SidebarPanelController;
  /** Leave the categories' definitions out of the tag toolbar (an assignment's rule). */
  readonly hideDefinitions?: boolean;
}

/** Category buttons, undo/redo, whole words, and the sidebar panel's toggle at the end. */
export function renderTagToolbar(tools: ReaderTools) {
  const { tagging, annotations, categories, settings } = tools;
  return html`<cr-tag-toolbar
    class="cr-tag-toolbar"
    .categories=${categories}
    ?can-undo=${annotations?.history.canUndo ?? false}
    ?can-redo=${annotations?.history.canRedo ?? false}
    ?snap-to-words=${settings?.settings.snapToWords ?? true}
    ?hide-definitions=${tools.hideDefinitions ?? false}
    @cr-tag=${on('cr-tag', ({ categoryId }) => void tagging.tagSelection(categoryId))}
    @cr-undo=${() => void tagging.undo()}
    @cr-redo=${() => void tagging.redo()}
    @cr-snap-change=${on('cr-snap-change', ({ snapToWords }) => void settings?.setSnapToWords(snapToWords))}
    >${renderPanelToggle(tools)}</cr-tag-toolbar
  >`;
}

/**
 * The button that opens and closes the sidebar's panel on a narrow screen (hidden by CSS where the
 * sidebar is a column), with the number of annotations.
 */
export function renderPanelToggle({ panel, annotations, entry }: ReaderTools) {
  const count = annotations?.annotations(entry.id).length ?? 0;
  return html`<button
    type="button"
    class="cr-button cr-panel-toggle"
    aria-expanded=${String(panel.open)}
    aria-controls=${PANEL_ID}
    @click=${() => panel.toggle()}
  >
    ${msg('Annotations')} <span class="cr-panel-count">${formatCount(count)}</span>
  </button>`;
}

/** Find in the article. */
export function renderFindBar({ aids }: ReaderTools) {
  return html`<cr-find-bar
    class="cr-find-bar"
    .query=${aids.find.query}
    ?match-case-and-accents=${aids.find.matchCaseAndAccents}
    count=${aids.find.count}
    current=${aids.find.current}
    @cr-find=${on('cr-find', ({ query, matchCaseAndAccents }) => aids.search(query, matchCaseAndAccents))}
    @cr-find-step=${on('cr-find-step', ({ direction }) => aids.stepFind(direction))}
  ></cr-find-bar>`;
}

/** The card of the annotations opened in the text, if any. */
export function renderCard({ tagging, linking, relations, categories, entry, blocks }: ReaderTools) {
  const open = tagging.openAnnotations();
  if (open.length === 0) return nothing;
  return html`<cr-annotation-card
    class="cr-card"
    .annotations=${open}
    .categories=${categories}
    .blocks=${blocks}
    .relations=${relations.index()}
    article-lang=${entry.lang}
    @cr-link-start=${on('cr-link-start', ({ id }) => linking.start(id))}
    @cr-relation-jump=${on('cr-relation-jump', ({ id }) => linking.jump(id))}
    @cr-relation-remove=${on('cr-relation-remove', ({ relationId }) => void linking.unlink(relationId))}
    @cr-annotation-categories=${on('cr-annotation-categories', ({ id, categoryIds }) => void tagging.edit(id, { categoryIds }))}
    @cr-annotation-note=${on('cr-annotation-note', ({ id, note, session, ended }) =>
      void tagging.edit(id, { note }, session === undefined ? undefined : { session, ended: ended ?? false }))}
    @cr-annotation-delete=${on('cr-annotation-delete', ({ id }) => void tagging.remove(id))}
    @cr-card-close=${() => tagging.closeCard()}
  ></cr-annotation-card>`;
}

/** The link to the article's statistics page (issue 17): counts, relations, charts, CSV. */
export function renderStatisticsLink({ entry }: ReaderTools) {
  return html`<a class="cr-statistics-link" href=${routeHash({ name: 'article-statistics', id: entry.id })}>${msg('Statistics')}</a>`;
}

/** The link to the page that shares the reader's own reading of the article through a Solid server (issue 18). */
export function renderShareLink({ entry }: ReaderTools) {
  return html`<a class="cr-share-link" href=${routeHash({ name: 'article-share', id: entry.id })}>${msg('Share')}</a>`;
}

/** Which category scheme the article is read with (shown when there is more than one). */
export function renderSchemeChoice({ categoryStore, schemeId, entry }: ReaderTools) {
  const schemes = categoryStore?.schemes ?? [];
  if (!categoryStore || schemes.length < 2) return nothing;
  const locale = currentLocale();
  return html`<label class="cr-scheme-choice">
    ${msg('Categories')}
    <select @change=${(event: Event) => void categoryStore.setSchemeFor(entry.id, (event.target as HTMLSelectElement).value)}>
      ${schemes.map(
        (scheme) => html`<option value=${scheme.id} ?selected=${scheme.id === schemeId}>${locale === 'de' ? scheme.label.de : scheme.label.en}</option>`,
      )}
    </select>
  </label>`;
}

/** Every annotation of the article, filtered and searchable. */
export function renderSidebar({ tagging, aids, relations, annotations, categories, categoryStore, settings, entry, blocks, panel }: ReaderTools) {
  // The same arrays while the list is the same (listParts): a crowded article is not filtered at every render.
  const { placed, unplaced, categoryIds: used } = listParts(annotations?.annotations(entry.id) ?? []);
  // The scheme's categories, and any other category an annotation here was tagged with.
  const shown = [...categories, ...(categoryStore?.categories ?? []).filter((c) => used.has(c.id) && !categories.includes(c))];
  return html`<cr-annotation-sidebar
    class="cr-sidebar"
    .annotations=${placed}
    .unplaced=${unplaced}
    .categories=${shown}
    .hiddenCategories=${aids.hiddenCategories}
    .blocks=${blocks}
    .relationLines=${relations.sidebarLines()}
    .query=${aids.query}
    selected-id=${aids.selectedId ?? ''}
    ?collapsed=${panel.wide && (settings?.settings.sidebarCollapsed ?? false)}
    ?panel=${!panel.wide}
    article-lang=${entry.lang}
    @cr-filter-category=${on('cr-filter-category', ({ categoryId, shown }) => aids.setCategoryShown(categoryId, shown))}
    @cr-filter-query=${on('cr-filter-query', ({ query }) => aids.setQuery(query))}
    @cr-annotation-select=${on('cr-annotation-select', ({ id }) => {
      aids.select(id);
      panel.chosen();
    })}
    @cr-annotation-place=${on('cr-annotation-place', ({ id }) => void tagging.placeAtSelection(id))}
    @cr-annotation-delete=${on('cr-annotation-delete', ({ id }) => void tagging.remove(id))}
    @cr-sidebar-toggle=${on('cr-sidebar-toggle', ({ collapsed }) => (panel.wide ? void settings?.setSidebarCollapsed(collapsed) : panel.close(true)))}
    ><cr-other-sets slot="other-sets" .store=${annotations} document-id=${entry.id} .categories=${shown} article-lang=${entry.lang}></cr-other-sets
  ></cr-annotation-sidebar>`;
}
