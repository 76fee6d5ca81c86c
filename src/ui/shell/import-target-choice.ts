/**
 * The import summary's choice of where the file's annotations go (issue 15, "Annotation sets"):
 * "add to my reading" (today's merge, the default) or "keep apart as another reader's reading",
 * with that reader's name or pseudonym, prefilled from the file's creator and editable. The choice
 * goes to the import controller as `cr-import-target`, which plans the file again; nothing is
 * written before Import.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ImportTarget } from '../../model/sets/import-target.js';
import { fire } from '../shared/events.js';

/** What the choice needs. */
export interface ImportTargetView {
  /** The target the plan was made with (absent: my reading). */
  readonly target: ImportTarget | undefined;
  /** The name the file gives its creator ('' when none). */
  readonly creator: string;
  /** The element the choice is fired from (the dialog). */
  readonly host: HTMLElement;
}

/** The name a kept-apart reading gets when the reader gives none. */
export function fallbackAuthor(): string {
  return msg('another reader');
}

/** The radio group, a fieldset with its legend. */
export function importTargetTemplate(view: ImportTargetView): TemplateResult | typeof nothing {
  const shared = view.target?.kind === 'shared';
  const name = view.target?.kind === 'shared' ? view.target.author : view.creator;
  const keep = (author: string) => fire(view.host, 'cr-import-target', { target: { kind: 'shared', author: author.trim() || fallbackAuthor() } });
  const nameField = (): HTMLInputElement | null => view.host.shadowRoot?.querySelector<HTMLInputElement>('#target-name') ?? null;
  return html`<fieldset class="target-choice">
    <legend>${msg('Where do the annotations go?')}</legend>
    <label
      ><input type="radio" name="target" value="mine" .checked=${!shared} @change=${() => fire(view.host, 'cr-import-target', { target: { kind: 'mine' } })} />
      ${msg('Add to my reading')}</label
    >
    <label
      ><input type="radio" name="target" value="shared" .checked=${shared} @change=${() => keep(nameField()?.value ?? name)} />
      ${msg('Keep apart as another reader’s reading')}</label
    >
    <label class="target-name"
      >${msg('Their name or pseudonym')}
      <input id="target-name" type="text" maxlength="100" autocomplete="off" .value=${name} placeholder=${fallbackAuthor()} @input=${(event: Event) => keep((event.target as HTMLInputElement).value)}
    /></label>
  </fieldset>`;
}
