/**
 * <cr-teacher-model-answer>: the model answer of an assignment on the teacher's page (issue 15):
 * how many annotations it has, and on request the article itself in the reader, editing the
 * assignment's model-answer set with the reader's own tools. The model answer stays in this
 * browser: the hand-out never reads it. Light DOM, because the reader inside must be (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { modelSetId } from '../../model/sets/annotation-set.js';
import { annotationStoreContext } from '../shared/contexts.js';
import { plural } from '../shared/plural.js';

/** See the module comment. */
export class CrTeacherModelAnswer extends LitElement {
  static override properties = { record: { attribute: false }, open: { state: true }, count: { state: true }, readerReady: { state: true } };

  declare record: AssignmentRecord | undefined;
  /** Whether the article is shown for editing the model answer. */
  declare open: boolean;
  /** How many annotations the model answer has; undefined until counted. */
  declare count: number | undefined;
  declare readerReady: boolean;

  private unsubscribe: (() => void) | undefined;
  private readonly annotations = new ContextConsumer(this, {
    context: annotationStoreContext,
    subscribe: true,
    callback: (store) => this.watch(store),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.open = false;
    this.readerReady = false;
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
