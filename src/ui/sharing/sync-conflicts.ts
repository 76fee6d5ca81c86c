/**
 * <cr-sync-conflicts>: the annotations that both this reader and someone else changed since the
 * last sync of a shared project (issue 18), one item each: the passage, then the two versions side
 * by side, "Yours" and "On the server" (its categories, its note, or that it was deleted), each
 * with a radio button. "Apply and sync" hands the choices up; it works only when every conflict is
 * chosen, and until then it says how many are left (and a press takes the reader to the first one
 * left). Each conflict is a fieldset with the passage as its legend, so a screen reader names the
 * pair of radio buttons by it, and arrow keys move between the two versions.
 *
 * @fires cr-sync-conflicts-apply - the reader chose a version of every conflict: `{ choices }`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { choiceFor, type ConflictSide, type ConflictSideName, type SyncConflict } from '../../app/sync/shared-project-sync.js';
import { categoryLabel, type Category } from '../../model/schemes/category.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fire } from '../shared/events.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { currentLocale } from '../shared/localization.js';
import { plural } from '../shared/plural.js';
import { syncConflictsStyles } from './sync-conflicts.styles.js';

/** See the module comment. */
export class CrSyncConflicts extends LitElement {
  static override styles = [controlStyles, syncConflictsStyles];

  static override properties = {
    conflicts: { attribute: false },
    categories: { attribute: false },
    articleLang: { attribute: 'article-lang' },
    busy: { type: Boolean },
    choices: { state: true },
  };

