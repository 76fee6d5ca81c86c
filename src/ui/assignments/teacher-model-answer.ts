/**
 * <cr-teacher-model-answer>: the model answer of an assignment on the teacher's page (issue 15):
 * how many annotations it has, and on request the article itself in the reader, editing the
 * assignment's model-answer set with the reader's own tools. The model answer stays in this
 * browser: the hand-out never reads it; "Save the solution file" hands it out later as a file of
 * its own (issue 16, app/assignments/solution-file.ts). Light DOM, because the reader inside must be (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { modelSetId } from '../../model/sets/annotation-set.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext } from '../shared/contexts.js';
import { download } from '../shared/download.js';
import { describeFailure } from '../shared/failure-message.js';
import { currentLocale } from '../shared/localization.js';
import { plural } from '../shared/plural.js';

/** See the module comment. */
export class CrTeacherModelAnswer extends LitElement {
  static override properties = {
    record: { attribute: false },
    open: { state: true },
    count: { state: true },
    readerReady: { state: true },
    saved: { state: true },
  };

  declare record: AssignmentRecord | undefined;
  /** Whether the article is shown for editing the model answer. */
  declare open: boolean;
  /** How many annotations the model answer has; undefined until counted. */
  declare count: number | undefined;
  declare readerReady: boolean;
  /** What the last "Save the solution file" did (the file's name, or why not), for the live region. */
  declare saved: string;

  private unsubscribe: (() => void) | undefined;
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: (store) => this.watch(store),
  });
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.open = false;
    this.readerReady = false;
    this.saved = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.annotations.value) this.watch(this.annotations.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) void this.recount();
  }

  private watch(store: AnnotationStore): void {
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe(() => void this.recount());
    void this.recount();
  }

  private async recount(): Promise<void> {
    const [store, record] = [this.annotations.value, this.record];
    if (!store || !record) return;
    const { document: article, id } = record.assignment;
    this.count = (await store.load(article.id, modelSetId(id)).catch(() => [])).length;
  }

  /** Shows or hides the article to edit the model answer (the reader's module loads on first use). */
  async toggle(): Promise<void> {
    this.open = !this.open;
    if (this.open && !this.readerReady) {
      await import('../reader/reader-view.js');
      this.readerReady = true;
    }
  }

  /** Saves the model answer as the solution file for the students (a download). */
  async saveSolution(): Promise<void> {
    const [record, annotations, articles, categories] = [this.record, this.annotations.value, this.articles.value, this.categories.value];
    if (!record || !annotations || !articles || !categories) return;
    try {
      const { makeSolutionFile } = await import('../../app/assignments/solution-file.js');
      const file = await makeSolutionFile(record, { annotations, articles, categories }, new Date(), currentLocale() === 'en' ? 'en' : 'de');
      download(file);
      this.saved = msg(str`Saved the solution file ${file.fileName}. Give it to your students once they have handed in.`);
    } catch (error) {
      this.saved = describeFailure(error);
    }
  }

  protected override render() {
    const record = this.record;
    if (!record) return nothing;
    const { document: article, id } = record.assignment;
    const count =
      this.count === undefined
        ? ''
        : plural(this.count, {
            one: () => msg('The model answer has 1 annotation.'),
            other: (n) => msg(str`The model answer has ${n} annotations.`),
          });
    return html`
      <p class="cr-teacher-count" role="status">${count}</p>
      <p class="cr-teacher-note">${msg('The model answer stays in this browser; it is never in the hand-out.')}</p>
      <button type="button" class="cr-button" aria-expanded=${String(this.open)} @click=${() => void this.toggle()}>
        ${this.open ? msg('Close the model answer') : msg('Edit the model answer')}
      </button>
      <button type="button" class="cr-button" ?disabled=${!this.count} aria-describedby="cr-teacher-solution-note" @click=${() => void this.saveSolution()}>
        ${msg('Save the solution file')}
      </button>
      <p class="cr-teacher-note" id="cr-teacher-solution-note">
        ${msg('The solution file hands the model answer to your students, so that each can see their work against it.')}
      </p>
      <p class="cr-teacher-solution-saved" role="status">${this.saved}</p>
      ${this.open && this.readerReady
        ? html`<cr-reader-view .documentId=${article.id} .setId=${modelSetId(id)} .assignedSchemeId=${record.schemeId}></cr-reader-view>`
        : nothing}
    `;
  }
}

customElements.define('cr-teacher-model-answer', CrTeacherModelAnswer);

declare global {
  interface HTMLElementTagNameMap {
    'cr-teacher-model-answer': CrTeacherModelAnswer;
  }
}
