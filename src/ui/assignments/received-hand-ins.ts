/**
 * <cr-received-hand-ins>: the hand-ins the teacher received for an assignment (issue 15): each
 * student (name or pseudonym), when they handed in and how many annotations the hand-in holds,
 * newest first; or how to receive them when there are none yet. Reads the assignment's 'received'
 * sets from the classroom's storage, and again whenever annotations change (a hand-in just
 * imported). The class view (src/ui/class/) compares them.
 */
import { LitElement, css, html } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { assignmentIri } from '../../model/assignments/assignment.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import type { AnnotationSet } from '../../model/sets/annotation-set.js';
import { annotationStoreContext, classroomContext } from '../shared/contexts.js';
import { formatAnnotationCount } from '../shared/format.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { consumeStore } from '../shared/store-consumer.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** One received hand-in as listed. */
interface Row {
  readonly set: AnnotationSet;
  readonly annotations: number;
}

/** See the module comment. */
export class CrReceivedHandIns extends LitElement {
  static override styles = [visuallyHiddenStyles, css`
    :host {
      display: block;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.35rem 0.75rem 0.35rem 0;
      border-bottom: 1px solid var(--cr-border);
      overflow-wrap: anywhere;
    }
  `];

  static override properties = { record: { attribute: false }, rows: { state: true } };

  /** The assignment (teacher's role). */
  declare record: AssignmentRecord | undefined;
  /** The hand-ins, once read. */
  declare rows: readonly Row[] | undefined;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true, callback: () => void this.refresh() });
  private readonly annotations = consumeStore(this, annotationStoreContext, () => void this.refresh());
  private request = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.record = undefined;
    this.rows = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('record')) void this.refresh();
  }

  /** Reads the hand-ins again. */
  async refresh(): Promise<void> {
    const [classroom, record] = [this.classroom.value, this.record];
    if (!classroom || !record) return;
    const request = ++this.request;
    const sets = (await classroom.sets.listSetsByAssignment(assignmentIri(record.assignment.id))).filter((set) => set.kind === 'received');
    const store = this.annotations.value;
    const rows = await Promise.all(sets.map(async (set) => ({ set, annotations: store ? (await store.load(set.documentId, set.id)).length : 0 })));
    if (request !== this.request) return;
    // Newest first; at the same moment, by name.
    this.rows = rows.sort((a, b) => Date.parse(b.set.modified) - Date.parse(a.set.modified) || (a.set.author ?? '').localeCompare(b.set.author ?? ''));
  }

  protected override render() {
    const rows = this.rows;
    if (!rows) return html``;
    if (rows.length === 0) return html`<p>${msg("No hand-ins yet. Open the students' files with Import or drop them here.")}</p>`;
    return html`<table>
      <caption class="visually-hidden">${msg('Received hand-ins')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Student')}</th>
          <th scope="col">${msg('Handed in')}</th>
          <th scope="col">${msg('Annotations')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({ set, annotations }) => html`<tr>
            <th scope="row">${set.author ?? ''}</th>
            <td><time datetime=${set.modified}>${formatDateTime(set.modified)}</time></td>
            <td>${formatAnnotationCount(annotations)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('cr-received-hand-ins', CrReceivedHandIns);

declare global {
  interface HTMLElementTagNameMap {
    'cr-received-hand-ins': CrReceivedHandIns;
  }
}
