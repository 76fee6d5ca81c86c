/**
 * <cr-open-shared-view>: "Open a shared project" (`#/shared`, issue 18), linked from the library.
 * The researcher another one shared a project with signs in, pastes the project's address and
 * chooses "Open": the project is read from the server (nothing is sent), its article is added when
 * this browser does not have it, its annotations fill the reader's own reading of that article,
 * and the project is linked for syncing; then the article opens. A failure is said in words.
 * When the reader's own reading of that article already holds annotations, the page first says so,
 * and that the next sync sends them to the project, and opens only on "Open and merge"; a reading
 * already shared as another project is refused (stop sharing it first). Nothing is written before.
 *
 * Light DOM, like the other pages: the sign-in element it holds is styled by the app's sheet.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { OpenPreparation } from '../../app/sync/shared-project-sync.js';
import type { Result } from '../../model/result.js';
import type { SolidSession } from '../../app/sync/solid-session.js';
import { routeHash } from '../shared/hash-route.js';
import { SharedProjectsConsumer } from './shared-projects-consumer.js';
import { SolidSessionController } from './solid-session-controller.js';
import { describeSharingProblem } from './sync-messages.js';
import { sharingPageStyles } from './sharing-page-styles.js';
import '../shared/solid-sign-in.js';

/** A typed project address as an absolute http(s) URL, or undefined when it is none. */
export function projectUrl(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!URL.canParse(trimmed)) return undefined;
  const url = new URL(trimmed);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : undefined;
}

/** See the module comment. */
export class CrOpenSharedView extends LitElement {
  static override properties = {
    session: { attribute: false },
    address: { state: true },
    busy: { state: true },
    problem: { state: true },
    status: { state: true },
    asking: { state: true },
  };

  /** A session to use instead of the tab's Solid session (tests only; the app leaves it unset). */
  declare session: SolidSession | undefined;
  /** The project's address as typed. */
  declare address: string;
  /** Whether the project is being opened. */
  declare busy: boolean;
  /** Why it could not be opened, in words. */
  declare problem: string;
  /** What is happening, for screen readers. */
  declare status: string;
  /** The project the reader is asked about before it is merged into their reading, if any. */
  declare asking: OpenPreparation | undefined;

  private readonly stores = new SharedProjectsConsumer(this);
  private readonly solid = new SolidSessionController(this, () => this.session);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.session = undefined;
    this.address = '';
    this.busy = false;
    this.problem = '';
    this.status = '';
    this.asking = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Open a shared project')} – ${msg('Close Reader')}`;
  }

  private async open(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const url = projectUrl(this.address);
    if (url === undefined) {
      this.problem = msg('Enter the project’s address as you were given it, starting with https://.');
      return;
    }
    const [projects, client] = [this.stores.projects, this.solid.ldp()];
    if (!projects || !client) return;
    this.asking = undefined;
    await this.run(async () => {
      // Read first, write nothing: the reader agrees before their reading is joined to the project.
      const prepared = await projects.prepareOpen(url, client);
      if (!prepared.ok) return prepared;
      const preparation = prepared.value;
      if (preparation.linkedTo !== undefined) {
        this.problem = msg(str`Your reading of “${preparation.title}” is already shared as ${preparation.linkedTo}. Stop sharing it first, then open this project.`);
        return undefined;
      }
      if (preparation.mine > 0) {
        this.asking = preparation;
        await this.updateComplete;
        this.querySelector<HTMLElement>('#cr-open-shared-ask')?.focus();
        return undefined;
      }
      return projects.open(url, client);
    });
  }

  /** "Open and merge": the reader agreed to what the question said. */
  private async merge(): Promise<void> {
    const asking = this.asking;
    const [projects, client] = [this.stores.projects, this.solid.ldp()];
    if (this.busy || !asking || !projects || !client) return;
    await this.run(() => projects.open(asking.url, client, { merge: true }));
    if (!this.busy) this.asking = undefined;
  }

  /** "Cancel": nothing is opened; back to the address. */
  private cancel(): void {
    this.asking = undefined;
    this.querySelector<HTMLInputElement>('#cr-open-shared-address')?.focus();
  }

  /**
   * Runs one step of opening with the page busy: an opened project opens its article; a failure is
   * said in words; undefined means the step said what was needed itself.
   */
  private async run(step: () => Promise<Result<{ readonly documentId: string }, string> | undefined>): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.status = msg('Opening the project…');
    try {
      const result = await step();
      this.status = '';
      if (result === undefined) return;
      if (result.ok) {
        location.hash = routeHash({ name: 'article', id: result.value.documentId });
      } else {
        const why = describeSharingProblem(result.problems[0], 'open');
        this.problem = msg(str`The project could not be opened. ${why}`);
      }
    } catch (error) {
      console.error(error);
      this.status = '';
      this.problem = msg('The project could not be opened. Reload the page and try again.');
    } finally {
      this.busy = false;
    }
  }

  /** The question before a project is merged into a reading that already holds annotations. */
  private renderAsk(asking: OpenPreparation) {
    const { title, mine, theirs, url } = asking;
    return html`<section class="cr-sharing-consent" aria-labelledby="cr-open-shared-ask">
      <p id="cr-open-shared-ask" tabindex="-1">
        ${mine === 1
          ? msg(str`Your reading of “${title}” already has 1 annotation. Opening the project adds its ${theirs}, and your next sync sends your 1 to ${url}.`)
          : msg(str`Your reading of “${title}” already has ${mine} annotations. Opening the project adds its ${theirs}, and your next sync sends your ${mine} to ${url}.`)}
      </p>
      <div class="cr-sharing-actions">
        <button type="button" class="cr-button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.merge()}>${msg('Open and merge')}</button>
        <button type="button" class="cr-button" @click=${() => this.cancel()}>${msg('Cancel')}</button>
      </div>
    </section>`;
  }

  protected override render() {
    return html`${sharingPageStyles}
      <div class="cr-sharing">
        <h1>${msg('Open a shared project')}</h1>
        <p>${msg('Someone shared their reading of an article through a Solid server and gave you its address. Open it here: the article and its annotations come into your own reading of it, and you sync with the others when you want to.')}</p>
        <cr-solid-sign-in return-to=${routeHash({ name: 'open-shared' })}></cr-solid-sign-in>
        <form novalidate @submit=${(event: Event) => void this.open(event)}>
          <div class="cr-sharing-field">
            <label for="cr-open-shared-address">${msg('The project’s address')}</label>
            <input
              id="cr-open-shared-address"
              type="url"
              inputmode="url"
              .value=${this.address}
              aria-invalid=${this.problem ? 'true' : 'false'}
              aria-describedby="cr-open-shared-problem"
              @input=${(event: Event) => {
                this.address = (event.target as HTMLInputElement).value;
                this.problem = '';
              }}
            />
          </div>
          <div class="cr-sharing-actions">
            <button type="submit" class="cr-button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Open')}</button>
          </div>
          <p id="cr-open-shared-problem" class="cr-sharing-problem" role="alert">${this.problem}</p>
          <p class="cr-sharing-muted" role="status">${this.status}</p>
        </form>
        ${this.asking ? this.renderAsk(this.asking) : nothing}
      </div>`;
  }
}

customElements.define('cr-open-shared-view', CrOpenSharedView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-open-shared-view': CrOpenSharedView;
  }
}
