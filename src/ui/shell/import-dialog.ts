/**
 * <cr-import-dialog>: what an import would do, before anything is written (how many annotations
 * for which articles, new categories, how many cannot be placed, how many are already here, what
 * was ignored, said in the reader's language by problem-messages.ts), with Import and Cancel; or,
 * for a bad file, every message naming what is wrong.
 * A modal <dialog>: focus stays in it, Escape cancels.
 *
 * @fires cr-import-confirm - write the import
 * @fires cr-import-cancel - close; nothing is written
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { categoryLabel, schemeLabel } from '../../model/schemes/category.js';
import { shorten } from '../../model/text/shorten.js';
import { importDialogStyles } from './import-dialog.styles.js';
import type { ImportState } from './import-controller.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';
import type { Problem } from '../../model/result.js';
import { describeProblem } from '../shared/problem-messages.js';

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
    // The file's name, like every name the file brings, is shortened for the dialog (a name may be 1 MB long).
    const fileName = state.kind === 'idle' ? '' : shorten(state.fileName);
    switch (state.kind) {
      case 'idle':
        return nothing;
      case 'working':
        return html`<h2 id="title">${msg(str`Reading ${fileName} …`)}</h2>
          <p role="status">${msg('Placing the annotations in their articles …')}</p>`;
      case 'errors':
        return html`<h2 id="title">${msg(str`${fileName} cannot be imported`)}</h2>
          <p>${msg('Nothing was changed.')}</p>
          <ul class="errors" role="alert">
            ${state.errors.slice(0, 50).map((error) => html`<li>${error}</li>`)}
          </ul>
          ${state.errors.length > 50 ? html`<p>${msg(str`… and ${state.errors.length - 50} more.`)}</p>` : nothing}
          <div class="actions"><button type="button" @click=${this.cancel} autofocus>${msg('Close')}</button></div>`;
      case 'summary':
        return this.renderSummary(state, fileName);
      case 'scheme-summary':
        return this.renderSchemeSummary(state, fileName);
    }
  }

  private renderSummary(state: Extract<ImportState, { kind: 'summary' }>, fileName: string) {
    const { plan } = state;
    const locale = currentLocale();
    const count = plan.annotations.length;
    const documents = state.documents.length;
    // A file may bring documents and no annotations (an own document exported before it was annotated).
    const writes = count > 0 || documents > 0;
    return html`<h2 id="title">${msg(str`Import ${fileName}?`)}</h2>
      ${documents > 0
        ? html`<p>${documents === 1 ? msg(str`1 document, ${count} annotations.`) : msg(str`${documents} documents, ${count} annotations.`)}</p>`
        : nothing}
      ${!writes
        ? html`<p>${plan.alreadyHere > 0 ? msg(str`Nothing to import: all ${plan.alreadyHere} annotations are already here.`) : msg('Nothing to import: the file holds no annotations.')}</p>`
        : count === 0
          ? nothing
          : html`<p>${msg(str`${count} annotations for ${plan.perDocument.size} articles:`)}</p>
            <ul>
              ${[...plan.perDocument].map(([id, n]) => html`<li><span lang="de">${shorten(state.titles.get(id) ?? id)}</span>: ${n}</li>`)}
            </ul>`}
      ${state.documents.length
        ? html`<p>${msg('The file brings these documents, which will be added to the library:')}</p>
            <ul>
              ${state.documents.map((document) => html`<li lang=${document.lang}>${shorten(document.title)}</li>`)}
            </ul>`
        : nothing}
      ${state.documentNotices.length
        ? html`<ul class="document-notices">
            ${state.documentNotices.map((notice) => html`<li>${describeProblem(notice)}</li>`)}
          </ul>`
        : nothing}
      <dl>
        <dt>${msg('New categories')}</dt>
        <dd>${plan.newCategories.length === 0 ? msg('none') : plan.newCategories.map((c) => shorten(categoryLabel(c, locale))).join(', ')}</dd>
        <dt>${msg('Could not be placed (kept, listed as unplaced)')}</dt>
        <dd>${plan.unplaced}</dd>
        <dt>${msg('Already here (nothing to do)')}</dt>
        <dd>${plan.alreadyHere}</dd>
      </dl>
      ${this.renderNotesAndActions(plan.warnings, writes)}`;
  }

  /** A category scheme file: the scheme it makes or updates, its categories, what the merge warns about. */
  private renderSchemeSummary(state: Extract<ImportState, { kind: 'scheme-summary' }>, fileName: string) {
    const locale = currentLocale();
    const { merge } = state;
    const label = shorten(schemeLabel(merge.scheme, locale));
    const writes = !state.unchanged;
    return html`<h2 id="title">${msg(str`Import ${fileName}?`)}</h2>
      <p>
        ${state.unchanged
          ? msg(str`Nothing to import: the category scheme “${label}” is already here as the file has it.`)
          : merge.created
            ? msg(str`A new category scheme, “${label}”, with ${state.categories.length} categories:`)
            : msg(str`Updates the category scheme “${label}”: ${merge.added} categories added, ${merge.updated} changed. It will have these categories:`)}
      </p>
      ${writes
        ? html`<ul>
            ${state.categories.map((category) => html`<li>${shorten(categoryLabel(category, locale))}${category.key ? html` (${msg('key')} <kbd>${category.key}</kbd>)` : nothing}</li>`)}
          </ul>`
        : nothing}
      ${this.renderNotesAndActions(state.warnings, writes)}`;
  }

  /** The file's notes (folded away) and the buttons: Import and Cancel, or Close when nothing would be written. */
  private renderNotesAndActions(warnings: readonly Problem[], writes: boolean) {
    return html`${warnings.length
        ? html`<details>
            <summary>${msg(str`${warnings.length} notes on the file`)}</summary>
            <ul>
              ${warnings.map((warning) => html`<li>${describeProblem(warning)}</li>`)}
            </ul>
          </details>`
        : nothing}
      <div class="actions">
        ${writes ? html`<button type="button" class="primary" @click=${this.confirm}>${msg('Import')}</button>` : nothing}
        <button type="button" @click=${this.cancel}>${writes ? msg('Cancel') : msg('Close')}</button>
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
