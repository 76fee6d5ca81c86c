/**
 * <cr-assignment-list>: the library's list of assignments in this browser (issue 15), shown only
 * when there are any: each assignment's title as a link to its page (`#/assignment/<id>`), its
 * article, and the reader's part: "Your assignment" for the teacher who made it; for a student,
 * where the work stands (not started, in progress, handed in at … and whether it changed since).
 * It renders into the library's shadow root (no root of its own), so the library's card styles
 * apply. Part of the library's first load: it imports small model files only, never a parser.
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type AssignmentProgress, type AssignmentRecord, assignmentProgress } from '../../model/assignments/assignment-record.js';
import { studentSetId } from '../../model/sets/annotation-set.js';
import { annotationStoreContext, classroomContext } from '../shared/contexts.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { routeHash } from '../shared/hash-route.js';
import { consumeStore } from '../shared/store-consumer.js';

/** One assignment as listed: its record and, for a student, where the work stands. */
interface Listed {
  readonly record: AssignmentRecord;
  readonly progress?: AssignmentProgress;
}

/** See the module comment. */
export class CrAssignmentList extends LitElement {
  static override properties = { listed: { state: true } };

  /** The assignments, once read (empty: none, and nothing is shown). */
  declare listed: readonly Listed[];

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true, callback: () => void this.refresh() });
  /** Reads again when annotations change: a student's tag moves "not started" to "in progress". */
  private readonly annotations = consumeStore(this, annotationStoreContext, () => void this.refresh());
  private request = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.listed = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Reads the assignments and the students' progress again. */
  async refresh(): Promise<void> {
    const classroom = this.classroom.value;
    if (!classroom) return;
    const request = ++this.request;
    try {
      const records = await classroom.assignments.listAssignments();
      const listed = await Promise.all(
        records.map(async (record): Promise<Listed> => {
          if (record.role === 'teacher') return { record };
          const set = await classroom.sets.getSet(studentSetId(record.assignment.id));
          const store = this.annotations.value;
          const count = set && store ? (await store.load(set.documentId, set.id)).length : 0;
          return { record, progress: assignmentProgress(record, count, set?.modified) };
        }),
      );
      if (request === this.request) this.listed = listed;
    } catch (error) {
      console.error('could not list the assignments', error);
    }
  }

  protected override render() {
    if (this.listed.length === 0) return nothing;
    return html`<section aria-labelledby="cr-assignments-heading">
      <h2 id="cr-assignments-heading">${msg('Assignments')}</h2>
      <ol aria-labelledby="cr-assignments-heading">
        ${this.listed.map(
          ({ record, progress }) => html`<li>
            <a href=${routeHash({ name: 'assignment', id: record.assignment.id })}>${record.assignment.title}</a>
            <div class="meta">
              <span>${record.assignment.document.title}</span>
              <span>${progress ? progressWords(progress) : msg('Your assignment')}</span>
            </div>
          </li>`,
        )}
      </ol>
    </section>`;
  }
}

/** Where a student's work stands, in words. */
export function progressWords(progress: AssignmentProgress): string {
  switch (progress.kind) {
    case 'not-started':
      return msg('Not started');
    case 'in-progress':
      return msg('In progress');
    case 'handed-in':
      return progress.changedSince
        ? msg(str`Handed in at ${formatDateTime(progress.at)} (changed since)`)
        : msg(str`Handed in at ${formatDateTime(progress.at)}`);
  }
}

customElements.define('cr-assignment-list', CrAssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'cr-assignment-list': CrAssignmentList;
  }
}
