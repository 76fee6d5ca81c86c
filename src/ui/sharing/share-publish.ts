/**
 * The "Publish" part of "Share this reading" (issue 18), before the reading is shared: the
 * sign-in, the field "Folder on the server", "Show what will be sent" and then the consent
 * (share-consent.ts). A renderer of <cr-share-view>, which holds the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SharePreview } from '../../app/sync/shared-project-sync.js';
import { renderPublishConsent } from './share-consent.js';

/** What the "Publish" part needs from the page. */
export interface PublishProps {
  readonly signedIn: boolean;
  readonly folder: string;
  /** What is wrong with the folder typed, or '' (worded by the page). */
  readonly problem: string;
  readonly preview: SharePreview | undefined;
  readonly busy: boolean;
  readonly signIn: TemplateResult;
  readonly onFolderInput: (event: Event) => void;
  readonly onShowPreview: (event: Event) => void;
  readonly onPublish: () => void;
  readonly onCancel: () => void;
}

/** See the module comment. */
export function renderPublish({ signedIn, folder, problem, preview, busy, signIn, onFolderInput, onShowPreview, onPublish, onCancel }: PublishProps) {
  return html`<section aria-labelledby="cr-share-publish-heading">
    <h2 id="cr-share-publish-heading">${msg('Publish to a Solid server')}</h2>
    <p>${msg('Your annotations and links of this article go to a folder you choose on a Solid server, as one file. Whoever may read that folder can open the project in their Close Reader.')}</p>
    ${signIn}
    ${signedIn
      ? html`<form novalidate @submit=${onShowPreview}>
            <div class="cr-sharing-field">
              <label for="cr-share-folder">${msg('Folder on the server')}</label>
              <input
                id="cr-share-folder"
                type="url"
                inputmode="url"
                .value=${folder}
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby="cr-share-folder-problem"
                @input=${onFolderInput}
              />
              <span id="cr-share-folder-problem" class="cr-sharing-problem">${problem}</span>
            </div>
            <div class="cr-sharing-actions">
              <button type="submit" class="cr-button" aria-disabled=${busy ? 'true' : 'false'}>${msg('Show what will be sent')}</button>
            </div>
          </form>
          ${preview ? renderPublishConsent({ preview, busy, onPublish, onCancel }) : nothing}`
      : html`<p class="cr-sharing-muted">${msg('Sign in to choose a folder on your server.')}</p>`}
  </section>`;
}
