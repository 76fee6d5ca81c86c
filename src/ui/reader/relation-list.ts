/**
 * An annotation's relations in its card (issue 17): both directions ("said by: Salvini";
 * incoming "Quote: „…“ — said by"), each a button that jumps to the partner, with a button that
 * removes the link (undoable), and a warning when the pair's categories no longer allow the type
 * or the scheme no longer has it (deleted in the scheme editor: the link is named by its type id).
 * And the card's "Link to…" button. Templates of <cr-annotation-card>, which fires the events.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { fire } from '../shared/events.js';
import { type RelationEntry, partnerName, relationText, relationTypeLabel } from './relation-entries.js';

/**
 * The relations of annotation `annotationId`, fired from `host`: `cr-relation-jump` with the
 * partner's id, `cr-relation-remove` with the relation's id; then "Link to…" (`cr-link-start`).
 */
export function renderRelations(
  host: HTMLElement,
  annotationId: string,
  entries: readonly RelationEntry[],
  locale: string,
  categoryName: (id: string) => string,
) {
  return html`${entries.length > 0
      ? html`<ul class="relations" aria-label=${msg('Links')}>
          ${entries.map((entry) => {
            const text = relationText(entry, locale, categoryName);
            const partner = entry.partner;
            return html`<li class="relation ${entry.direction}">
              ${partner
                ? html`<button type="button" class="jump" @click=${() => fire(host, 'cr-relation-jump', { id: partner.id })}>${text}</button>`
                : html`<span>${text}</span>`}
              <button
                type="button"
                class="unlink"
                aria-label=${msg(str`Remove link: ${relationTypeLabel(entry, locale)} ${partnerName(entry.partner)}`)}
                @click=${() => fire(host, 'cr-relation-remove', { relationId: entry.relation.id })}
              >${msg('Remove')}</button>
              ${entry.fits
                ? nothing
                : html`<p class="relation-warning">${entry.type
                    ? msg('This link’s type does not fit the categories any more.')
                    : msg('The scheme no longer has this type of link; it is named by its id.')}</p>`}
            </li>`;
          })}
        </ul>`
      : nothing}
    <button type="button" class="link-start" @click=${() => fire(host, 'cr-link-start', { id: annotationId })}>${msg('Link to…')}</button>`;
}
