/**
 * The two questions of "Share this reading" (issue 18) that the reader answers before something
 * happens: what publishing sends, and where, with how the project syncs from then on (before
 * anything is sent); and whether to stop sharing. Renderers of <cr-share-view>, which holds the state.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { SharePreview } from '../../app/sync/shared-project-sync.js';
import { formatBytes } from '../shared/format-bytes.js';
import { plural } from '../shared/plural.js';
import { describeHowItSyncs } from './sync-messages.js';

/** What the publish consent needs from the page. */
export interface PublishConsentProps {
  readonly preview: SharePreview;
  /** Whether the page is busy (Publish then waits, but keeps the focus). */
  readonly busy: boolean;
  readonly onPublish: () => void;
  readonly onCancel: () => void;
}

/** What publishing sends, and where, and that the project then syncs by itself once the connection comes back. */
export function renderPublishConsent({ preview, busy, onPublish, onCancel }: PublishConsentProps) {
  const url = preview.url;
  const annotations = plural(preview.annotations, {
    zero: () => msg('no annotations'),
    one: () => msg('1 annotation'),
    other: (n) => msg(str`${n} annotations`),
  });
  const links = plural(preview.relations, { zero: () => msg('no links'), one: () => msg('1 link'), other: (n) => msg(str`${n} links`) });
  const title = preview.title;
  const size = formatBytes(preview.bytes);
  return html`<div class="cr-sharing-consent" role="group" aria-labelledby="cr-share-consent-text">
    <p id="cr-share-consent-text">
      <span class="cr-sharing-url">${msg(str`Will send to ${url}: ${annotations}, ${links} of “${title}” (${size}).`)}</span>
      ${msg('Nothing is sent before you choose Publish.')} ${describeHowItSyncs()}
    </p>
    <div class="cr-sharing-actions">
      <button type="button" class="cr-button" aria-disabled=${busy ? 'true' : 'false'} @click=${onPublish}>${msg('Publish')}</button>
      <button type="button" class="cr-button" @click=${onCancel}>${msg('Cancel')}</button>
    </div>
  </div>`;
}

/** What the stop question needs from the page. */
export interface StopQuestionProps {
  readonly onStop: () => void;
  readonly onKeep: () => void;
}

/** "Stop sharing this reading?" with its safe answer, "Keep sharing", last (the page focuses it). */
export function renderStopQuestion({ onStop, onKeep }: StopQuestionProps) {
  return html`<div class="cr-sharing-consent" role="group" aria-labelledby="cr-share-stop-question">
    <p id="cr-share-stop-question">
      ${msg('Stop sharing this reading? This browser forgets the project’s address and syncs no more. Your annotations stay here, and the copy on the server stays where it is.')}
    </p>
    <div class="cr-sharing-actions">
      <button type="button" class="cr-button" @click=${onStop}>${msg('Stop sharing')}</button>
      <button type="button" class="cr-button cr-share-keep" @click=${onKeep}>${msg('Keep sharing')}</button>
    </div>
  </div>`;
}
