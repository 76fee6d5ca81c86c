/**
 * <cr-annotation-sidebar>: every annotation of the open article in text order (category, quote
 * shortened in the middle, "in a caption" for a passage in the page's debris, the note's first line,
 * its relations: "— said by: Salvini"), the counts per category as filter toggles, and
 * a search over quotes and notes. Collapsible. Slot `other-sets`: the other readings shown beside (other-sets.ts).
 *
 * A long list is in the page a window at a time (list-window.ts): a page of items at first, more
 * as the reader scrolls to its end or asks for them, and always the current item (J/K, a card
 * opened in the text). Counts, filters and search are over every annotation, whatever is in the page.
 * The window itself is drawn a screenful first and the rest a chunk per frame after the first paint
 * (list-fill.ts, which also says why this rather than virtualization), so that the list adds little
 * to the time an article takes to show.
 *
 * In a window too narrow for a column beside the text it is a panel over the text (`panel`): its
 * header button then closes the panel (`cr-sidebar-toggle` with `collapsed: true`) and the list is
 * never collapsed inside it.
 *
 * @fires cr-filter-category - detail `{ categoryId, shown }`
 * @fires cr-filter-query - detail `{ query }`
 * @fires cr-annotation-select - detail `{ id }`: the reader chose an annotation in the list
 * @fires cr-sidebar-toggle - detail `{ collapsed }`
 * @fires cr-annotation-place - detail `{ id }`: place this unplaced annotation at the selection
 * @fires cr-annotation-delete - detail `{ id }`
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { countByCategory, filterAnnotations, firstLine, shortenMiddle } from '../../model/annotations/annotation-list.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { annotationSidebarStyles } from './annotation-sidebar.styles.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { debrisAt } from '../../model/documents/passage-place.js';
import { debrisLabel } from './passage-place-label.js';
import { fire } from '../shared/events.js';
import { formatCount } from '../shared/plural.js';
import { currentLocale } from '../shared/localization.js';
import { clampWindow, firstPage, grow, LIST_PAGE, windowShowing, type ListWindow } from './list-window.js';
import { revealInScrollBox } from './reveal-in-scroll-box.js';
import { ListFillController } from './list-fill-controller.js';
import { renderCategoryNames, renderUnplaced } from './sidebar-parts.js';

/** The list of annotations beside the article. */
export class CrAnnotationSidebar extends LitElement {
  static override styles = annotationSidebarStyles;

  static override properties = {
    annotations: { attribute: false },
    unplaced: { attribute: false },
    categories: { attribute: false },
    hiddenCategories: { attribute: false },
    query: {},
    selectedId: { attribute: 'selected-id' },
    collapsed: { type: Boolean, reflect: true },
    articleLang: { attribute: 'article-lang' },
    blocks: { attribute: false },
    relationLines: { attribute: false },
    panel: { type: Boolean, reflect: true },
    listed: { state: true },
    unplacedListed: { state: true },
  };

  /** All placed annotations of the article, in text order. */
  declare annotations: readonly Annotation[];
  /** Annotations kept without a place in the text (their quote was not found). */
  declare unplaced: readonly Annotation[];
  declare categories: readonly Category[];
  declare hiddenCategories: ReadonlySet<string>;
  declare query: string;
  /** The annotation marked as current (opened in the text, or chosen here). */
  declare selectedId: string | undefined;
  declare collapsed: boolean;
  declare articleLang: string;
  /** The article's blocks: an item says when its passage is in a caption or other page debris. */
  declare blocks: readonly ArticleBlock[];
  /**
   * Per annotation id, the line its item shows of its relations ("— said by: Salvini"), built once
   * per change of the relations (relation-entries.ts): asked per drawn item, never scanned.
   */
  declare relationLines: ReadonlyMap<string, string>;
  /** Whether the sidebar is a panel over the text (a narrow window) rather than a column beside it. */
  declare panel: boolean;
  /** Which of the shown annotations are in the page. */
  declare listed: ListWindow;
  /** How many of the unplaced annotations are in the page. */
  declare unplacedListed: number;

