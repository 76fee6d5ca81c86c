/**
 * <cr-update-prompt>: the quiet bar that offers a new version of Close Reader once its service
 * worker is installed and waiting. Nothing reloads under a reader: only the click on Update
 * activates the new version and reloads the tab into it. Renders nothing while no update waits.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { controlStyles } from '../shared/controls.styles.js';
import { StoreController, type Subscribable } from '../shared/store-controller.js';
import { updatePromptStyles } from './update-prompt.styles.js';

/**
 * A new version of the app as the service worker reports it (main.ts registers the worker and
 * implements this; the dev server has none, and then `ready` stays false). Subscribers hear when
 * `ready` changes.
 */
export interface AppUpdate extends Subscribable {
  /** True once a new version is installed and waits for the reader's word. */
  readonly ready: boolean;
  /** Activates the waiting version and reloads this tab into it. */
  apply(): void;
}

/** The update bar in the app shell; set `appUpdate`. */
export class CrUpdatePrompt extends LitElement {
  static override styles = [controlStyles, updatePromptStyles];
  static override properties = {
    appUpdate: { attribute: false },
  };

  declare appUpdate: AppUpdate | undefined;

  private readonly watch = new StoreController(this, () => this.appUpdate);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('appUpdate') && this.isConnected) this.watch.resubscribe();
  }

  protected override render() {
    // The live region is always there, so screen readers announce the bar when it appears in it.
    return html`<div role="status">
      ${this.appUpdate?.ready
        ? html`<p class="bar">
            <span>${msg('A new version of Close Reader is ready.')}</span>
            <button type="button" @click=${this.onUpdate}>${msg('Update')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  private onUpdate(): void {
    // Never disabled: should the first click not get through, a second one asks again.
    this.appUpdate?.apply();
  }
}

customElements.define('cr-update-prompt', CrUpdatePrompt);

declare global {
  interface HTMLElementTagNameMap {
    'cr-update-prompt': CrUpdatePrompt;
  }
}
