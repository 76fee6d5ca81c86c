/**
 * <cr-other-sets>: the other readings of the open article beside the one being edited (issue 15,
 * "Annotation sets"): a classmate's reading kept apart after an import, a student's work, a
 * hand-in, a model answer. Each is a toggle; a reading shown lists its annotations read-only, in
 * text order, with its author on every item (categories, quote, note; no edit, no delete). Nothing
 * when the article has no other set. Slotted into <cr-annotation-sidebar>.
 *
 * They are listed here only, not highlighted in the text: the editor's highlight plugin takes no
 * read-only mark, and a highlight there opens the card, which edits.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { compareTextOrder, type Annotation } from '../../model/annotations/annotation.js';
import { firstLine, shortenMiddle } from '../../model/annotations/annotation-list.js';
import { mineSetId, type AnnotationSet, type AnnotationSetKind } from '../../model/sets/annotation-set.js';
import type { Category } from '../../model/schemes/category.js';
import type { AnnotationStore, AnnotationsChanged } from '../../app/annotations/annotation-store.js';
import { StoreController } from '../shared/store-controller.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import { renderCategoryNames } from './sidebar-parts.js';

/** What a kind of set is called beside its author. */
export function setKindLabel(kind: AnnotationSetKind): string {
  switch (kind) {
    case 'mine':
      return msg('my reading');
    case 'student':
      return msg('work on an assignment');
    case 'received':
      return msg('hand-in');
    case 'model':
      return msg('model answer');
    case 'shared':
      return msg('reading');
  }
}

/** The author a set shows: its name or pseudonym, or "unnamed". */
export function setAuthor(set: AnnotationSet): string {
  return set.author?.trim() || msg('unnamed');
}

/** See the module comment. */
export class CrOtherSets extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ul,
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .toggles {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
    }
    button {
      font: inherit;
      min-height: 2.5rem;
    }
    .item {
      display: grid;
      gap: 0.15rem;
      padding: 0.4rem 0;
      border-top: 1px solid var(--cr-border);
    }
    .author,
    .note {
      color: var(--cr-text-muted);
      font-size: 0.9em;
    }
    .category {
      margin-inline-end: 0.4rem;
    }
    .swatch {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      margin-inline-end: 0.25rem;
      border-radius: 50%;
      background: var(--cr-hl-colour);
    }
  `;

  static override properties = {
    store: { attribute: false },
    documentId: { attribute: 'document-id' },
    categories: { attribute: false },
    articleLang: { attribute: 'article-lang' },
    sets: { state: true },
    shown: { state: true },
  };

  declare store: AnnotationStore | undefined;
  declare documentId: string;
  declare categories: readonly Category[];
  declare articleLang: string;
  /** The article's sets other than the reader's own reading. */
  declare sets: readonly AnnotationSet[];
  /** The ids of the sets shown. */
  declare shown: ReadonlySet<string>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.store = undefined;
    this.documentId = '';
    this.categories = [];
    this.articleLang = 'de';
    this.sets = [];
    this.shown = new Set();
    new StoreController<[AnnotationsChanged]>(this, () => this.store, (change) => this.onChange(change));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('documentId') || changed.has('store')) {
      this.shown = new Set();
      void this.loadSets();
    }
  }

  protected override render() {
    if (this.sets.length === 0) return nothing;
    const locale = currentLocale();
    return html`<section aria-labelledby="other-sets-title">
      <h3 id="other-sets-title">${msg('Other readings')}</h3>
      <div class="toggles" role="group" aria-label=${msg('Show beside mine')}>
        ${this.sets.map(
          (set) => html`<button type="button" data-set=${set.id} aria-pressed=${String(this.shown.has(set.id))} @click=${() => void this.toggle(set.id)}>
            ${msg(str`${setAuthor(set)} (${setKindLabel(set.kind)})`)}
          </button>`,
        )}
      </div>
      ${this.sets.filter((set) => this.shown.has(set.id)).map((set) => this.renderSet(set, locale))}
    </section>`;
  }

  private renderSet(set: AnnotationSet, locale: string) {
    const annotations = [...(this.store?.annotations(this.documentId, set.id) ?? [])].sort(compareTextOrder);
    const author = setAuthor(set);
    return html`<ol class="set" data-set=${set.id} aria-label=${msg(str`${author}: ${formatCount(annotations.length)} annotations, read-only`)}>
      ${annotations.map(
        (annotation: Annotation) => html`<li class="item">
          <span class="categories">${renderCategoryNames(annotation, this.categories, locale)}</span>
          <span class="quote" lang=${this.articleLang}>${shortenMiddle(annotation.exact, 90)}</span>
          ${firstLine(annotation.note) ? html`<span class="note">${firstLine(annotation.note)}</span>` : nothing}
          <span class="author">${msg(str`by ${author}`)}</span>
        </li>`,
      )}
    </ol>`;
  }

  private async loadSets(): Promise<void> {
    const documentId = this.documentId;
    const sets = (await this.store?.sets?.listSetsByDocument(documentId)) ?? [];
    const edited = this.store?.editingSet(documentId) ?? mineSetId(documentId);
    if (documentId === this.documentId) this.sets = sets.filter((set) => set.id !== edited);
  }

  private async toggle(setId: string): Promise<void> {
    const shown = new Set(this.shown);
    if (shown.delete(setId)) {
      this.shown = shown;
      return;
    }
    await this.store?.load(this.documentId, setId);
    this.shown = new Set(shown).add(setId);
  }

  private onChange(change: AnnotationsChanged): void {
    if (change.documentId !== this.documentId) return;
    // An import may have brought a new set: read the list again; a shown set's change redraws it.
    if (change.reset || change.setId !== this.store?.editingSet(this.documentId)) void this.loadSets();
    this.requestUpdate();
  }
}

customElements.define('cr-other-sets', CrOtherSets);

declare global {
  interface HTMLElementTagNameMap {
    'cr-other-sets': CrOtherSets;
  }
}
