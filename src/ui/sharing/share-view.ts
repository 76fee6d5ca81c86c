/**
 * <cr-share-view>: "Share this reading" (`#/doc/<id>/share`, issue 18): the reader's own reading of
 * an article as a shared project on a Solid server, kept in step with the researchers who open it.
 * Not shared yet: the sign-in, the folder (share-folder.ts), and BEFORE anything is sent what would
 * be sent where, with "Publish" (share-publish.ts, share-consent.ts). Shared: the address, the state
 * of the sync, "Sync now" and "Stop sharing" (share-linked.ts). Below both: the outcome of each
 * publish and sync in words (also when it threw: never silent), and the conflicts a sync found
 * (sync-conflicts.ts). Light DOM, like the other pages: the sign-in element is styled by the app's sheet.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { SharePreview, SharedProjectLink, SyncConflict, ConflictChoice } from '../../app/sync/shared-project-sync.js';
import type { SolidSession } from '../../app/sync/solid-session.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { on } from '../shared/events.js';
import { routeHash } from '../shared/hash-route.js';
import { SharedProjectsConsumer } from './shared-projects-consumer.js';
import { SolidSessionController } from './solid-session-controller.js';
import { onBackgroundSync } from './sync-when-online.js';
import { FolderField } from './share-folder.js';
import { copyAddress, renderLinked } from './share-linked.js';
import { renderPublish } from './share-publish.js';
import { describeSharingProblem, describeSyncOutcome } from './sync-messages.js';
import { sharingPageStyles } from './sharing-page-styles.js';
import '../shared/solid-sign-in.js';
import './sync-conflicts.js';

/** What the page is doing now (its buttons wait meanwhile). */
type Busy = 'preview' | 'publish' | 'sync' | 'stop' | undefined;

/** See the module comment. */
export class CrShareView extends LitElement {
  static override properties = {
    documentId: { attribute: 'document-id' },
    session: { attribute: false },
    link: { state: true },
    loaded: { state: true },
    preview: { state: true },
    busy: { state: true },
    outcome: { state: true },
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
  /** What publishing would send: shown before anything is sent. */
  declare preview: SharePreview | undefined;
  declare busy: Busy;
  /** The last publish's or sync's outcome, in words (a live region). */
  declare outcome: string;
  /** The conflicts the last sync found: the reader chooses before anything is written. */
  declare conflicts: readonly SyncConflict[];
  /** Changes here since the last sync; undefined until counted. */
  declare pending: number | undefined;
  /** Whether "Stop sharing" asks its question. */
  declare confirmingStop: boolean;

  private readonly folder = new FolderField(this);
  private readonly stores = new SharedProjectsConsumer(this, () => void this.countPending());
  private readonly solid = new SolidSessionController(this, () => this.session, () => void this.fillFolder());
  private stopBackgroundNews: (() => void) | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.session = undefined;
    this.link = undefined;
    this.loaded = false;
    this.preview = undefined;
    this.busy = undefined;
    this.outcome = '';
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

  /** Fills the folder field for a signed-in account once the page knows the set is not shared. */
  private async fillFolder(): Promise<void> {
    const account = this.solid.account;
    if (account && this.loaded && !this.link) await this.folder.fill(account.storage, this.solid.ldp());
  }

  private onFolderInput(event: Event): void {
    this.folder.input((event.target as HTMLInputElement).value);
    // The consent named another folder: it no longer holds.
    this.preview = undefined;
  }

  /** Shows what publishing would send where; nothing is sent. */
  private async showPreview(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const projects = this.stores.projects;
    const url = this.folder.container();
    if (url === undefined || !projects) return;
    this.busy = 'preview';
    try {
      this.preview = await projects.preview(this.setId, url);
    } catch (error) {
      console.error(error);
      this.folder.say({ problem: msg('What would be sent could not be put together. Reload the page and try again.') });
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
    } catch (error) {
      console.error('could not publish the reading', error);
      this.outcome = msg('Not published. Something went wrong in this browser; reload the page and try again.');
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
    } catch (error) {
      console.error('could not sync the shared project', error);
      this.outcome = msg('Not synced. Something went wrong in this browser; reload the page and try again.');
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

  /** Moves the focus, once rendered, to what replaced the control pressed (else it falls to the page's start). */
  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
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
        ${!this.loaded ? html`<p role="status">${msg('Loading…')}</p>` : this.link
            ? renderLinked({
                link: this.link,
                pending: this.pending,
                busy: this.busy === 'sync' ? 'sync' : this.busy !== undefined,
                confirmingStop: this.confirmingStop,
                signIn: this.renderSignIn(),
                onCopy: () => void copyAddress(this.link!.resourceUrl, this).then((said) => (this.outcome = said)),
                onSync: () => void this.sync(),
                onAskToStop: (asking) => this.askToStop(asking),
                onStop: () => void this.stopSharing(),
              })
            : renderPublish({
                signedIn: this.solid.account !== undefined,
                folder: this.folder.value,
                problem: this.folder.problem,
                preview: this.preview,
                busy: this.busy !== undefined,
                signIn: this.renderSignIn(),
                onFolderInput: (event) => this.onFolderInput(event),
                onShowPreview: (event) => void this.showPreview(event),
                onPublish: () => void this.publish(),
                onCancel: () => (this.preview = undefined),
              })}
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
}

customElements.define('cr-share-view', CrShareView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-share-view': CrShareView;
  }
}
