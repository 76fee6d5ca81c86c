/**
 * <cr-import-dialog>: what an import would do, before anything is written (how many annotations
 * for which articles, new categories, how many cannot be placed, how many are already here, what
 * was ignored), with Import and Cancel; or, for a bad file, every message naming what is wrong.
 * A modal <dialog>: focus stays in it, Escape cancels.
 *
 * @fires cr-import-confirm - write the import
 * @fires cr-import-cancel - close; nothing is written
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { categoryLabel } from '../../model/schemes/category.js';
import { importDialogStyles } from './import-dialog.styles.js';
import type { ImportState } from './import-controller.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';

/** The import summary. */
export class CrImportDialog extends LitElement {
  static override styles = importDialogStyles;

  static override properties = { state: { attribute: false } };

  declare state: ImportState;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.state = { kind: 'idle' };
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !changed.has('state')) return;
    if (this.state.kind === 'idle') dialog.close();
    else if (!dialog.open) dialog.showModal();
  }

  protected override render() {
    return html`<dialog aria-labelledby="title" @cancel=${this.onCancel}>${this.renderBody()}</dialog>`;
  }

  private renderBody() {
    const state = this.state;
    switch (state.kind) {
      case 'idle':
        return nothing;
      case 'working':
        return html`<h2 id="title">${msg(str`Reading ${state.fileName} …`)}</h2>
          <p role="status">${msg('Placing the annotations in their articles …')}</p>`;
      case 'errors':
        return html`<h2 id="title">${msg(str`${state.fileName} cannot be imported`)}</h2>
          <p>${msg('Nothing was changed.')}</p>
          <ul class="errors" role="alert">
            ${state.errors.slice(0, 50).map((error) => html`<li>${error}</li>`)}
          </ul>
          ${state.errors.length > 50 ? html`<p>${msg(str`… and ${state.errors.length - 50} more.`)}</p>` : nothing}
          <div class="actions"><button type="button" @click=${this.cancel} autofocus>${msg('Close')}</button></div>`;
      case 'summary':
        return this.renderSummary(state);
    }
  }

  private renderSummary(state: Extract<ImportState, { kind: 'summary' }>) {
    const { plan } = state;
    const locale = currentLocale();
    const count = plan.annotations.length;
    return html`<h2 id="title">${msg(str`Import ${state.fileName}?`)}</h2>
      ${count === 0
        ? html`<p>${msg(str`Nothing to import: all ${plan.alreadyHere} annotations are already here.`)}</p>`
        : html`<p>${msg(str`${count} annotations for ${plan.perDocument.size} articles:`)}</p>
            <ul>
              ${[...plan.perDocument].map(([id, n]) => html`<li><span lang="de">${state.titles.get(id) ?? id}</span>: ${n}</li>`)}
            </ul>`}
      ${state.documents.length
        ? html`<p>${msg('The file brings these documents, which will be added to the library:')}</p>
            <ul>
              ${state.documents.map((document) => html`<li lang=${document.lang}>${document.title}</li>`)}
            </ul>`
        : nothing}
      <dl>
        <dt>${msg('New categories')}</dt>
        <dd>${plan.newCategories.length === 0 ? msg('none') : plan.newCategories.map((c) => categoryLabel(c, locale)).join(', ')}</dd>
        <dt>${msg('Could not be placed (kept, listed as unplaced)')}</dt>
        <dd>${plan.unplaced}</dd>
        <dt>${msg('Already here (nothing to do)')}</dt>
        <dd>${plan.alreadyHere}</dd>
      </dl>
      ${plan.warnings.length
        ? html`<details>
            <summary>${msg(str`${plan.warnings.length} notes on the file`)}</summary>
            <ul>
              ${plan.warnings.map((warning) => html`<li>${warning.message}</li>`)}
            </ul>
          </details>`
        : nothing}
      <div class="actions">
        ${count > 0 ? html`<button type="button" class="primary" @click=${this.confirm}>${msg('Import')}</button>` : nothing}
        <button type="button" @click=${this.cancel}>${count > 0 ? msg('Cancel') : msg('Close')}</button>
      </div>`;
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.cancel();
  }

  private confirm(): void {
    fire(this, 'cr-import-confirm');
  }

  private cancel(): void {
    fire(this, 'cr-import-cancel');
  }
}

customElements.define('cr-import-dialog', CrImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'cr-import-dialog': CrImportDialog;
  }
}