  /** The annotations that pass the filters, and what they were worked out from. */
  private shown: { readonly of: readonly Annotation[]; readonly hidden: ReadonlySet<string>; readonly query: string; readonly list: Annotation[] } | undefined;
  private counts = new Map<string, number>();
  /** After a click on "Show more" or "Show earlier": the item to give focus to once it is in the page. */
  private focusAfterUpdate: string | undefined;
  /** Grows the window when its "Show more" button scrolls into sight (once the window is drawn whole). */
  private readonly more = new IntersectionObserver((entries) => {
    if (this.fill.complete && entries.some((entry) => entry.isIntersecting)) this.listed = grow(this.listed, true, this.shownList().length);
  });
  /** Which part of the window is drawn: a screenful first, the rest after the first paint. */
  private readonly fill = new ListFillController(this, () => this.renderRoot.querySelector('li .item'));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.annotations = [];
    this.unplaced = [];
    this.categories = [];
    this.hiddenCategories = new Set();
    this.query = '';
    this.selectedId = undefined;
    this.collapsed = false;
    this.articleLang = 'de';
    this.blocks = [];
    this.relationLines = new Map();
    this.panel = false;
    this.listed = firstPage();
    this.unplacedListed = firstPage().to;
  }

  override disconnectedCallback(): void {
    this.more.disconnect();
    super.disconnectedCallback();
  }

  /** Moves focus to the sidebar's first control (its Close or Hide button), for a panel just opened. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('button, input')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.shown;
    const shown = this.shownList();
    const refiltered = before !== undefined && (before.hidden !== this.hiddenCategories || before.query !== this.query);
    if (refiltered) this.listed = firstPage();
    if (changed.has('annotations') && shown !== before?.list) this.counts = countByCategory(this.annotations);
    const selected = changed.has('selectedId') && this.selectedId ? shown.findIndex((annotation) => annotation.id === this.selectedId) : -1;
    this.listed = windowShowing(clampWindow(this.listed, shown.length), selected, shown.length);
    // The item to focus after "Show more" or the current one is drawn at once; the rest of the window follows.
    const focus = this.focusAfterUpdate ? shown.findIndex((annotation) => annotation.id === this.focusAfterUpdate) : selected;
    this.fill.fit(this.listed, focus, refiltered);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(this.focusAfterUpdate)}"]`)?.focus();
      this.focusAfterUpdate = undefined;
    } else if (changed.has('selectedId') && this.selectedId) {
      const item = this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selectedId)}"]`);
      if (item) revealInScrollBox(item);
    }
    // Observed afresh after every update: a button still in sight after a page was added reports again.
    this.more.disconnect();
    const more = this.renderRoot.querySelector('.more-later');
    if (more) this.more.observe(more);
  }

  /**
   * The annotations that pass the filters, in text order; worked out again only when the list,
   * the hidden categories or the search changed (the reader hands over a new but equal list at
   * every render).
   */
  private shownList(): Annotation[] {
    const cached = this.shown;
    if (cached && cached.hidden === this.hiddenCategories && cached.query === this.query && sameItems(cached.of, this.annotations)) {
      return cached.list;
    }
    const list = filterAnnotations(this.annotations, { hiddenCategories: this.hiddenCategories, query: this.query });
    this.shown = { of: this.annotations, hidden: this.hiddenCategories, query: this.query, list };
    return list;
  }

  /** Adds a page before or after the items in the page, and moves focus to the first one added. */
  private showMore(later: boolean): void {
    const shown = this.shownList();
    const next = grow(this.listed, later, shown.length);
    this.focusAfterUpdate = shown[later ? this.listed.to : next.from]?.id;
    this.listed = next;
  }

  protected override render() {
    const locale = currentLocale();
    const counts = this.counts;
    const shown = this.shownList();
    const { from, to } = this.listed;
    const drawn = this.fill.drawn;
    return html`
      <section aria-labelledby="sidebar-title">
        <header>
          <h2 id="sidebar-title">${msg('Annotations')} <span class="total">${formatCount(this.annotations.length)}</span></h2>
          ${this.panel
            ? html`<button type="button" class="close" @click=${this.toggle}>${msg('Close')}</button>`
            : html`<button type="button" aria-expanded=${String(!this.collapsed)} aria-controls="sidebar-body" @click=${this.toggle}>
                ${this.collapsed ? msg('Show') : msg('Hide')}
              </button>`}
        </header>
        <div id="sidebar-body" ?hidden=${this.collapsed && !this.panel}>
          <div class="filters" role="group" aria-label=${msg('Show categories')}>
            ${this.categories.map((category) => {
              const visible = !this.hiddenCategories.has(category.id);
              return html`<button
                type="button"
                class="filter"
                aria-pressed=${String(visible)}
                style="--cr-hl-colour: ${category.colour}"
                @click=${() => fire(this, 'cr-filter-category', { categoryId: category.id, shown: !visible })}
              >
                <span class="swatch" aria-hidden="true"></span>${categoryLabel(category, locale)}
                <span class="count">${formatCount(counts.get(category.id) ?? 0)}</span>
              </button>`;
            })}
          </div>
          <label class="search">
            <span>${msg('Search quotes and notes')}</span>
            <input type="search" .value=${this.query} @input=${this.onQuery} />
          </label>
          ${this.annotations.length === 0
            ? html`<p class="empty">${msg('No annotations yet. Select a passage, then choose a category.')}</p>`
            : html`<p class="shown" aria-live="polite">${msg(str`${formatCount(shown.length)} of ${formatCount(this.annotations.length)} shown`)}</p>
                ${from > 0
                  ? html`<button type="button" class="more more-earlier" @click=${() => this.showMore(false)}>
                      ${msg(str`Show ${formatCount(Math.min(from, LIST_PAGE))} earlier (${formatCount(from)} before these)`)}
                    </button>`
                  : nothing}
                <ol>
                  ${repeat(shown.slice(drawn.from, drawn.to), (annotation) => annotation.id, (annotation) => this.renderItem(annotation, locale))}
                </ol>
                ${to < shown.length
                  ? html`<button type="button" class="more more-later" @click=${() => this.showMore(true)}>
                      ${msg(str`Show ${formatCount(Math.min(shown.length - to, LIST_PAGE))} more (${formatCount(shown.length - to)} after these)`)}
                    </button>`
                  : nothing}`}
          ${this.unplaced.length
            ? renderUnplaced({
                host: this,
                unplaced: this.unplaced,
                listed: this.unplacedListed,
                categories: this.categories,
                articleLang: this.articleLang,
                locale,
                more: () => (this.unplacedListed += LIST_PAGE),
              })
            : nothing}
          <slot name="other-sets"></slot>
        </div>
      </section>
    `;
  }

  private renderItem(annotation: Annotation, locale: string) {
    const note = firstLine(annotation.note);
    return html`<li>
      <button
        type="button"
        class="item"
        data-id=${annotation.id}
        aria-current=${annotation.id === this.selectedId ? 'true' : nothing}
        @click=${() => fire(this, 'cr-annotation-select', { id: annotation.id })}
      >
        <span class="categories">${renderCategoryNames(annotation, this.categories, locale)}</span>
        <span class="quote" lang=${this.articleLang}>${shortenMiddle(annotation.exact, 90)}</span>
        ${this.renderDebris(annotation)}
        ${note ? html`<span class="note">${note}</span>` : nothing}
        ${this.relationLines.has(annotation.id) ? html`<span class="relations">${this.relationLines.get(annotation.id)}</span>` : nothing}
      </button>
    </li>`;
  }

  /** "in a caption" when the passage is in the page's debris rather than the article's own text. */
  private renderDebris(annotation: Annotation) {
    const debris = debrisAt(this.blocks, annotation.start, annotation.end);
    return debris.length > 0 ? html`<span class="place">${debris.map(debrisLabel).join(' · ')}</span>` : nothing;
  }

  private toggle(): void {
    fire(this, 'cr-sidebar-toggle', { collapsed: this.panel || !this.collapsed });
  }

  private onQuery(event: Event): void {
    fire(this, 'cr-filter-query', { query: (event.target as HTMLInputElement).value });
  }
}

/** Whether two lists hold the same items in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

customElements.define('cr-annotation-sidebar', CrAnnotationSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'cr-annotation-sidebar': CrAnnotationSidebar;
  }
}
