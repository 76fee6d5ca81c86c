/**
 * <cr-assignment-view>: the page of one assignment (`#/assignment/<id>`, issue 15). Reads the
 * assignment's record in this browser and shows the page of the reader's part in it: the teacher's
 * (<cr-assignment-teacher>: the assignment's fields, the model answer, the hand-out) or the
 * student's (<cr-assignment-student>: the instructions, the article in the student's own set,
 * handing in). Each part's module loads when first shown. On `#/assignment/<id>/class` and
 * `…/present` the teacher sees the class view of the hand-ins (<cr-class-view>, src/ui/class/)
 * instead; a student there sees their own page.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { classroomContext } from '../shared/contexts.js';

type Shown =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'ready'; readonly record: AssignmentRecord };

/** See the module comment. */
export class CrAssignmentView extends LitElement {
  static override properties = {
    assignmentId: { attribute: false },
    page: { attribute: false },
    shown: { state: true },
    partReady: { state: true },
  };

  /** The assignment's id (the bare UUID). */
  declare assignmentId: string;
  /** Which of the teacher's pages: the assignment, its class view, or the class view on a projector. */
  declare page: 'assignment' | 'class' | 'present';
  declare shown: Shown;
  /** Whether the module of the shown part has loaded. */
  declare partReady: boolean;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true, callback: () => void this.load() });
  private request = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.assignmentId = '';
    this.page = 'assignment';
    this.shown = { state: 'loading' };
    this.partReady = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assignmentId') || changed.has('page')) void this.load();
  }

  /** Reads the record again (after the part changed it, e.g. a hand-in), keeping the part shown. */
  async reload(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    const classroom = this.classroom.value;
    if (!classroom || !this.assignmentId) return;
    const request = ++this.request;
    const record = await classroom.assignments.getAssignment(this.assignmentId).catch(() => undefined);
    if (request !== this.request) return;
    this.shown = record ? { state: 'ready', record } : { state: 'missing' };
    if (record) {
      if (record.role !== 'teacher') await import('./assignment-student.js');
      else if (this.page === 'assignment') await import('./assignment-teacher.js');
      else await import('../class/class-view.js');
      if (request === this.request) this.partReady = true;
    }
  }

  protected override render() {
    const shown = this.shown;
    switch (shown.state) {
      case 'loading':
        return html`<p class="cr-reader-status" role="status">${msg('Loading the assignment…')}</p>`;
      case 'missing':
        return html`<h1 class="cr-reader-status">${msg('Assignment not found')}</h1>
          <p>${msg('This browser has no assignment with this address. A student opens the hand-out file the teacher gave them.')} <a href="#/">${msg('Back to the library')}</a></p>`;
      case 'ready':
        if (!this.partReady) return html`<p class="cr-reader-status" role="status">${msg('Loading the assignment…')}</p>`;
        if (shown.record.role !== 'teacher') return html`<cr-assignment-student .record=${shown.record}></cr-assignment-student>`;
        return this.page === 'assignment'
          ? html`<cr-assignment-teacher .record=${shown.record}></cr-assignment-teacher>`
          : html`<cr-class-view .record=${shown.record} .presenting=${this.page === 'present'}></cr-class-view>`;
    }
  }
}

customElements.define('cr-assignment-view', CrAssignmentView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-assignment-view': CrAssignmentView;
  }
}