  /** The conflicts the last sync found, in the order it gave them. */
  declare conflicts: readonly SyncConflict[];
  /** The categories known here, to name a version's categories by their label. */
  declare categories: readonly Category[];
  /** The article's language: a passage is marked with it for screen readers' pronunciation. */
  declare articleLang: string;
  /** A sync is under way: the button waits. */
  declare busy: boolean;
  /** The version chosen for each annotation id. */
  declare choices: ReadonlyMap<string, ConflictSideName>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.conflicts = [];
    this.categories = [];
    this.articleLang = '';
    this.busy = false;
    this.choices = new Map();
  }

  /** How many conflicts have no version chosen yet. */
  get left(): number {
    return this.conflicts.filter((conflict) => !this.choices.has(conflict.annotationId)).length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New conflicts (a later sync): keep only the choices of annotations still in conflict with the
    // same server version (a newer one on the server is a new question).
    if (changed.has('conflicts')) {
      const before = new Map((changed.get('conflicts') ?? []).map((conflict) => [conflict.annotationId, JSON.stringify(conflict.seen)]));
      const ids = new Set(this.conflicts.filter((conflict) => !before.has(conflict.annotationId) || before.get(conflict.annotationId) === JSON.stringify(conflict.seen)).map((conflict) => conflict.annotationId));
      this.choices = new Map([...this.choices].filter(([id]) => ids.has(id)));
    }
  }

  protected override render() {
    const left = this.left;
    return html`<section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">${msg('Changed on both sides')}</h2>
      <p>
        ${plural(this.conflicts.length, {
          one: () => msg('You and someone else both changed this annotation since the last sync. Choose which version to keep; nothing has been sent or changed yet.'),
          other: (count) => msg(str`You and someone else both changed these ${count} annotations since the last sync. Choose which version to keep of each; nothing has been sent or changed yet.`),
        })}
      </p>
      <ol class="conflicts">
        ${this.conflicts.map((conflict, index) => this.renderConflict(conflict, index))}
      </ol>
      <div class="actions">
        <button
          type="button"
          class="primary apply"
          aria-disabled=${left > 0 || this.busy ? 'true' : 'false'}
          aria-describedby="conflicts-left"
          @click=${() => this.apply()}
        >${msg('Apply and sync')}</button>
        <span id="conflicts-left" class="muted" role="status">${left > 0
          ? plural(left, { one: () => msg('1 annotation left to choose'), other: (count) => msg(str`${count} annotations left to choose`) })
          : msg('Every annotation chosen')}</span>
      </div>
    </section>`;
  }

  private renderConflict(conflict: SyncConflict, index: number) {
    const passage = conflict.mine.exact ?? conflict.theirs.exact ?? '';
    const chosen = this.choices.get(conflict.annotationId);
    return html`<li>
      <fieldset data-annotation=${conflict.annotationId}>
        <legend>${msg('Passage')}: <q lang=${this.articleLang || nothing}>${passage}</q></legend>
        <div class="sides">
          ${this.renderSide(conflict, index, 'mine', conflict.mine, passage, chosen)}
          ${this.renderSide(conflict, index, 'theirs', conflict.theirs, passage, chosen)}
        </div>
      </fieldset>
    </li>`;
  }

  private renderSide(conflict: SyncConflict, index: number, choice: ConflictSideName, side: ConflictSide, passage: string, chosen: ConflictSideName | undefined) {
    const id = `conflict-${index}-${choice}`;
    // live(): a click checks the button before the choice renders; new conflicts must still clear it.
    return html`<label class="side" for=${id}>
      <input
        type="radio"
        id=${id}
        name=${`conflict-${index}`}
        value=${choice}
        .checked=${live(chosen === choice)}
        @change=${() => this.choose(conflict.annotationId, choice)}
      />
      <span class="side-name">${choice === 'mine' ? msg('Yours') : msg('On the server')}</span>
      <span class="side-body">${this.describeSide(side, passage)}</span>
    </label>`;
  }

  /**
   * What one version holds: deleted, or its categories, its note and, when it differs, its passage;
   * then who changed it when. Lines as block spans: a label holds phrasing content only.
   */
  private describeSide(side: ConflictSide, passage: string) {
    const by = [side.creator, side.modified === undefined ? undefined : formatDateTime(side.modified)].filter((part) => part !== undefined && part !== '');
    const origin = by.length > 0 ? html`<span class="line muted">${by.join(', ')}</span>` : nothing;
    if (side.deleted) return html`<span class="line">${msg('Deleted')}</span>${origin}`;
    const labels = this.categoryLabels(side.categoryIds ?? (side.categoryId ?? '').split(','));
    return html`<span class="line">${labels.length > 0 ? html`${msg('Categories')}: ${labels.join(', ')}` : msg('No category')}</span>
      <span class="line">${side.note ? html`${msg('Note')}: ${side.note}` : msg('No note')}</span>
      ${side.exact !== undefined && side.exact !== passage ? html`<span class="line">${msg('Passage')}: <q lang=${this.articleLang || nothing}>${side.exact}</q></span>` : nothing}
      ${origin}`;
  }

  /** The labels of a version's categories; an id not known here is shown as it is. */
  private categoryLabels(ids: readonly string[]): string[] {
    const locale = currentLocale();
    return ids
      .filter((id) => id !== '')
      .map((id) => {
        const category = this.categories.find((candidate) => candidate.id === id);
        return category ? categoryLabel(category, locale) : id;
      });
  }

  private choose(annotationId: string, choice: ConflictSideName): void {
    this.choices = new Map([...this.choices, [annotationId, choice]]);
  }

  /** Hands the choices up when all are made; else takes the reader to the first conflict left. */
  private apply(): void {
    if (this.busy) return;
    const first = this.conflicts.findIndex((conflict) => !this.choices.has(conflict.annotationId));
    if (first >= 0) {
      this.renderRoot.querySelector<HTMLInputElement>(`#conflict-${first}-mine`)?.focus();
      return;
    }
    // Each choice carries the server's version it was made on: the sync applies it only to that one.
    const choices = new Map(this.conflicts.map((conflict) => [conflict.annotationId, choiceFor(conflict, this.choices.get(conflict.annotationId)!)]));
    fire(this, 'cr-sync-conflicts-apply', { choices });
  }
}

customElements.define('cr-sync-conflicts', CrSyncConflicts);

declare global {
  interface HTMLElementTagNameMap {
    'cr-sync-conflicts': CrSyncConflicts;
  }
}
