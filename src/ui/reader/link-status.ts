/**
 * The status line over the article while the reader makes a link (issue 17): what to do next
 * ("Choose the annotation to link to · Esc cancels"), the candidate offered, and, when several
 * kinds of link fit the pair, one button per kind, numbered as their keys. A template of
 * <cr-reader-view>; not a live region (the announcer speaks, link-mode-controller.ts). Its buttons
 * take the reader back to the text, as Esc does, since the line goes with them.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import type { LinkModeController } from './link-mode-controller.js';
import { chooseStatus, typeName, typeStatus } from './link-messages.js';
import { partnerName } from './relation-entries.js';

/** The status line, or nothing when no link is being made. */
export function renderLinkStatus(linking: LinkModeController) {
  const state = linking.state;
  if (state.step === 'idle') return nothing;
  const locale = currentLocale();
  const cancel = html`<button type="button" class="cr-button cr-link-cancel" @click=${() => linking.cancelToText()}>${msg('Cancel')}</button>`;
  if (state.step === 'choose') {
    const candidate = state.candidates[state.index];
    return html`<div class="cr-link-status">
      <span>${chooseStatus()}</span>
      ${candidate
        ? html`<span class="cr-link-candidate-name"
            >${msg('Offered:')} ${partnerName(candidate.annotation)} (${formatCount(state.index + 1)}/${formatCount(state.candidates.length)})</span
          >`
        : nothing}
      ${cancel}
    </div>`;
  }
  return html`<div class="cr-link-status">
    <span>${typeStatus()}</span>
    ${state.options.map(
      (option, index) =>
        html`<button type="button" class="cr-button cr-link-type" aria-keyshortcuts=${String(index + 1)} @click=${() => void linking.link(option)}>
          ${formatCount(index + 1)} ${typeName(option.type, locale)}
        </button>`,
    )}
    ${cancel}
  </div>`;
}
