/**
 * The "Shared" part of "Share this reading" (issue 18): the project's address to copy, when it
 * last synced, how many changes are not sent yet, how it syncs (by "Sync now", and once by itself
 * when the connection comes back), "Sync now" and "Stop sharing" behind its question. A renderer
 * of <cr-share-view>, which holds the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SharedProjectLink } from '../../app/sync/shared-project-sync.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { renderStopQuestion } from './share-consent.js';
import { describeHowItSyncs, describePending } from './sync-messages.js';

/** What the "Shared" part needs from the page. */
export interface LinkedProps {
  readonly link: SharedProjectLink;
  /** Changes here since the last sync; undefined until counted. */
  readonly pending: number | undefined;
  /** Whether the page is syncing (the button says so), or busy otherwise. */
  readonly busy: 'sync' | boolean;
  readonly confirmingStop: boolean;
  readonly signIn: TemplateResult;
  readonly onCopy: () => void;
  readonly onSync: () => void;
  /** Opens (true) or closes (false) the stop question. */
  readonly onAskToStop: (asking: boolean) => void;
  readonly onStop: () => void;
}

/** See the module comment. */
export function renderLinked({ link, pending, busy, confirmingStop, signIn, onCopy, onSync, onAskToStop, onStop }: LinkedProps) {
  const syncedAt = link.syncedAt;
  return html`<section aria-labelledby="cr-share-linked-heading">
    <h2 id="cr-share-linked-heading">${msg('Shared')}</h2>
    <div class="cr-sharing-field">
      <label for="cr-share-address">${msg('The project’s address (the other researchers open it in Close Reader)')}</label>
      <input id="cr-share-address" type="url" readonly .value=${link.resourceUrl} />
    </div>
    <div class="cr-sharing-actions">
      <button type="button" class="cr-button" @click=${onCopy}>${msg('Copy the address')}</button>
    </div>
    <p class="cr-share-synced">${syncedAt ? msg(str`Last synced ${formatDateTime(syncedAt)}.`) : msg('Not synced yet.')}</p>
    <p class="cr-share-pending">${pending === undefined ? nothing : describePending(pending)}</p>
    ${signIn}
    <p class="cr-sharing-muted cr-share-how">${describeHowItSyncs()}</p>
    <div class="cr-sharing-actions">
      <button type="button" class="cr-button cr-share-sync" aria-disabled=${busy ? 'true' : 'false'} @click=${onSync}>
        ${busy === 'sync' ? msg('Syncing…') : msg('Sync now')}
      </button>
      ${confirmingStop ? nothing : html`<button type="button" class="cr-button cr-share-stop" @click=${() => onAskToStop(true)}>${msg('Stop sharing')}</button>`}
    </div>
    ${confirmingStop ? renderStopQuestion({ onStop, onKeep: () => onAskToStop(false) }) : nothing}
  </section>`;
}

/**
 * Copies the project's address and says so; when the clipboard is refused (no permission, not
 * focused), selects the address field in `page` to copy by hand and says how. Gives the sentence.
 */
export async function copyAddress(url: string, page: ParentNode): Promise<string> {
  try {
    await navigator.clipboard.writeText(url);
    return msg('The address is copied.');
  } catch {
    page.querySelector<HTMLInputElement>('#cr-share-address')?.select();
    return msg('Copy the selected address with Ctrl+C (⌘C on a Mac).');
  }
}
