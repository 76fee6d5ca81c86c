/**
 * <cr-annotation-card>: the annotations at one place in the text, each with its quote, its
 * categories (to change), its note (plain text: shown as text, never as HTML), when it was made and
 * changed, and a delete button. Where highlights overlap, every one of them is here.
 *
 * @fires cr-annotation-categories - detail `{ id, categoryIds }`
 * @fires cr-annotation-note - detail `{ id, note }`
 * @fires cr-annotation-delete - detail `{ id }`
 * @fires cr-card-close - the reader closed the card (Escape or the close button)
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { annotationCardStyles } from './annotation-card.styles.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';

/** The card beside the article. */
export class CrAnnotationCard extends LitElement {
  static override styles = annotationCardStyles;

  static override properties = {
    annotations: { attribute: false },
    categories: { attribute: false },
    articleLang: { attribute: 'article-lang' },
  };

  declare annotations: readonly Annotation[];
  declare categories: readonly Category[];
  /** The language of the quotes (the article's). */
  declare articleLang: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.annotations = [];
    this.categories = [];
    this.articleLang = 'de';
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    });
  }

  /** Saves any note still being typed, then asks to be closed. */
  close(): void {
    for (const annotation of this.annotations) {
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#note-${CSS.escape(annotation.id)}`);
      if (field && field.value !== (annotation.note ?? '')) fire(this, 'cr-annotation-note', { id: annotation.id, note: field.value });
    }
    fire(this, 'cr-card-close');
  }

  /** Moves focus to the card's first control, for a reader who opened it with the keyboard. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }

  protected override render() {
    const count = this.annotations.length;
    return html`
      <section aria-labelledby="card-title">
        <header>
          <h2 id="card-title">${count > 1 ? msg(str`${count} annotations here`) : msg('Annotation')}</h2>
          <button type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
        </header>
        ${this.annotations.map((annotation, index) => this.renderAnnotation(annotation, index))}
      </section>
    `;
  }

  private renderAnnotation(annotation: Annotation, index: number) {
    const locale = currentLocale();
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const only = annotation.categoryIds.length === 1;
    return html`
      <article class="annotation" aria-label=${msg(str`Annotation ${index + 1}`)}>
        <blockquote lang=${this.articleLang}>${annotation.exact}</blockquote>
        <fieldset>
          <legend>${msg('Categories')}</legend>
          ${this.categories.map((category) => {
            const checked = annotation.categoryIds.includes(category.id);
            return html`<label style="--cr-hl-colour: ${category.colour}">
              <input
                type="checkbox"
                .checked=${checked}
                ?disabled=${checked && only}
                @change=${(event: Event) => this.onCategoryToggle(annotation, category.id, (event.target as HTMLInputElement).checked)}
              />
              <span class="swatch" aria-hidden="true"></span>${categoryLabel(category, locale)}
            </label>`;
          })}
        </fieldset>
        <label class="note-label" for="note-${annotation.id}">${msg('Note')}</label>
        <textarea
          id="note-${annotation.id}"
          rows="3"
          .value=${annotation.note ?? ''}
          @change=${(event: Event) => fire(this, 'cr-annotation-note', { id: annotation.id, note: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="dates">
          ${msg(str`Created ${dates.format(new Date(annotation.created))}`)}${annotation.modified !== annotation.created
            ? html` · ${msg(str`changed ${dates.format(new Date(annotation.modified))}`)}`
            : nothing}
        </p>
        <button type="button" class="delete" @click=${() => fire(this, 'cr-annotation-delete', { id: annotation.id })}>
          ${msg('Delete annotation')}
        </button>
      </article>
    `;
  }

  private onCategoryToggle(annotation: Annotation, categoryId: string, checked: boolean): void {
    const categoryIds = checked
      ? [...annotation.categoryIds, categoryId]
      : annotation.categoryIds.filter((id) => id !== categoryId);
    if (categoryIds.length === 0) return;
    fire(this, 'cr-annotation-categories', { id: annotation.id, categoryIds });
  }
}

customElements.define('cr-annotation-card', CrAnnotationCard);

declare global {
  interface HTMLElementTagNameMap {
    'cr-annotation-card': CrAnnotationCard;
  }
}
