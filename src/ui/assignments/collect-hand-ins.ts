/**
 * <cr-collect-hand-ins>: the teacher adds a class's hand-ins at once (issue 16), on the assignment's
 * page in the Hand-ins section: "Add hand-ins…" opens a picker for several files (hand-in files and
 * ZIPs, Moodle's "download all submissions" among them), or files, a folder or a ZIP are dropped on
 * the zone. While they are read it counts "Reading 12 of 30 …" (live); afterwards one sentence
 * counts the outcomes and the files are listed grouped by outcome, each with its reason. The
 * received list beside it re-reads by itself (it watches the annotations).
 *
 * @fires cr-hand-ins-collected - when every file of a collection is read (the class view reads the class then)
 */
import { LitElement, css, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { CollectSource, CollectedFile } from '../../app/assignments/collect-hand-ins.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../shared/contexts.js';
import { controlStyles } from '../shared/controls.styles.js';
import { pickFiles } from '../shared/file-picker.js';
import { fire } from '../shared/events.js';
import { formatCount } from '../shared/plural.js';
import { collectedReason, collectedSummary, OUTCOME_ORDER, outcomeHeading } from './collected-hand-ins-message.js';
import { droppedFiles, fileSource } from './dropped-files.js';

/** What the element shows: nothing yet, the reading's progress, or the last collection's outcome. */
type CollectState = { readonly kind: 'idle' } | { readonly kind: 'reading'; readonly done: number; readonly total: number } | { readonly kind: 'done'; readonly files: readonly CollectedFile[] };

/** See the module comment. */
export class CrCollectHandIns extends LitElement {
  static override styles = [controlStyles, css`
    :host {
      display: block;
      margin-block: 0 1rem;
    }
    .zone {
      border: 2px dashed var(--cr-border);
      border-radius: 0.5rem;
      padding: 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .zone.over {
      border-style: solid;
      border-color: var(--cr-focus, currentColor);
    }
    h3 {
      font-size: 1rem;
      margin-block: 1rem 0.25rem;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    li {
      overflow-wrap: anywhere;
    }
  `];

  static override properties = { record: { attribute: false }, state: { state: true }, over: { state: true } };

  /** The assignment (teacher's role) the hand-ins are collected for. */
  declare record: AssignmentRecord | undefined;
  /** What is shown. */
  declare state: CollectState;
  /** Whether files are dragged over the zone. */
  declare over: boolean;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly annotations = new ContextConsumer(this, { context: annotationStoreContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.record = undefined;
    this.state = { kind: 'idle' };
    this.over = false;
  }

  /** Collects `files` as hand-ins of the assignment, showing the progress and then the outcome. */
  async collect(files: readonly CollectSource[]): Promise<void> {
    const [record, classroom, articles, annotations, categories] = [this.record, this.classroom.value, this.articles.value, this.annotations.value, this.categories.value];
    if (!record || !classroom || !articles || !annotations || !categories || files.length === 0 || this.state.kind === 'reading') return;
    this.state = { kind: 'reading', done: 0, total: files.length };
    // The collection (and fflate with it) loads with the first hand-ins collected.
    const { collectHandIns } = await import('../../app/assignments/collect-hand-ins.js');
    const collected = await collectHandIns(files, record.assignment.id, { classroom, articles, annotations, categories }, (done, total) => {
      this.state = { kind: 'reading', done, total };
    });
    this.state = { kind: 'done', files: collected };
    fire(this, 'cr-hand-ins-collected');
  }

  private async choose(): Promise<void> {
    const files = await pickFiles({ accept: '.json,.jsonld,.zip,application/ld+json,application/json,application/zip', multiple: true });
    await this.collect(files.map((file) => fileSource(file)));
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    // The zone takes the drop, not the app's import (which reads one file).
    event.preventDefault();
    event.stopPropagation();
    this.over = true;
  }

  private async onDrop(event: DragEvent): Promise<void> {
    this.over = false;
    if (!event.dataTransfer) return;
    event.preventDefault();
    event.stopPropagation();
    await this.collect(await droppedFiles(event.dataTransfer));
  }

  protected override render() {
    const { state } = this;
    return html`<div class="zone ${this.over ? 'over' : ''}" @dragover=${this.onDragOver} @dragleave=${() => (this.over = false)} @drop=${this.onDrop}>
        <button type="button" ?disabled=${state.kind === 'reading'} @click=${this.choose}>${msg('Add hand-ins…')}</button>
        <span>${msg('or drop files, a folder or a ZIP here')}</span>
      </div>
      <p role="status" aria-live="polite">${state.kind === 'reading' ? msg(str`Reading ${formatCount(state.done)} of ${formatCount(state.total)} …`) : state.kind === 'done' ? collectedSummary(state.files) : nothing}</p>
      ${state.kind === 'done' ? this.renderFiles(state.files) : nothing}`;
  }

  private renderFiles(files: readonly CollectedFile[]) {
    return OUTCOME_ORDER.map((kind) => {
      const group = files.filter((file) => file.outcome.kind === kind);
      if (group.length === 0) return nothing;
      return html`<section class=${kind}>
        <h3>${outcomeHeading(kind)} (${formatCount(group.length)})</h3>
        <ul>
          ${group.map((file) => html`<li><strong>${file.name}</strong>: ${collectedReason(file.outcome)}</li>`)}
        </ul>
      </section>`;
    });
  }
}

customElements.define('cr-collect-hand-ins', CrCollectHandIns);

declare global {
  interface HTMLElementTagNameMap {
    'cr-collect-hand-ins': CrCollectHandIns;
  }
}
