/**
 * The annotation sidebar as a panel on screens too narrow for a column beside the text (a tablet,
 * a small projector, a phone). There it opens over the text on the reader's request, from a toggle
 * button in the sticky toolbar, and starts closed on each article (a panel that opened on arrival
 * would hide the article the reader came for). Opening moves focus into the panel; Escape or its
 * Close button shuts it and gives focus back to the toggle; choosing an annotation shuts it, so the
 * passage it scrolls to is not behind it.
 *
 * On a wide screen the sidebar is a column beside the text, as before, and its own Hide/Show
 * button collapses it (the remembered `sidebarCollapsed` setting).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * From this window width the reader has a column beside the text for the sidebar and the card.
 * Keep in step with the media queries of styles/reader.css.
 */
export const WIDE_LAYOUT = '(min-width: 64rem)';

/** The id of the element that holds the sidebar, for the toggle's aria-controls. */
export const PANEL_ID = 'cr-annotation-panel';

/** See the module comment. */
export class SidebarPanelController implements ReactiveController {
  /** Whether the window is wide enough for the sidebar column (then there is no panel). */
  wide: boolean;
  /** Whether the panel is open (narrow windows). */
  open = false;
  private readonly media = window.matchMedia(WIDE_LAYOUT);
  private readonly onMediaChange = (): void => {
    this.wide = this.media.matches;
    if (this.wide) this.open = false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.wide = this.media.matches;
    host.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  hostConnected(): void {
    this.media.addEventListener('change', this.onMediaChange);
    this.onMediaChange();
  }

  hostDisconnected(): void {
    this.media.removeEventListener('change', this.onMediaChange);
  }

  /** Whether the sidebar shows: always in the column, in the panel when it is open. */
  get shown(): boolean {
    return this.wide || this.open;
  }

  /** Opens the panel and moves focus into it; closes it and gives focus back to the toggle. */
  toggle(): void {
    if (this.open) this.close(true);
    else this.show();
  }

  /** Opens the panel and moves focus to its first control. */
  show(): void {
    if (this.wide) return;
    this.open = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.querySelector('cr-annotation-sidebar')?.focus());
  }

  /** Closes the panel; with `returnFocus`, focus goes back to the toggle that opened it. */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>('.cr-panel-toggle')?.focus());
  }

  /** The reader chose an annotation: a panel over the text closes so that the passage shows. */
  chosen(): void {
    if (!this.wide) this.close(false);
  }

  /**
   * Escape closes the open panel (after the card, the find field and the text have had their say).
   * Focus goes back to the toggle when it was in the panel. In a search field that holds text,
   * Escape clears the field instead.
   */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.wide || !this.open) return;
    const path = event.composedPath();
    const target = path[0];
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return;
    event.preventDefault();
    const panel = this.host.querySelector(`#${PANEL_ID}`);
    this.close(panel !== null && path.includes(panel));
  }
}
