/**
 * The fields of the teacher's page of an assignment, as a template of <cr-assignment-teacher>:
 * title, instructions (Markdown, with a live preview through <cr-instructions>), the scheme, the
 * due date and the two rules. Each field shows its problems beside it (aria-invalid, described by
 * them); what is typed stays in the field even while it is refused. Kept apart so the page's own
 * file stays about loading and saving.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import type { CategoryScheme } from '../../model/schemes/category.js';
import { currentLocale } from '../shared/localization.js';
import './instructions-view.js';

/** The fields that save as the teacher types. */
export type TypedField = 'title' | 'instructions';
/** Every field of the form, as problems are kept per field. */
export type TeacherField = TypedField | 'scheme' | 'due' | 'rules';

/** What the fields show and where they send what the teacher does. */
export interface TeacherFieldsState {
  readonly record: AssignmentRecord;
  /** What was typed and is not stored (yet, or refused), per field. */
  readonly drafts: Partial<Record<TypedField, string>>;
  /** The problems of each field, in the reader's language. */
  readonly problems: Partial<Record<TeacherField, readonly string[]>>;
  readonly schemes: readonly CategoryScheme[];
  typed(field: TypedField, value: string): void;
  left(field: TypedField): void;
  chooseScheme(schemeId: string): void;
  setDue(day: string): void;
  setRule(rule: 'hideDefinitions' | 'studentsMayAddCategories', on: boolean): void;
}

/** The problems of `field`, with the id its control is described by. */
function problemsOf(state: TeacherFieldsState, field: TeacherField) {
  const problems = state.problems[field] ?? [];
  return html`<div id=${`cr-teacher-${field}-problems`} class="cr-failure" role="alert">${problems.map((text) => html`<p>${text}</p>`)}</div>`;
}

/** Attributes of a control with problems: invalid, and described by them. */
function invalid(state: TeacherFieldsState, field: TeacherField): string {
  return String((state.problems[field]?.length ?? 0) > 0);
}

/** The form: see the module comment. */
export function renderTeacherFields(state: TeacherFieldsState) {
  const { assignment, schemeId } = state.record;
  const title = state.drafts.title ?? assignment.title;
  const instructions = state.drafts.instructions ?? assignment.instructions;
  const locale = currentLocale();
  const input = (field: TypedField) => (event: Event) => state.typed(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`
    <div class="cr-teacher-field">
      <label for="cr-teacher-title">${msg('Title')}</label>
      <input
        id="cr-teacher-title"
        type="text"
        .value=${title}
        aria-invalid=${invalid(state, 'title')}
        aria-describedby="cr-teacher-title-problems"
        @input=${input('title')}
        @blur=${() => state.left('title')}
      />
      ${problemsOf(state, 'title')}
    </div>
    <div class="cr-teacher-instructions">
      <div class="cr-teacher-field">
        <label for="cr-teacher-instructions">${msg('Instructions')}</label>
        <p id="cr-teacher-instructions-hint" class="cr-teacher-hint">
          ${msg('Markdown: # heading, - list item, *emphasis*, **strong**, [text](address). No HTML.')}
        </p>
        <textarea
          id="cr-teacher-instructions"
          rows="10"
          .value=${instructions}
          aria-invalid=${invalid(state, 'instructions')}
          aria-describedby="cr-teacher-instructions-hint cr-teacher-instructions-problems"
          @input=${input('instructions')}
          @blur=${() => state.left('instructions')}
        ></textarea>
        ${problemsOf(state, 'instructions')}
      </div>
      <section class="cr-teacher-preview" aria-labelledby="cr-teacher-preview-heading">
        <h3 id="cr-teacher-preview-heading">${msg('Preview: what students see')}</h3>
        ${instructions.trim() === ''
          ? html`<p class="cr-teacher-hint">${msg('No instructions yet.')}</p>`
          : html`<cr-instructions .source=${instructions} .level=${4}></cr-instructions>`}
      </section>
    </div>
    <div class="cr-teacher-field">
      <label for="cr-teacher-scheme">${msg('Categories')}</label>
      <select id="cr-teacher-scheme" aria-describedby="cr-teacher-scheme-problems" @change=${(event: Event) => state.chooseScheme((event.target as HTMLSelectElement).value)}>
        ${state.schemes.map(
          (scheme) => html`<option value=${scheme.id} ?selected=${scheme.id === schemeId}>${locale === 'de' ? scheme.label.de : scheme.label.en}</option>`,
        )}
      </select>
      ${problemsOf(state, 'scheme')}
    </div>
    <div class="cr-teacher-field">
      <label for="cr-teacher-due">${msg('Due date (optional)')}</label>
      <input
        id="cr-teacher-due"
        type="date"
        .value=${assignment.due ?? ''}
        aria-invalid=${invalid(state, 'due')}
        aria-describedby="cr-teacher-due-problems"
        @change=${(event: Event) => state.setDue((event.target as HTMLInputElement).value)}
      />
      ${problemsOf(state, 'due')}
    </div>
    <fieldset class="cr-teacher-rules">
      <legend>${msg('Rules')}</legend>
      <label>
        <input
          type="checkbox"
          .checked=${assignment.rules.hideDefinitions}
          @change=${(event: Event) => state.setRule('hideDefinitions', (event.target as HTMLInputElement).checked)}
        />
        ${msg("Hide the categories' definitions from students")}
      </label>
      <label>
        <input
          type="checkbox"
          .checked=${assignment.rules.studentsMayAddCategories}
          @change=${(event: Event) => state.setRule('studentsMayAddCategories', (event.target as HTMLInputElement).checked)}
        />
        ${msg('Students may add categories')}
      </label>
      ${(state.problems.rules?.length ?? 0) > 0 ? problemsOf(state, 'rules') : nothing}
    </fieldset>
  `;
}
