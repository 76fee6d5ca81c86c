/**
 * How the scheme editor changes a scheme: one edit after the other (each on the categories as the
 * one before left them, so that two quick changes never write over each other), each saved through
 * the category store, and its outcome said next to the field it came from (field-notes.ts): a
 * refusal or a failed save, in the reader's language, with the field showing the saved value
 * again; or the warnings of a saved change. Names save as the reader types (typed-saves.ts).
 */
import { html, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { Problem } from '../../model/result.js';
import { type Category, schemeOf } from '../../model/schemes/category.js';
import type { EditResult } from '../../model/schemes/scheme-editing.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import type { RelationTypeEditResult } from '../../model/schemes/relation-type-editing.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { describeFailure } from '../shared/failure-message.js';
import { describeProblems } from '../shared/problem-messages.js';
import { FieldNotes } from './field-notes.js';
import { TypedSaves } from './typed-saves.js';

/** The two languages of a label. */
export type Language = 'de' | 'en';

/** The outcome of a task: saved (with its warnings) or refused. */
export type Outcome = { readonly ok: true; readonly warnings: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The field an outcome is said next to: a name, or, by the problem, one of several (the fields of a form). */
export type FieldOf = string | ((problem: Problem) => string);

/** The two languages, the reader's first. */
export function languages(locale: Locale): [Language, Language] {
  return locale === 'de' ? ['de', 'en'] : ['en', 'de'];
}

/** A language's name in the reader's language. */
export function languageName(language: Language): string {
  return language === 'de' ? msg('German') : msg('English');
}

/** See the module comment. */
export class SchemeEdits {
  /** The messages beside the fields. */
  readonly notes: FieldNotes;
  private readonly typed: TypedSaves;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => CategoryStore | undefined,
    /** Says a saved change in the view's live region ("Saved.", or its warnings). */
    private readonly announce: (text: string) => void,
  ) {
    this.notes = new FieldNotes(host);
    this.typed = new TypedSaves(host);
  }

  /** Resolves when every change made so far, typed names included, is saved or refused. */
  async settled(): Promise<void> {
    await this.typed.flush();
    await this.queue;
  }

  /**
   * Runs `task` after every task before it, then says its outcome next to `field` (or the field a
   * problem is about): a refusal or a failed save, or the warnings of a saved change. Whether it was saved.
   */
  run(field: FieldOf, task: () => Promise<Outcome>): Promise<boolean> {
    const fieldOf = (problem?: Problem): string => (typeof field === 'string' ? field : field(problem ?? { code: '', params: {}, message: '' }));
    const next = this.queue.then(async () => {
      try {
        const outcome = await task();
        if (!outcome.ok) {
          this.notes.refuse(fieldOf(outcome.problems[0]), describeProblems(outcome.problems).join(' '));
          return false;
        }
        const warnings = describeProblems(outcome.warnings).join(' ');
        this.notes.note(fieldOf(outcome.warnings[0]), warnings);
        this.announce(warnings || msg('Saved.'));
        return true;
      } catch (error) {
        this.notes.refuse(fieldOf(), describeFailure(error));
        return false;
      }
    });
    this.queue = next;
    return next;
  }

  /** Runs one edit over every category and saves the scheme of the category edited; whether it was saved. */
  edit(field: FieldOf, change: (all: readonly Category[]) => EditResult): Promise<boolean> {
    return this.run(field, async () => {
      const store = this.store();
      if (!store) return { ok: true, warnings: [] };
      const result = change(store.categories);
      if (!result.ok) return result;
      const schemeId = schemeOf(result.value.category);
      const scheme = store.schemes.find((s) => s.id === schemeId);
      if (scheme && result.value.changed.length > 0) {
        await store.saveScheme(scheme, result.value.categories.filter((c) => schemeOf(c) === schemeId));
      }
      return result;
    });
  }

  /**
   * Runs one edit of a scheme's relation types (relation-type-editing.ts) on the types as the
   * edits before it left them, and saves them on the scheme; whether it was saved.
   */
  editRelationTypes(field: FieldOf, schemeId: string, change: (types: readonly RelationType[]) => RelationTypeEditResult): Promise<boolean> {
    return this.run(field, async () => {
      const store = this.store();
      if (!store) return { ok: true, warnings: [] };
      const result = change(store.relationTypes(schemeId));
      if (!result.ok) return result;
      await store.saveRelationTypes(schemeId, result.value);
      return { ok: true, warnings: result.warnings };
    });
  }

  /**
   * A field that saves when it changes: the edit with the field's new value, and on a refusal the
   * field back to its saved value.
   */
  change(field: string, event: Event, saved: () => string, change: (all: readonly Category[], value: string) => EditResult): void {
    // Read now: once the edit waits its turn, the event no longer says where it came from.
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const chosen = control.value;
    void this.edit(field, (all) => change(all, chosen)).then((accepted) => {
      if (!accepted) control.value = saved();
    });
  }

  /**
   * A name field saved as the reader types: it shows its draft while there is one, says a refusal
   * next to itself while the reader types, and shows the saved name again (`saved()`) when the
   * reader leaves it. Named by its language, or by `label` (a category's definition or example).
   */
  typedField(field: string, language: Language, saved: () => string, save: (text: string) => Promise<boolean>, label: string = languageName(language)) {
    return html`<label
        >${label}
        <input
          type="text"
          lang=${language}
          .value=${this.typed.draft(field) ?? saved()}
          aria-describedby=${this.notes.describedBy(field)}
          aria-invalid=${this.notes.invalid(field)}
          @input=${(e: Event) => this.typed.type(field, (e.target as HTMLInputElement).value, save)}
          @change=${(e: Event) => void this.leaveTyped(field, e.target as HTMLInputElement, saved)}
      /></label
      >${this.notes.render(field)}`;
  }

  /** The reader left a name field: save what waits, and if it was refused, show the saved name again. */
  private async leaveTyped(field: string, input: HTMLInputElement, saved: () => string): Promise<void> {
    await this.typed.flush(field);
    if (!this.notes.get(field)?.refused) return;
    this.typed.discard(field);
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The binding sets a value only when it differs from the one it set last; the field may hold another.
    input.value = saved();
  }
}
