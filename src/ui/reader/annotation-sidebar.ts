/**
 * <cr-annotation-sidebar>: every annotation of the open article in text order (category, quote
 * shortened in the middle, the note's first line), the counts per category as filter toggles, and
 * a search over quotes and notes. Collapsible.
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
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId) {
      this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
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
          <button type="button" aria-expanded=${String(!this.collapsed)} aria-controls="sidebar-body" @click=${this.toggle}>
            ${this.collapsed ? msg('Show') : msg('Hide')}
          </button>
        </header>
        <div id="sidebar-body" ?hidden=${this.collapsed}>
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
        ${note ? html`<span class="note">${note}</span>` : nothing}
      </button>
    </li>`;
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
    fire(this, 'cr-sidebar-toggle', { collapsed: !this.collapsed });
  }

  private onQuery(event: Event): void {
    fire(this, 'cr-filter-query', { query: (event.target as HTMLInputElement).value });
  }
}

customElements.define('cr-annotation-sidebar', CrAnnotationSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'cr-annotation-sidebar': CrAnnotationSidebar;
  }
}
