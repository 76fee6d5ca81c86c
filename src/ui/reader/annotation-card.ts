/**
 * <cr-annotation-card>: the annotations at one place in the text, each with its quote (and where
 * it sits, when it spans paragraphs or is in a caption or other page debris), its categories (to change), its note (plain text: shown as text, never as HTML), when it was made and
 * changed, and a delete button. An imported annotation also shows who made it and the links
 * another tool attached (opened in a new tab, without giving that page access to this one). Where highlights overlap, every one of them is here.
 *
 * A note is saved as the reader types (SaveWhileTyping: after a pause, and at once when the page
 * is hidden or left), and once more, marked `ended`, when the reader leaves the field or the card.
 * Each stay in the field is one typing session, one undo step. What the reader typed stays in the
 * field until the store gives it back, so a save that lands while they type on never moves their
 * caret or drops a letter; a quiet "Saved" beside the field says it was kept (no live region: a
 * screen reader hears "Note saved." once, when the reader leaves the field).
 *
 * @fires cr-annotation-categories - detail `{ id, categoryIds }`
 * @fires cr-annotation-note - detail `{ id, note, session, ended }`
 * @fires cr-annotation-delete - detail `{ id }`
 * @fires cr-card-close - the reader closed the card (Escape or the close button)
 * @fires cr-link-start - detail `{ id }`: link this annotation to another (relation-list.ts)
 * @fires cr-relation-jump - detail `{ id }`: go to this partner
 * @fires cr-relation-remove - detail `{ relationId }`
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Annotation, linkIri } from '../../model/annotations/annotation.js';
import { shorten } from '../../model/text/shorten.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { passagePlace } from '../../model/documents/passage-place.js';
import { placeLabels } from './passage-place-label.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { annotationCardStyles } from './annotation-card.styles.js';
import { fire } from '../shared/events.js';
import { formatCount } from '../shared/plural.js';
import { currentLocale } from '../shared/localization.js';
import { SaveWhileTyping } from '../shared/save-while-typing.js';
import type { RelationIndex } from './relation-entries.js';
import { renderRelations } from './relation-list.js';
import { relationListStyles } from './relation-list.styles.js';

/** One stay in an annotation's note field: its id (the undo step it grows) and the last text typed. */
interface TypingSession {
  readonly id: string;
  note: string;
}

/** The card beside the article. */
export class CrAnnotationCard extends LitElement {
  static override styles = [...annotationCardStyles, relationListStyles];

  static override properties = {
    annotations: { attribute: false },
    categories: { attribute: false },
    articleLang: { attribute: 'article-lang' },
    blocks: { attribute: false },
    relations: { attribute: false },
  };

  declare annotations: readonly Annotation[];
  declare categories: readonly Category[];
  /** The language of the quotes (the article's). */
  declare articleLang: string;
  /** The article's blocks: the card says when a passage spans several or sits in a caption. */
  declare blocks: readonly ArticleBlock[];
  /** The relations of the article's annotations, per annotation (issue 17): each annotation's are listed. */
  declare relations: RelationIndex;

