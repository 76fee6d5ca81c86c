/**
 * Messages beside the fields of the scheme editor: a refusal (a duplicate key, nesting a parent
 * under another, a name taken, a failed save) next to the field it is about, announced (role
 * alert) and tied to the field (aria-describedby, aria-invalid), rather than at the top of a page
 * the reader has scrolled away from; or a note about a change that was saved (a warning).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';

/** One message: `refused` when the change was not saved and the field shows the saved value again. */
export interface FieldNote {
  readonly text: string;
  readonly refused: boolean;
}

/** The messages of one view, by field name (any string that names a field, e.g. "actor:key"). */
export class FieldNotes {
  private readonly notes = new Map<string, FieldNote>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Says beside `field` why its change was refused. */
  refuse(field: string, text: string): void {
    this.set(field, { text, refused: true });
  }

  /** Says beside `field` something about its saved change; no text clears it. */
  note(field: string, text: string): void {
    if (text) this.set(field, { text, refused: false });
    else this.clear(field);
  }

  /** Removes the message of `field`. */
  clear(field: string): void {
    if (this.notes.delete(field)) this.host.requestUpdate();
  }

  /** Removes every message whose field name starts with `prefix` (a category's, say). */
  clearAll(prefix = ''): void {
    for (const field of [...this.notes.keys()]) if (field.startsWith(prefix)) this.notes.delete(field);
    this.host.requestUpdate();
  }

  /** The message of `field`, if any. */
  get(field: string): FieldNote | undefined {
    return this.notes.get(field);
  }

  /** The id of `field`'s message element, for the field's aria-describedby (nothing when there is none). */
  describedBy(field: string): string | typeof nothing {
    return this.notes.has(field) ? noteId(field) : nothing;
  }

  /** "true" for a field whose change was refused, for its aria-invalid. */
  invalid(field: string): 'true' | typeof nothing {
    return this.notes.get(field)?.refused ? 'true' : nothing;
  }

  /** The message of `field`, to render right after the field. */
  render(field: string) {
    const note = this.notes.get(field);
    if (!note) return nothing;
    return html`<span class=${note.refused ? 'field-note refusal' : 'field-note'} id=${noteId(field)} role=${note.refused ? 'alert' : 'status'}
      >${note.text}</span
    >`;
  }

  private set(field: string, note: FieldNote): void {
    this.notes.set(field, note);
    this.host.requestUpdate();
  }
}

/** An element id for `field`'s message (field names may hold ':' and the characters of category ids). */
function noteId(field: string): string {
  return `note-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
