/**
 * Deleting a category from the scheme editor: first say how many annotations use it, in how many
 * articles, and ask whether to move them to another category of the scheme or delete them; then
 * write the category's removal and the annotations' changes in one transaction
 * (src/app/schemes/category-deletion.ts).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import type { CategoryDeletionPlan, DeletionChoice } from '../../model/schemes/scheme-editing.js';
import { deleteCategoryAndAnnotations, planDeletion } from '../../app/schemes/category-deletion.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { describeFailure } from '../shared/failure-message.js';
import { plural } from '../shared/plural.js';
import { describeProblems } from '../shared/problem-messages.js';

/**
 * "3 annotations in 2 articles use “Actor”.", each count in its plural form. One annotation is in
 * one article, so annotations in the singular need no plural of articles.
 */
function usage(annotations: number, articles: number, label: string): string {
  return plural(annotations, {
    zero: () => msg(str`No annotation uses “${label}”.`),
    one: () => msg(str`1 annotation in 1 article uses “${label}”.`),
    other: (count) =>
      plural(articles, {
        one: () => msg(str`${count} annotations in 1 article use “${label}”.`),
        other: (documents) => msg(str`${count} annotations in ${documents} articles use “${label}”.`),
      }),
  });
}

/** The stores a deletion works on. */
export interface DeletionServices {
  readonly categories: CategoryStore | undefined;
  readonly annotations: AnnotationStore | undefined;
}

/** The question being asked, for one category at a time. */
export class CategoryDeletion {
  private asking: { readonly category: Category; readonly plan: CategoryDeletionPlan } | undefined;
  private problem = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly services: () => DeletionServices,
  ) {}

  /** Counts what deleting `category` touches and asks. */
  async ask(category: Category): Promise<void> {
    const { categories, annotations } = this.services();
    if (!categories || !annotations) return;
    this.asking = { category, plan: await planDeletion({ categories, annotations }, category) };
    this.problem = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.deletion input, .deletion button')?.focus();
  }

  /** The question, under the category it is about (nothing for the others). */
  render(category: Category, locale: string) {
    const asking = this.asking;
    if (!asking || asking.category.id !== category.id) return nothing;
    const { plan } = asking;
    const label = categoryLabel(category, locale);
    return html`<div class="deletion" role="group" aria-label=${msg(str`Delete ${label}`)}>
      <p>${usage(plan.count, plan.documents, label)}</p>
      ${plan.count > 0
        ? html`<label><input type="radio" name="choice" value="move" checked ?disabled=${plan.targets.length === 0} /> ${msg('Move them to')}</label>
            <select name="target" aria-label=${msg('Category to move them to')}>
              ${plan.targets.map((target) => html`<option value=${target.id}>${categoryLabel(target, locale)}</option>`)}
            </select>
            <label><input type="radio" name="choice" value="delete" ?checked=${plan.targets.length === 0} /> ${msg('Delete them')}</label>`
        : nothing}
      <p class="error" role="alert">${this.problem}</p>
      <button type="button" class="danger" @click=${() => void this.confirm()}>${msg('Delete category')}</button>
      <button type="button" @click=${() => this.cancel()}>${msg('Keep it')}</button>
    </div>`;
  }

  private async confirm(): Promise<void> {
    const { categories, annotations } = this.services();
    const asking = this.asking;
    if (!categories || !annotations || !asking) return;
    const root = this.host.shadowRoot;
    const kind = root?.querySelector<HTMLInputElement>('.deletion input[name="choice"]:checked')?.value ?? 'delete';
    const target = root?.querySelector<HTMLSelectElement>('.deletion select[name="target"]')?.value;
    const choice: DeletionChoice = kind === 'move' && target ? { kind: 'move', to: target } : { kind: 'delete' };
    try {
      const removal = await deleteCategoryAndAnnotations({ categories, annotations }, asking.category.id, choice);
      if (removal.ok) this.asking = undefined;
      else this.problem = describeProblems(removal.problems).join(' ');
    } catch (error) {
      this.problem = describeFailure(error);
    }
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.asking = undefined;
    this.host.requestUpdate();
  }
}
