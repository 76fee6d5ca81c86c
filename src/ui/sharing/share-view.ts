/**
 * <cr-share-view>: "Share this reading" (`#/doc/<id>/share`, issue 18): the reader's own reading of
 * an article as a shared project on a Solid server, kept in step with the researchers who open it.
 *
 * Not shared yet: the sign-in, a field "Folder on the server" (filled with the account's
 * `close-reader/shared/` folder when it has one, else its storage's root) and, BEFORE anything is
 * sent, what would be sent where (the use case's preview: no request made) with "Publish".
 * Shared: the project's address to copy (the other researcher opens it), when it last synced, how
 * many changes are not sent yet, "Sync now" (nothing is sent by itself: each sync is the reader's
 * choice), "Stop sharing" (after a question), the outcome of each sync in words, and the list of
 * conflicting edits when the sync found some (sync-conflicts.ts).
 *
 * Light DOM, like the other pages: the sign-in element it holds is styled by the app's sheet.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { SharePreview, SharedProjectLink, SyncConflict, ConflictChoice } from '../../app/sync/shared-project-sync.js';
import type { SolidSession } from '../../app/sync/solid-session.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { on } from '../shared/events.js';
import { routeHash } from '../shared/hash-route.js';
import { formatBytes } from '../shared/format-bytes.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { plural } from '../shared/plural.js';
import { SharedProjectsConsumer } from './shared-projects-consumer.js';
import { SolidSessionController } from './solid-session-controller.js';
import { onBackgroundSync } from './sync-when-online.js';
import { describePending, describeSharingProblem, describeSyncOutcome } from './sync-messages.js';
import { sharingPageStyles } from './sharing-page-styles.js';
import '../shared/solid-sign-in.js';
import './sync-conflicts.js';

/** The folder in an account's storage that Close Reader offers for shared projects. */
export const SHARED_FOLDER = 'close-reader/shared/';

/** A typed folder as a container URL (absolute http(s), ending with a slash), or undefined when it is none. */
export function containerUrl(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.search !== '' || url.hash !== '') return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** What the page is doing now (its buttons wait meanwhile). */
type Busy = 'preview' | 'publish' | 'sync' | 'stop' | undefined;

/** See the module comment. */
export class CrShareView extends LitElement {
  static override properties = {
    documentId: { attribute: 'document-id' },
    session: { attribute: false },
    link: { state: true },
    loaded: { state: true },
    folder: { state: true },
    preview: { state: true },
    busy: { state: true },
    outcome: { state: true },
    problem: { state: true },
    conflicts: { state: true },
    pending: { state: true },
    confirmingStop: { state: true },
  };

  /** The article whose own reading is shared. */
  declare documentId: string;
  /** A session to use instead of the tab's Solid session (tests only; the app leaves it unset). */
  declare session: SolidSession | undefined;
  /** The set's sync link, once read; undefined when it is not shared. */
  declare link: SharedProjectLink | undefined;
  /** Whether the link has been read. */
  declare loaded: boolean;
  /** The folder as typed (or filled in). */
  declare folder: string;
  /** What publishing would send: shown before anything is sent. */
  declare preview: SharePreview | undefined;
  declare busy: Busy;
  /** The last publish's or sync's outcome, in words (a live region). */
  declare outcome: string;
  /** What is wrong with what was typed, or why a preview could not be made. */
  declare problem: string;
  /** The conflicts the last sync found: the reader chooses before anything is written. */
  declare conflicts: readonly SyncConflict[];
  /** Changes here since the last sync; undefined until counted. */
  declare pending: number | undefined;
  /** Whether "Stop sharing" asks its question. */
  declare confirmingStop: boolean;

