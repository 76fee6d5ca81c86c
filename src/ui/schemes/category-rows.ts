/**
 * How much of a long scheme the scheme editor puts on the page (issue 12): a scheme of 1,000
 * categories once rendered 1,000 rows whose "Under" menus each listed every top-level category, a
 * million options, and the tab froze for minutes. Now the list shows {@link ROWS_AT_ONCE} rows and
 * a button for the next ones; and in a scheme of more than {@link FULL_PARENT_MENUS} top-level
 * categories, a row's "Under" menu lists them all only while the reader is in that row (it has the
 * focus, which a click, a tap or Tab gives it before the menu opens). Other rows list "(top level)"
 * and their own parent, which is all their menus show closed. Schemes of the usual size (up to
 * {@link ROWS_AT_ONCE} categories, {@link FULL_PARENT_MENUS} of them top-level) look as they always did.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Category } from '../../model/schemes/category.js';
import { formatCount, plural } from '../shared/plural.js';

/** Rows rendered at first, and added by each press of "Show more". */
export const ROWS_AT_ONCE = 100;

/** Top-level categories up to which every row's "Under" menu lists them all. */
export const FULL_PARENT_MENUS = 50;

/** See the module comment: the rows shown of the scheme on the page, and the row the reader is in. */
export class CategoryRows {
  private schemeId = '';
  private shown = ROWS_AT_ONCE;
  private openId: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Says how many rows are shown now, in the view's live region. */
    private readonly announce: (text: string) => void,
  ) {}

  /** The rows to render of `categories` (the scheme `schemeId`'s, in order); another scheme starts at the first rows again. */
  visible(schemeId: string, categories: readonly Category[]): readonly Category[] {
    if (schemeId !== this.schemeId) [this.schemeId, this.shown, this.openId] = [schemeId, ROWS_AT_ONCE, undefined];
    return categories.length > this.shown ? categories.slice(0, this.shown) : categories;
  }

  /** Shows rows down to the one at `index` (a category just added to the end of a long scheme). */
  reveal(index: number): void {
    if (index < this.shown) return;
    this.shown = Math.ceil((index + 1) / ROWS_AT_ONCE) * ROWS_AT_ONCE;
    this.host.requestUpdate();
  }

  /** The reader entered the row of category `id`: its "Under" menu lists every top-level category. */
  enter(id: string): void {
    if (this.openId === id) return;
    this.openId = id;
    this.host.requestUpdate();
  }

  /** The parents `category`'s "Under" menu offers, besides "(top level)": of `topLevel`, every other one, or only its own when the menu is closed. */
  parentsFor(category: Category, topLevel: readonly Category[]): readonly Category[] {
    if (topLevel.length <= FULL_PARENT_MENUS || category.id === this.openId) return topLevel.filter((c) => c.id !== category.id);
    return topLevel.filter((c) => c.id === category.parentId);
  }

  /** The button that shows the next rows, with how many are shown of how many; nothing when all are. */
  renderMore(total: number) {
    if (total <= this.shown) return nothing;
    const [shown, all] = [formatCount(this.shown), formatCount(total)];
    const more = plural(Math.min(ROWS_AT_ONCE, total - this.shown), {
      one: () => msg('Show 1 more category'),
      other: (next) => msg(str`Show ${next} more categories`),
    });
    return html`<p class="more">
      <button type="button" @click=${() => this.more(total)}>${more}</button>
      <span>${msg(str`${shown} of ${all} shown`)}</span>
    </p>`;
  }

  private more(total: number): void {
    this.shown = Math.min(total, this.shown + ROWS_AT_ONCE);
    const shown = formatCount(this.shown);
    this.announce(
      plural(total, {
        one: () => msg(str`${shown} of 1 category shown.`),
        other: (all) => msg(str`${shown} of ${all} categories shown.`),
      }),
    );
    this.host.requestUpdate();
  }
}
