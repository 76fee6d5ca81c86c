/**
 * Draws a long list's window a chunk per frame after the first paint (list-fill.ts says why), for
 * the annotation sidebar: it keeps which part is drawn, asks its host for an update after each
 * painted frame until the window is whole, and keeps the items in view where they were when a chunk
 * is drawn above them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawnWithin, fillStep } from './list-fill.js';
import type { ListWindow } from './list-window.js';
import { scrollBoxOf } from './reveal-in-scroll-box.js';

/** See the module comment. */
export class ListFillController implements ReactiveController {
  /** The part of the window that is drawn (what the host renders). */
  drawn: ListWindow = { from: 0, to: 0 };
  private window: ListWindow = { from: 0, to: 0 };
  private frame: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Before a chunk drawn above the list: its first item and where it was, to keep it there. */
  private anchor: { readonly element: Element; readonly top: number } | undefined;

  /** `firstItem` finds the first drawn item in the host's page. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly firstItem: () => Element | null,
  ) {
    host.addController(this);
  }

  /** Whether the whole window is drawn. */
  get complete(): boolean {
    return fillStep(this.drawn, this.window) === undefined;
  }

  /**
   * Fits what is drawn to `window` and item `index` (the current one, drawn at once; -1 for none),
   * before the host renders; `restart` draws a first chunk afresh (a new search or filter: another
   * list, which the first paint should show as soon as an unfiltered one).
   */
  fit(window: ListWindow, index: number, restart: boolean): void {
    this.window = window;
    this.drawn = drawnWithin(restart ? undefined : this.drawn, window, index);
  }

  hostConnected(): void {
    // Back in the page with the window not yet whole (the chunk due was cancelled): go on filling it.
    if (!this.complete) this.host.requestUpdate();
  }

  hostUpdated(): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    if (anchor?.element.isConnected) {
      const moved = anchor.element.getBoundingClientRect().top - anchor.top;
      const box = scrollBoxOf(anchor.element);
      if (moved !== 0 && box) box.scrollTop += moved;
    }
    if (!this.complete && this.frame === undefined && this.timer === undefined) {
      // A task queued from an animation frame runs once that frame is painted: each chunk shows in a frame of its own.
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.step();
        });
      });
    }
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = this.timer = undefined;
  }

  /** Draws the next chunk of the window. */
  private step(): void {
    const next = fillStep(this.drawn, this.window);
    if (!next) return;
    const first = next.from < this.drawn.from ? this.firstItem() : null;
    this.anchor = first ? { element: first, top: first.getBoundingClientRect().top } : undefined;
    this.drawn = next;
    this.host.requestUpdate();
  }
}
