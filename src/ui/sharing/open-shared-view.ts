/**
 * <cr-open-shared-view>: "Open a shared project" (`#/shared`, issue 18), linked from the library.
 * The researcher another one shared a project with signs in, pastes the project's address and
 * chooses "Open": the project is read from the server (nothing is sent), its article is added when
 * this browser does not have it, its annotations fill the reader's own reading of that article,
 * and the project is linked for syncing; then the article opens. A failure is said in words.
 *
 * Light DOM, like the other pages: the sign-in element it holds is styled by the app's sheet.
 */
import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
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
    this.busy = true;
    this.problem = '';
    this.status = msg('Opening the project…');
    try {
      const result = await projects.open(url, client);
      if (result.ok) {
        this.status = '';
        location.hash = routeHash({ name: 'article', id: result.value.documentId });
      } else {
        this.status = '';
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
      </div>`;
  }
}

customElements.define('cr-open-shared-view', CrOpenSharedView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-open-shared-view': CrOpenSharedView;
  }
}
