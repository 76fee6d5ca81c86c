/**
 * Keeps what the browser scrolls to out from under the reader's sticky toolbar. Wherever the page
 * scrolls to show something (the caret as the reader selects with Shift+arrows, a control reached
 * with Tab, a passage chosen in the sidebar or found with find), it leaves room at the top for the
 * toolbar that sticks there (WCAG 2.4.11, focus not obscured): the root's scroll-padding-top follows
 * the toolbar's height, which changes with the screen's width and the text size.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The elements of the reader that stick to the top: the tools on a wide screen, the tag bar on a narrow one. */
const STICKY = '.cr-reader-tools, .cr-tag-bar';

/** See the module comment. */
export class StickyToolsPadding implements ReactiveController {
  private readonly observer = new ResizeObserver(() => this.update());
  private observed = new Set<Element>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bars = new Set(this.host.querySelectorAll(STICKY));
    if (bars.size === this.observed.size && [...bars].every((bar) => this.observed.has(bar))) return;
    this.observer.disconnect();
    for (const bar of bars) this.observer.observe(bar);
    this.observed = bars;
    this.update();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed = new Set();
    document.documentElement.style.removeProperty('scroll-padding-top');
  }

  private update(): void {
    let height = 0;
    for (const bar of this.observed) {
      if (getComputedStyle(bar).position === 'sticky') height = Math.max(height, bar.getBoundingClientRect().height);
    }
    if (height > 0) document.documentElement.style.setProperty('scroll-padding-top', `${Math.ceil(height)}px`);
    else document.documentElement.style.removeProperty('scroll-padding-top');
  }
}
