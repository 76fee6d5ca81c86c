/**
 * <cr-annotation-sidebar>: every annotation of the open article in text order (category, quote
 * shortened in the middle, "in a caption" for a passage in the page's debris, the note's first line), the counts per category as filter toggles, and
 * a search over quotes and notes. Collapsible.
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
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { countByCategory, filterAnnotations, firstLine, shortenMiddle } from '../../model/annotations/annotation-list.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { annotationSidebarStyles } from './annotation-sidebar.styles.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { debrisAt } from '../../model/documents/passage-place.js';
import { debrisLabel } from './passage-place-label.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';

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
    panel: { type: Boolean, reflect: true },
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
  /** Whether the sidebar is a panel over the text (a narrow window) rather than a column beside it. */
  declare panel: boolean;

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
    this.panel = false;
  }

  /** Moves focus to the sidebar's first control (its Close or Hide button), for a panel just opened. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('button, input')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId) {
      const item = this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selectedId)}"]`);
      if (item) revealInScrollBox(item);
    }
  }

  protected override render() {
    const locale = currentLocale();
    const counts = countByCategory(this.annotations);
    const shown = filterAnnotations(this.annotations, { hiddenCategories: this.hiddenCategories, query: this.query });
    return html`
      <section aria-labelledby="sidebar-title">
        <header>
          <h2 id="sidebar-title">${msg('Annotations')} <span class="total">${this.annotations.length}</span></h2>
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
                <span class="count">${counts.get(category.id) ?? 0}</span>
              </button>`;
            })}
          </div>
          <label class="search">
            <span>${msg('Search quotes and notes')}</span>
            <input type="search" .value=${this.query} @input=${this.onQuery} />
          </label>
          ${this.annotations.length === 0
            ? html`<p class="empty">${msg('No annotations yet. Select a passage, then choose a category.')}</p>`
            : html`<p class="shown" aria-live="polite">${msg(str`${shown.length} of ${this.annotations.length} shown`)}</p>
                <ol>
                  ${shown.map((annotation) => this.renderItem(annotation, locale))}
                </ol>`}
          ${this.unplaced.length ? this.renderUnplaced(locale) : nothing}
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
        <span class="categories">${this.renderCategories(annotation, locale)}</span>
        <span class="quote" lang=${this.articleLang}>${shortenMiddle(annotation.exact, 90)}</span>
        ${this.renderDebris(annotation)}
        ${note ? html`<span class="note">${note}</span>` : nothing}
      </button>
    </li>`;
  }

  /** "in a caption" when the passage is in the page's debris rather than the article's own text. */
  private renderDebris(annotation: Annotation) {
    const debris = debrisAt(this.blocks, annotation.start, annotation.end);
    return debris.length > 0 ? html`<span class="place">${debris.map(debrisLabel).join(' · ')}</span>` : nothing;
  }

  private renderUnplaced(locale: string) {
    return html`<section class="unplaced" aria-labelledby="unplaced-title">
      <h3 id="unplaced-title">${msg(str`Not placed (${this.unplaced.length})`)}</h3>
      <p class="hint">${msg('Their quote was not found in this text. Select the passage, then choose “Place here”.')}</p>
      <ol>
        ${this.unplaced.map(
          (annotation) => html`<li class="unplaced-item">
            <span class="categories">${this.renderCategories(annotation, locale)}</span>
            <span class="quote" lang=${this.articleLang}>${shortenMiddle(annotation.exact, 90)}</span>
            ${firstLine(annotation.note) ? html`<span class="note">${firstLine(annotation.note)}</span>` : nothing}
            <span class="actions">
              <button
                type="button"
                @mousedown=${(event: MouseEvent) => event.preventDefault() /* keep the reader's selection in the text */}
                @click=${() => fire(this, 'cr-annotation-place', { id: annotation.id })}
              >${msg('Place here')}</button>
              <button type="button" @click=${() => fire(this, 'cr-annotation-delete', { id: annotation.id })}>${msg('Delete')}</button>
            </span>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderCategories(annotation: Annotation, locale: string) {
    return annotation.categoryIds.map((id) => {
      const category = this.categories.find((candidate) => candidate.id === id);
      return html`<span class="category" style="--cr-hl-colour: ${category?.colour ?? '#767676'}"
        ><span class="swatch" aria-hidden="true"></span>${category ? categoryLabel(category, locale) : id}</span
      >`;
    });
  }

  private toggle(): void {
    fire(this, 'cr-sidebar-toggle', { collapsed: this.panel || !this.collapsed });
  }

  private onQuery(event: Event): void {
    fire(this, 'cr-filter-query', { query: (event.target as HTMLInputElement).value });
  }
}

/**
 * Scrolls the sidebar's own scroll box (the column or the panel) so that `element` is in the part of
 * it the window shows. Unlike element.scrollIntoView, it never scrolls the page: marking the
 * annotation whose card just opened must not move the text away from under the reader.
 */
function revealInScrollBox(element: Element): void {
  let box: Element | undefined;
  for (let node: Node | null = element.parentNode; node && !box; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof HTMLElement && node !== document.body && /^(auto|scroll)$/.test(getComputedStyle(node).overflowY)) box = node;
  }
  if (!box) return;
  const shown = box.getBoundingClientRect();
  const top = Math.max(shown.top, 0);
  const bottom = Math.min(shown.bottom, document.documentElement.clientHeight);
  const item = element.getBoundingClientRect();
  // Whole pixels, rounded outwards: a fraction left over would leave the item's edge cut.
  if (item.top < top) box.scrollTop -= Math.ceil(top - item.top);
  else if (item.bottom > bottom) box.scrollTop += Math.ceil(Math.min(item.bottom - bottom, item.top - top));
}

customElements.define('cr-annotation-sidebar', CrAnnotationSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'cr-annotation-sidebar': CrAnnotationSidebar;
  }
}