  /** Per annotation id, the note typed that the store has not given back yet. */
  private readonly drafts = new Map<string, string>();
  /** Per annotation id, the typing session under way in its note field. */
  private readonly sessions = new Map<string, TypingSession>();
  /** Annotations whose note this card saved: their field says "Saved". */
  private readonly saved = new Set<string>();
  private readonly saver = new SaveWhileTyping<string>(this, (id, note) => this.saveNote(id, note, false));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.annotations = [];
    this.categories = [];
    this.articleLang = 'de';
    this.blocks = [];
    this.relations = new Map();
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    });
  }

  /** Saves any note still being typed, then asks to be closed. */
  close(): void {
    for (const id of [...this.sessions.keys()]) this.endSession(id);
    fire(this, 'cr-card-close');
  }

  override disconnectedCallback(): void {
    // Removed without close() (the reader went to the library): what was typed is saved all the same.
    for (const id of [...this.sessions.keys()]) this.endSession(id);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('annotations')) return;
    const shown = new Map(this.annotations.map((annotation) => [annotation.id, annotation]));
    // Another annotation was opened in this card's place: the one being typed in is saved first.
    for (const id of [...this.sessions.keys()]) if (!shown.has(id)) this.endSession(id);
    for (const [id, draft] of this.drafts) {
      const annotation = shown.get(id);
      if (!annotation) {
        this.drafts.delete(id);
      } else if ((annotation.note ?? '') === draft) {
        // The store holds what the field holds (a save still waiting would only say it again).
        this.drafts.delete(id);
        this.saved.add(id);
      }
    }
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
          <h2 id="card-title">${count > 1 ? msg(str`${formatCount(count)} annotations here`) : msg('Annotation')}</h2>
          <button type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
        </header>
        ${repeat(this.annotations, (annotation) => annotation.id, (annotation, index) => this.renderAnnotation(annotation, index))}
      </section>
    `;
  }

  private renderAnnotation(annotation: Annotation, index: number) {
    const locale = currentLocale();
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const only = annotation.categoryIds.length === 1;
    return html`
      <article class="annotation" aria-label=${msg(str`Annotation ${formatCount(index + 1)}`)}>
        <blockquote lang=${this.articleLang}>${annotation.exact}</blockquote>
        ${this.renderPlace(annotation)}${this.renderOrigin(annotation)}
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
          .value=${this.drafts.get(annotation.id) ?? annotation.note ?? ''}
          @input=${(event: Event) => this.onNoteInput(annotation.id, (event.target as HTMLTextAreaElement).value)}
          @blur=${() => this.endSession(annotation.id)}
        ></textarea>
        ${renderRelations(this, annotation.id, this.relations.get(annotation.id) ?? [], locale, (id) => this.categoryName(id, locale))}
        <p class="dates">
          ${msg(str`Created ${dates.format(new Date(annotation.created))}`)}${annotation.modified !== annotation.created
            ? html` · ${msg(str`changed ${dates.format(new Date(annotation.modified))}`)}`
            : nothing}${this.renderNoteStatus(annotation.id)}
        </p>
        <button type="button" class="delete" @click=${() => fire(this, 'cr-annotation-delete', { id: annotation.id })}>
          ${msg('Delete annotation')}
        </button>
      </article>
    `;
  }

  /** A category's label (its id when not in the scheme). */
  private categoryName(id: string, locale: string): string {
    const category = this.categories.find((candidate) => candidate.id === id);
    return category ? categoryLabel(category, locale) : id;
  }

  /** "spans 2 paragraphs · in a caption": where the passage sits, when that is worth saying. */
  private renderPlace(annotation: Annotation) {
    const labels = placeLabels(passagePlace(this.blocks, annotation.start, annotation.end));
    return labels.length > 0 ? html`<p class="place">${labels.join(' · ')}</p>` : nothing;
  }

  /**
   * Who made an imported annotation, and the links its tool attached: each IRI shortened for the
   * eye (the whole one in the link and its title). Only a web address becomes a link; anything else
   * (a `javascript:` or `data:` IRI a file may hold) is shown as text and never followed.
   */
  private renderOrigin(annotation: Annotation) {
    const links = (annotation.links ?? []).map(linkIri);
    return html`${annotation.creator ? html`<p class="creator">${msg(str`By ${shorten(annotation.creator)}`)}</p>` : nothing}${links.length > 0
      ? html`<ul class="links" aria-label=${msg('Links')}>
          ${links.map((iri) =>
            /^https?:\/\//i.test(iri)
              ? html`<li><a href=${iri} title=${iri} target="_blank" rel="noopener noreferrer">${shorten(iri)}</a></li>`
              : html`<li title=${iri}>${shorten(iri)}</li>`,
          )}
        </ul>`
      : nothing}`;
  }

  /** "Saving…" while what was typed is not yet kept, "Saved" once it is; quiet (not announced). */
  private renderNoteStatus(id: string) {
    const status = this.drafts.has(id) ? msg('Saving…') : this.saved.has(id) ? msg('Saved') : '';
    return status ? html` · <span class="note-status">${status}</span>` : nothing;
  }

  private onNoteInput(id: string, note: string): void {
    const session = this.sessions.get(id);
    if (session) session.note = note;
    else this.sessions.set(id, { id: crypto.randomUUID(), note });
    this.drafts.set(id, note);
    this.saver.typed(id, note);
    this.requestUpdate();
  }

  /** Saves `note` as part of the annotation's typing session; `ended` when the reader left it. */
  private saveNote(id: string, note: string, ended: boolean): void {
    const session = this.sessions.get(id);
    fire(this, 'cr-annotation-note', session ? { id, note, session: session.id, ended } : { id, note });
  }

  /**
   * The reader left the note field (or the card, or the card shows other annotations now): saves
   * what waits, marked `ended`, even when it was already saved, so that the reader hears once that
   * the note is kept. A blank draft gives way to the stored note (none).
   */
  private endSession(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.saver.take(id);
    this.saveNote(id, session.note, true);
    this.sessions.delete(id);
    if (this.drafts.get(id)?.trim() === '') this.drafts.delete(id);
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
