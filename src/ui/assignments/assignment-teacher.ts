/**
 * <cr-assignment-teacher>: the teacher's page of an assignment (issue 15, "The teacher: make an
 * assignment"): its fields, saved as the teacher types (title, instructions with a live preview,
 * the scheme, the due date, the rules; teacher-fields.ts), the model answer
 * (<cr-teacher-model-answer>), the hand-out file (<cr-teacher-hand-out>) and the hand-ins received
 * (<cr-received-hand-ins>) with the way to the class view that compares them, and, optional,
 * collecting online through a hand-in box on the teacher's Solid server (<cr-teacher-online-box>). A field a hand-out would refuse (HTML in the title, say) shows its
 * problem beside it and is not stored until fixed; the other fields still save.
 *
 * Light DOM, like the assignment page around it: the model answer's reader inside must be (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { type AssignmentChange, updateAssignment } from '../../app/assignments/teacher-assignments.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { categoryStoreContext, classroomContext } from '../shared/contexts.js';
import { describeFailure } from '../shared/failure-message.js';
import { describeProblems } from '../shared/problem-messages.js';
import { SaveWhileTyping } from '../shared/save-while-typing.js';
import { consumeStore } from '../shared/store-consumer.js';
import { renderTeacherFields, type TeacherField, type TypedField } from './teacher-fields.js';
import { teacherStyles } from './teacher-styles.js';
import './collect-hand-ins.js';
import './received-hand-ins.js';
import './teacher-hand-out.js';
import './teacher-model-answer.js';
import './teacher-online-box.js';

/** See the module comment. */
export class CrAssignmentTeacher extends LitElement {
  static override properties = {
    record: { attribute: false },
    current: { state: true },
    drafts: { state: true },
    problems: { state: true },
  };

