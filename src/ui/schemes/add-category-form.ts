/**
 * The scheme editor's form that adds a category: the name in the reader's language (required) and
 * in the other (optional), a key and a parent. Added once however often it is submitted while the
 * first add is saved; a refusal is said next to the field it is about (scheme-edits.ts); once saved
 * the form is emptied for the next one, and a long scheme's list shows the new row (category-rows.ts).
 */
import { html, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { Problem } from '../../model/result.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { addCategory } from '../../model/schemes/scheme-editing.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { CategoryRows } from './category-rows.js';
import { languageName, languages, type SchemeEdits } from './scheme-edits.js';

/** See the module comment. */
export class AddCategoryForm {
  /** A new category is being written: the button is disabled, and a second submit is ignored. */
  private adding = false;
  /** What follows the last add once it is saved (the form reset). */
  private finishing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly edits: SchemeEdits,
    private readonly rows: CategoryRows,
    private readonly store: () => CategoryStore | undefined,
  ) {}

  /** Resolves when the last add is saved or refused and the form shows it. */
  settled(): Promise<unknown> {
    return this.finishing;
  }

  /** The form, adding to `schemeId`; its "Under" menu lists `topLevel`. */
  render(schemeId: string, topLevel: readonly Category[], locale: Locale) {
    const [first, second] = languages(locale);
    const notes = this.edits.notes;
    return html`<form class="add add-category" @submit=${(event: SubmitEvent) => this.submit(event, schemeId)}>
      <h2>${msg('Add a category')}</h2>
      <label
        >${languageName(first)}
        <input name=${first} type="text" lang=${first} required aria-describedby=${notes.describedBy('add:label')} aria-invalid=${notes.invalid('add:label')}
      /></label>
      ${notes.render('add:label')}
      <label>${languageName(second)} ${msg('(optional)')} <input name=${second} type="text" lang=${second} /></label>
      <label
        >${msg('Key')}
        <input
          class="key"
          name="key"
          type="text"
          maxlength="1"
          aria-describedby=${notes.describedBy('add:key')}
          aria-invalid=${notes.invalid('add:key')}
      /></label>
      ${notes.render('add:key')}
      <label
        >${msg('Under')}
        <select name="parent" aria-describedby=${notes.describedBy('add:parent')}>
          <option value="">${msg('(top level)')}</option>
          ${topLevel.map((c) => html`<option value=${c.id}>${categoryLabel(c, locale)}</option>`)}
        </select>
      </label>
      ${notes.render('add:parent')}
      <button type="submit" ?disabled=${this.adding}>${msg('Add category')}</button>
      ${notes.render('add')}
    </form>`;
  }

  private submit(event: SubmitEvent, schemeId: string): void {
    event.preventDefault();
    if (this.adding) return;
    // The form, now: once the handler awaits, the event no longer says where it came from.
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '');
    const before = new Set(this.store()?.inScheme(schemeId).map((category) => category.id));
    this.adding = true;
    this.host.requestUpdate();
    this.edits.notes.clearAll('add');
    this.finishing = this.edits
      .edit(addFieldOf, (all) =>
        addCategory(all, schemeId, {
          label: { de: text('de'), en: text('en') },
          ...(text('key') ? { key: text('key') } : {}),
          ...(text('parent') ? { parentId: text('parent') } : {}),
        }),
      )
      .then(async (added) => {
        if (!added) return;
        const now = this.store()?.inScheme(schemeId) ?? [];
        this.rows.reveal(now.findIndex((category) => !before.has(category.id)));
        await this.host.updateComplete;
        form.reset();
        form.querySelector<HTMLInputElement>('input')?.focus();
      })
      .finally(() => {
        this.adding = false;
        this.host.requestUpdate();
      });
  }
}

/** The field of the add form a refusal is about: the label, the key, the parent, or the form as a whole. */
function addFieldOf(problem: Problem): string {
  if (problem.code.startsWith('label-')) return 'add:label';
  if (problem.code.startsWith('key-')) return 'add:key';
  if (problem.code.startsWith('parent-') || problem.code === 'has-children') return 'add:parent';
  return 'add';
}