  /** Whether the reader typed in the folder field (then it is never filled in over their words). */
  private folderTyped = false;
  private readonly stores = new SharedProjectsConsumer(this, () => void this.countPending());
  private readonly solid = new SolidSessionController(this, () => this.session, () => void this.fillFolder());
  /** Whether the folder field has been filled in for the account (once per page). */
  private folderFilled = false;
  private stopBackgroundNews: (() => void) | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.session = undefined;
    this.link = undefined;
    this.loaded = false;
    this.folder = '';
    this.preview = undefined;
    this.busy = undefined;
    this.outcome = '';
    this.problem = '';
    this.conflicts = [];
    this.pending = undefined;
    this.confirmingStop = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Share this reading')} – ${msg('Close Reader')}`;
    // A sync made when the connection came back (sync-when-online.ts): show its link and count anew.
    this.stopBackgroundNews = onBackgroundSync(() => void this.readLink());
  }

  override disconnectedCallback(): void {
    this.stopBackgroundNews?.();
    super.disconnectedCallback();
  }

  private get setId(): string {
    return mineSetId(this.documentId);
  }

  protected override willUpdate(): void {
    if (!this.loaded && this.stores.projects) void this.readLink();
  }

  /** Reads the set's link and counts what is not sent yet. */
  private reading: Promise<void> | undefined;
  private readLink(): Promise<void> {
    this.reading ??= (async () => {
      try {
        this.link = await this.stores.projects?.link(this.setId);
        this.loaded = true;
        await Promise.all([this.countPending(), this.fillFolder()]);
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private async countPending(): Promise<void> {
    const projects = this.stores.projects;
    if (!projects || !this.link) return;
    try {
      this.pending = await projects.pending(this.setId);
    } catch (error) {
      console.error(error);
      this.pending = undefined;
    }
  }

  /**
   * Fills the folder field for a signed-in account, once the page knows the set is not shared: its
   * `close-reader/shared/` folder when that exists (a GET of the reader's own storage; nothing is
   * sent), else the storage's root. Never over what the reader typed.
   */
  private async fillFolder(): Promise<void> {
    const account = this.solid.account;
    if (!account || !this.loaded || this.link || this.folderTyped || this.folderFilled) return;
    this.folderFilled = true;
    const offered = new URL(SHARED_FOLDER, account.storage).href;
    const exists = (await this.solid.ldp()?.get(offered))?.ok ?? false;
    if (!this.folderTyped) this.folder = exists ? offered : account.storage;
  }

  private onFolderInput(event: Event): void {
    this.folderTyped = true;
    this.folder = (event.target as HTMLInputElement).value;
    // The consent named another folder: it no longer holds.
    this.preview = undefined;
    this.problem = '';
  }

  /** Shows what publishing would send where; nothing is sent. */
  private async showPreview(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const projects = this.stores.projects;
    const url = containerUrl(this.folder);
    if (url === undefined) {
      this.problem = msg('Enter the address of a folder on your Solid server, such as https://solid.example/alice/close-reader/shared/.');
      return;
    }
    if (!projects) return;
    this.busy = 'preview';
    this.problem = '';
    try {
      this.preview = await projects.preview(this.setId, url);
    } catch (error) {
      console.error(error);
      this.problem = msg('What would be sent could not be put together. Reload the page and try again.');
    } finally {
      this.busy = undefined;
    }
  }

  private async publish(): Promise<void> {
    const [projects, client, preview] = [this.stores.projects, this.solid.ldp(), this.preview];
    if (this.busy || !projects || !client || !preview) return;
    this.busy = 'publish';
    try {
      const result = await projects.publish(this.setId, preview.url, client);
      if (result.ok) {
        this.link = result.value;
        this.preview = undefined;
        const url = result.value.resourceUrl;
        this.outcome = msg(str`Published at ${url}.`);
        void this.focusAfterRender('#cr-share-address');
        await this.countPending();
      } else {
        const why = describeSharingProblem(result.problems[0], 'publish');
        this.outcome = msg(str`Not published. ${why}`);
      }
    } finally {
      this.busy = undefined;
    }
  }

  /** Syncs now, with the reader's choices for the conflicts of the last sync when there are some. */
  private async sync(choices?: ReadonlyMap<string, ConflictChoice>): Promise<void> {
    const [projects, client] = [this.stores.projects, this.solid.ldp()];
    if (this.busy || !projects || !client) return;
    this.busy = 'sync';
    try {
      const outcome = await projects.sync(this.setId, client, choices);
      const hadConflicts = this.conflicts.length > 0;
      this.conflicts = outcome.kind === 'conflicts' ? outcome.conflicts : [];
      // The list the reader chose in is gone: back to "Sync now".
      if (hadConflicts && this.conflicts.length === 0) void this.focusAfterRender('.cr-share-sync');
      this.outcome = describeSyncOutcome(outcome);
      this.link = await projects.link(this.setId);
      await this.countPending();
    } finally {
      this.busy = undefined;
    }
  }

  /** Opens or closes the question before "Stop sharing", the focus on its safe answer, and back. */
  private askToStop(asking: boolean): void {
    this.confirmingStop = asking;
    void this.focusAfterRender(asking ? '.cr-share-keep' : '.cr-share-stop');
  }

  private async stopSharing(): Promise<void> {
    const projects = this.stores.projects;
    if (this.busy || !projects) return;
    this.busy = 'stop';
    try {
      await projects.unlink(this.setId);
      this.link = undefined;
      this.conflicts = [];
      this.confirmingStop = false;
      this.pending = undefined;
      this.outcome = msg('You stopped sharing this reading. Your annotations stay here, and the copy on the server stays where it is.');
    } finally {
      this.busy = undefined;
    }
  }

  /**
   * Moves the focus, once rendered, to what replaced the control the reader pressed (that control
   * is gone: the focus would fall back to the page's start).
   */
  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  private async copyAddress(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.outcome = msg('The address is copied.');
    } catch {
      // Clipboard refused (no permission, not focused): the field is there to select and copy by hand.
      this.querySelector<HTMLInputElement>('#cr-share-address')?.select();
      this.outcome = msg('Copy the selected address with Ctrl+C (⌘C on a Mac).');
    }
  }

  protected override render() {
    const entry = this.stores.articles?.entry(this.documentId);
    return html`${sharingPageStyles}
      <div class="cr-sharing">
        <h1>${msg('Share this reading')}</h1>
        ${entry
          ? html`<p><a href=${routeHash({ name: 'article', id: entry.id })} lang=${entry.lang}>${entry.title}</a></p>`
          : this.stores.articles
            ? html`<p>${msg('This article is not in the library.')} <a href="#/">${msg('Back to the library')}</a></p>`
            : nothing}
        ${!this.loaded ? html`<p role="status">${msg('Loading…')}</p>` : this.link ? this.renderLinked(this.link) : this.renderPublish()}
        <p class="cr-sharing-outcome" role="status">${this.outcome}</p>
        ${this.conflicts.length > 0
          ? html`<cr-sync-conflicts
              .conflicts=${this.conflicts}
              .categories=${this.stores.categories?.categories ?? []}
              article-lang=${entry?.lang ?? ''}
              ?busy=${this.busy !== undefined}
              @cr-sync-conflicts-apply=${on('cr-sync-conflicts-apply', ({ choices }) => void this.sync(choices))}
            ></cr-sync-conflicts>`
          : nothing}
      </div>`;
  }

  private renderSignIn() {
    return html`<cr-solid-sign-in return-to=${routeHash({ name: 'article-share', id: this.documentId })}></cr-solid-sign-in>`;
  }

  /** Not shared yet: sign in, choose the folder, see what would be sent, publish. */
  private renderPublish() {
    const account = this.solid.account;
    return html`<section aria-labelledby="cr-share-publish-heading">
      <h2 id="cr-share-publish-heading">${msg('Publish to a Solid server')}</h2>
      <p>${msg('Your annotations and links of this article go to a folder you choose on a Solid server, as one file. Whoever may read that folder can open the project in their Close Reader; each of you syncs when you want to.')}</p>
      ${this.renderSignIn()}
      ${account
        ? html`<form novalidate @submit=${(event: Event) => void this.showPreview(event)}>
              <div class="cr-sharing-field">
                <label for="cr-share-folder">${msg('Folder on the server')}</label>
                <input
                  id="cr-share-folder"
                  type="url"
                  inputmode="url"
                  .value=${this.folder}
                  aria-invalid=${this.problem ? 'true' : 'false'}
                  aria-describedby="cr-share-folder-problem"
                  @input=${(event: Event) => this.onFolderInput(event)}
                />
                <span id="cr-share-folder-problem" class="cr-sharing-problem">${this.problem}</span>
              </div>
              <div class="cr-sharing-actions">
                <button type="submit" class="cr-button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Show what will be sent')}</button>
              </div>
            </form>
            ${this.preview ? this.renderConsent(this.preview) : nothing}`
        : html`<p class="cr-sharing-muted">${msg('Sign in to choose a folder on your server.')}</p>`}
    </section>`;
  }

  /** What publishing sends, and where, before anything is sent. */
  private renderConsent(preview: SharePreview) {
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
        ${msg('Nothing is sent before you choose Publish.')}
      </p>
      <div class="cr-sharing-actions">
        <button type="button" class="cr-button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.publish()}>${msg('Publish')}</button>
        <button type="button" class="cr-button" @click=${() => (this.preview = undefined)}>${msg('Cancel')}</button>
      </div>
    </div>`;
  }

  /** Shared: the address, the state of the sync, "Sync now" and "Stop sharing". */
  private renderLinked(link: SharedProjectLink) {
    const syncedAt = link.syncedAt;
    return html`<section aria-labelledby="cr-share-linked-heading">
      <h2 id="cr-share-linked-heading">${msg('Shared')}</h2>
      <div class="cr-sharing-field">
        <label for="cr-share-address">${msg('The project’s address (the other researchers open it in Close Reader)')}</label>
        <input id="cr-share-address" type="url" readonly .value=${link.resourceUrl} />
      </div>
      <div class="cr-sharing-actions">
        <button type="button" class="cr-button" @click=${() => void this.copyAddress(link.resourceUrl)}>${msg('Copy the address')}</button>
      </div>
      <p class="cr-share-synced">${syncedAt ? msg(str`Last synced ${formatDateTime(syncedAt)}.`) : msg('Not synced yet.')}</p>
      <p class="cr-share-pending">${this.pending === undefined ? nothing : describePending(this.pending)}</p>
      ${this.renderSignIn()}
      <p class="cr-sharing-muted">${msg('Nothing is sent by itself: “Sync now” sends your changes to the server and fetches the others’.')}</p>
      <div class="cr-sharing-actions">
        <button type="button" class="cr-button cr-share-sync" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.sync()}>
          ${this.busy === 'sync' ? msg('Syncing…') : msg('Sync now')}
        </button>
        ${this.confirmingStop
          ? nothing
          : html`<button type="button" class="cr-button cr-share-stop" @click=${() => this.askToStop(true)}>${msg('Stop sharing')}</button>`}
      </div>
      ${this.confirmingStop ? this.renderStopQuestion() : nothing}
    </section>`;
  }

  private renderStopQuestion() {
    return html`<div class="cr-sharing-consent" role="group" aria-labelledby="cr-share-stop-question">
      <p id="cr-share-stop-question">
        ${msg('Stop sharing this reading? This browser forgets the project’s address and syncs no more. Your annotations stay here, and the copy on the server stays where it is.')}
      </p>
      <div class="cr-sharing-actions">
        <button type="button" class="cr-button" @click=${() => void this.stopSharing()}>${msg('Stop sharing')}</button>
        <button type="button" class="cr-button cr-share-keep" @click=${() => this.askToStop(false)}>${msg('Keep sharing')}</button>
      </div>
    </div>`;
  }
}

customElements.define('cr-share-view', CrShareView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-share-view': CrShareView;
  }
}