  /** The record as the page was opened with. */
  declare record: AssignmentRecord | undefined;
  /** The record as last stored from this page. */
  declare current: AssignmentRecord | undefined;
  /** What was typed and is not stored (yet, or refused). */
  declare drafts: Partial<Record<TypedField, string>>;
  /** The problems of each field, in the reader's language. */
  declare problems: Partial<Record<TeacherField, readonly string[]>>;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly categories = consumeStore(this, categoryStoreContext);
  private readonly saver = new SaveWhileTyping<TypedField>(this, (field, value) => void this.save(field, { [field]: value }));
  /** The saves, one after the other: each applies to what the one before stored. */
  private saving: Promise<void> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.drafts = {};
    this.problems = {};
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record') && this.record && this.record.assignment.id !== this.current?.assignment.id) {
      this.current = this.record;
      this.drafts = {};
      this.problems = {};
    }
  }

  /** Resolves once every change made so far is stored (or refused). */
  async saved(): Promise<void> {
    this.saver.flush();
    await this.saving;
  }

  /** What the hand-out is made of: the record once everything typed is stored; undefined while a field is refused. */
  private async storedForHandOut(): Promise<AssignmentRecord | undefined> {
    await this.saved();
    return Object.values(this.problems).some((problems) => problems.length > 0) ? undefined : this.current;
  }

  /** Stores `change` to `field` after the saves before it; shows its problems instead when refused. */
  private save(field: TeacherField, change: AssignmentChange): Promise<void> {
    this.saving = this.saving.then(() => this.apply(field, change));
    return this.saving;
  }

  private async apply(field: TeacherField, change: AssignmentChange): Promise<void> {
    const [classroom, record] = [this.classroom.value, this.current];
    if (!classroom || !record) return;
    try {
      const result = await updateAssignment(classroom.assignments, record, change, msg('Assignment'));
      if (result.ok) this.current = result.value;
      this.problems = { ...this.problems, [field]: result.ok ? [] : describeProblems(result.problems) };
    } catch (error) {
      this.problems = { ...this.problems, [field]: [describeFailure(error)] };
    }
  }

  private typed(field: TypedField, value: string): void {
    this.drafts = { ...this.drafts, [field]: value };
    this.saver.typed(field, value);
  }

  /** The teacher left a field: what waits is saved now, and the field shows what is stored once it is. */
  private async left(field: TypedField): Promise<void> {
    this.saver.flush(field);
    await this.saving;
    if ((this.problems[field]?.length ?? 0) > 0 || this.saver.isWaiting(field)) return;
    const { [field]: _done, ...rest } = this.drafts;
    this.drafts = rest;
  }

  /**
   * A part of the page stored the hand-in box: the page takes only the box's address into its
   * record (after the saves before), so that a field saved meanwhile is not reverted.
   */
  private readonly stored = (event: CustomEvent<{ readonly record: AssignmentRecord }>): void => {
    const { handInBox } = event.detail.record.assignment;
    const id = event.detail.record.assignment.id;
    this.saving = this.saving.then(() => {
      const current = this.current;
      if (handInBox === undefined || id !== current?.assignment.id) return;
      this.current = { ...current, assignment: { ...current.assignment, handInBox } };
    });
  };

  private chooseScheme(schemeId: string): void {
    const scheme = this.categories.value?.schemes.find((each) => each.id === schemeId);
    if (scheme) void this.save('scheme', { scheme });
  }

  protected override render() {
    const record = this.current;
    if (!record) return nothing;
    const { assignment } = record;
    const article = assignment.document;
    return html`
      ${teacherStyles}
      <div class="cr-teacher">
        <h1>${assignment.title}</h1>
        <p class="cr-teacher-article">
          ${msg('Assignment on the article')} <a href=${`#/doc/${encodeURIComponent(article.id)}`}>${article.title}</a>
        </p>
        <section aria-labelledby="cr-teacher-fields-heading">
          <h2 id="cr-teacher-fields-heading">${msg('The assignment')}</h2>
          <p class="cr-teacher-hint">${msg('Changes are saved as you type.')}</p>
          ${renderTeacherFields({
            record,
            drafts: this.drafts,
            problems: this.problems,
            schemes: this.categories.value?.schemes ?? [],
            typed: (field, value) => this.typed(field, value),
            left: (field) => void this.left(field),
            chooseScheme: (schemeId) => this.chooseScheme(schemeId),
            setDue: (day) => void this.save('due', { due: day }),
            setRule: (rule, on) => void this.save('rules', { rules: { [rule]: on } }),
          })}
        </section>
        <section aria-labelledby="cr-teacher-model-heading">
          <h2 id="cr-teacher-model-heading">${msg('Model answer')}</h2>
          <cr-teacher-model-answer .record=${record}></cr-teacher-model-answer>
        </section>
        <section aria-labelledby="cr-teacher-hand-out-heading">
          <h2 id="cr-teacher-hand-out-heading">${msg('Hand-out')}</h2>
          <p>
            ${msg('One file with the assignment, the article and the categories, for your students (by e-mail, Moodle, IServ or a USB stick). They open it in Close Reader.')}
          </p>
          <cr-teacher-hand-out .record=${record} .prepare=${() => this.storedForHandOut()}></cr-teacher-hand-out>
        </section>
        <section aria-labelledby="cr-teacher-hand-ins-heading">
          <h2 id="cr-teacher-hand-ins-heading">${msg('Hand-ins')}</h2>
          <p>
            <a class="cr-teacher-class-link" href=${`#/assignment/${encodeURIComponent(assignment.id)}/class`}>${msg('Open the class view')}</a>
            ${msg('— agreement per category, where the class tagged, each student against the model answer.')}
          </p>
          <cr-collect-hand-ins .record=${record}></cr-collect-hand-ins>
          <cr-received-hand-ins .record=${record}></cr-received-hand-ins>
          <cr-teacher-online-box .record=${record} @cr-assignment-stored=${this.stored}></cr-teacher-online-box>
        </section>
      </div>
    `;
  }
}

customElements.define('cr-assignment-teacher', CrAssignmentTeacher);

declare global {
  interface HTMLElementTagNameMap {
    'cr-assignment-teacher': CrAssignmentTeacher;
  }
}
