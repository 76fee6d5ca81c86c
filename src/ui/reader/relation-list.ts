/**
 * An annotation's relations in its card (issue 17): both directions ("said by: Salvini";
 * incoming "Quote: „…“ — said by"), each a button that jumps to the partner, with a button that
 * removes the link (undoable), and a warning when the pair's categories no longer allow the type
 * or the scheme no longer has it (deleted in the scheme editor: the link is named by its type id).
 * And the card's "Link to…" button. Templates of <cr-annotation-card>, which fires the events.
 *
 * Entries are keyed by relation id (Lit's `repeat`), so that a removal takes away the removed
 * entry's own <li> rather than the last one; and focus, which the removed button took with it, goes
 * to the Remove button of the entry that took its place (the next, else the one before), or to
 * "Link to…" when no link is left, so a keyboard reader removing links one after another stays put.
 */
import { html, nothing, type ReactiveElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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
  const removal = removals.get(host);
  if (removal?.annotationId === annotationId && !entries.some((entry) => entry.relation.id === removal.removed)) {
    removals.delete(host);
    void (host as Partial<ReactiveElement>).updateComplete?.then(() => refocus(host, removal));
  }
  return html`${entries.length > 0
      ? html`<ul class="relations" aria-label=${msg('Links')} data-for=${annotationId}>
          ${repeat(entries, (entry) => entry.relation.id, (entry, index) => {
            const text = relationText(entry, locale, categoryName);
            const partner = entry.partner;
            return html`<li class="relation ${entry.direction}" data-relation-id=${entry.relation.id}>
              ${partner
                ? html`<button type="button" class="jump" @click=${() => fire(host, 'cr-relation-jump', { id: partner.id })}>${text}</button>`
                : html`<span>${text}</span>`}
              <button
                type="button"
                class="unlink"
                aria-label=${msg(str`Remove link: ${relationTypeLabel(entry, locale)} ${partnerName(entry.partner)}`)}
                @click=${() => {
                  const after = entries[index + 1] ?? entries[index - 1];
                  removals.set(host, { annotationId, removed: entry.relation.id, next: after?.relation.id });
                  fire(host, 'cr-relation-remove', { relationId: entry.relation.id });
                }}
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
    <button type="button" class="link-start" data-for=${annotationId} @click=${() => fire(host, 'cr-link-start', { id: annotationId })}>${msg('Link to…')}</button>`;
}

/** A link the reader removed from the list of annotation `annotationId`, and the entry whose Remove takes focus after it. */
interface Removal {
  readonly annotationId: string;
  readonly removed: string;
  readonly next: string | undefined;
}

/** Per card, the removal waiting for the list without it (the store removes, then the card renders; a card may show several annotations' lists). */
const removals = new WeakMap<HTMLElement, Removal>();

/**
 * Focuses the Remove button of the entry after the removed one, or "Link to…" when none is left, but only when
 * focus was lost with the removed button (on <body>): a reader who went elsewhere meanwhile keeps
 * their place.
 */
function refocus(host: HTMLElement, { annotationId, next }: Removal): void {
  const root = host.shadowRoot;
  if (!root || root.activeElement || (document.activeElement && document.activeElement !== document.body)) return;
  const list = `[data-for="${CSS.escape(annotationId)}"]`;
  const remove = next === undefined ? null : root.querySelector<HTMLButtonElement>(`ul${list} li[data-relation-id="${CSS.escape(next)}"] .unlink`);
  (remove ?? root.querySelector<HTMLButtonElement>(`.link-start${list}`))?.focus();
}
