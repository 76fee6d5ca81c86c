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
import { type CategoryScheme, DEFAULT_SCHEME_ID, categoryLabel, schemeLabel } from '../../model/schemes/category.js';
import { shorten } from '../../model/text/shorten.js';
import { importDialogStyles } from './import-dialog.styles.js';
import type { ImportState } from './import-controller.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';
import type { Problem } from '../../model/result.js';
import { describeProblem } from '../shared/problem-messages.js';
import { formatCount, plural } from '../shared/plural.js';
import { annotationCount, describeSkipped } from './skipped-annotations.js';
import { unknownSourcesTemplate } from './unknown-sources.js';
import { importTargetTemplate } from './import-target-choice.js';

/** The import summary. */
export class CrImportDialog extends LitElement {
  static override styles = importDialogStyles;

  static override properties = {
    state: { attribute: false },
    schemes: { attribute: false },
    currentDocumentId: { attribute: 'current-document-id' },
  };

  declare state: ImportState;
  /** The reader's category schemes, for the choice of where new categories go. */
  declare schemes: readonly CategoryScheme[];
  /** The article open in the reader, offered first for unknown pages; '' elsewhere. */
  declare currentDocumentId: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.state = { kind: 'idle' };
    this.schemes = [];
    this.currentDocumentId = '';
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
    // A file may bring documents and no annotations (an own document exported before it was annotated),
    // or only links between annotations already here.
    const writes = count > 0 || documents > 0 || plan.relations.length > 0;
    const titleOf = (id: string) => shorten(state.titles.get(id) ?? id);
    return html`<h2 id="title">${msg(str`Import ${fileName}?`)}</h2>
      ${documents > 0 ? html`<p>${documentsAndAnnotations(documents, count)}</p>` : nothing}
      ${unknownSourcesTemplate({ plan, titles: state.titles, currentDocumentId: this.currentDocumentId, host: this })}
      ${plan.rememberedSources.length
        ? html`<ul class="remembered">
            ${plan.rememberedSources.map(
              (source) => html`<li>${msg(str`${annotationCount(source.annotations)} from ${shorten(source.key, 60)} go to “${titleOf(source.documentId)}”, as you chose before.`)}</li>`,
            )}
          </ul>`
        : nothing}
      ${!writes
        ? html`<p class="nothing">${plan.alreadyHere > 0
            ? plural(plan.alreadyHere, {
                one: () => msg('Nothing to import: the annotation is already here.'),
                other: (n) => msg(str`Nothing to import: all ${n} annotations are already here.`),
              })
            : msg('Nothing to import: the file holds no annotations that can be placed in your library.')}</p>`
        : count === 0
          ? nothing
          : html`<p>${plural(plan.perDocument.size, {
                one: () => msg(str`${annotationCount(count)} for 1 article:`),
                other: (n) => msg(str`${annotationCount(count)} for ${n} articles:`),
              })}</p>
            <ul class="per-document">
              ${[...plan.perDocument].map(([id, n]) => html`<li><span lang="de">${titleOf(id)}</span>: ${formatCount(n)}</li>`)}
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
        <dd class="new-categories">${plan.newCategories.length === 0 ? msg('none') : plan.newCategories.map((c) => shorten(categoryLabel(c, locale))).join(', ')}</dd>
        <dt>${msg('Could not be placed (kept, listed as unplaced)')}</dt>
        <dd class="unplaced">${formatCount(plan.unplaced)}</dd>
        <dt>${msg('Already here (nothing to do)')}</dt>
        <dd class="already-here">${formatCount(plan.alreadyHere)}</dd>
        ${plan.relations.length + plan.relationsAlreadyHere > 0
          ? html`<dt>${msg('Relations between annotations (new, already here)')}</dt>
              <dd class="relations">${formatCount(plan.relations.length)}, ${formatCount(plan.relationsAlreadyHere)}</dd>`
          : nothing}
      </dl>
      ${plan.newCategories.length > 0 && this.schemes.length > 1 ? this.renderSchemeChoice(state) : nothing}
      ${count > 0 || state.choices.target ? importTargetTemplate({ target: state.choices.target, creator: state.creator, host: this }) : nothing}
      ${plan.skipped.length
        ? html`<h3>${msg('Skipped')}</h3>
            <ul class="skipped">
              ${plan.skipped.map((group) => html`<li data-reason=${group.reason}>${describeSkipped(group)}</li>`)}
            </ul>`
        : nothing}
      ${this.renderNotesAndActions(plan.warnings, writes)}`;
  }

  /** Which scheme the file's new categories join. */
  private renderSchemeChoice(state: Extract<ImportState, { kind: 'summary' }>) {
    const locale = currentLocale();
    const chosen = state.choices.schemeId ?? DEFAULT_SCHEME_ID;
    const onChange = (event: Event) => fire(this, 'cr-import-scheme', { schemeId: (event.target as HTMLSelectElement).value });
    return html`<p class="scheme-choice">
      <label for="scheme">${msg('New categories join the scheme')}</label>
      <select id="scheme" @change=${onChange}>
        ${this.schemes.map((scheme) => html`<option value=${scheme.id} ?selected=${scheme.id === chosen}>${shorten(schemeLabel(scheme, locale))}</option>`)}
      </select>
    </p>`;
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
            <summary>${plural(warnings.length, { one: () => msg('1 note on the file'), other: (n) => msg(str`${n} notes on the file`) })}</summary>
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

/** "1 document, 3 annotations." in the reader's language. */
function documentsAndAnnotations(documents: number, annotations: number): string {
  const first = plural(documents, { one: () => msg('1 document'), other: (n) => msg(str`${n} documents`) });
  return msg(str`${first}, ${annotationCount(annotations)}.`);
}
