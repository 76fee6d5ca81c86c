/**
 * Opens the annotation card next to its passage, in view (see card-placement.ts): after the reader
 * renders, it measures the passage, the room the window leaves beside the sticky toolbar, and the
 * card, and sets the card's position. The card is absolutely positioned in the reader's layout, so
 * it scrolls with the passage it belongs to.
 *
 * It places the card when it opens (or shows other annotations), when the text size changes and
 * when the window changes width, never while the reader works in it, so the card does not move
 * under their hands. (A change of height alone, a phone's address bar hiding as the page scrolls
 * or its keyboard opening, leaves the card where it is.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CrAnnotationCard } from './annotation-card.js';
import { placeCard, type Box } from './card-placement.js';

/** Space kept between the card and the window's edges and the sticky toolbar. */
const MARGIN = 8;
/** Space between the passage and a card above or below it. */
export const CARD_GAP = 6;
/** The card's width where it is not in a column: 24rem, or less on a narrow screen. */
const CARD_WIDTH_REM = 24;

/** What the controller measures beyond the card: all optional while the article loads. */
export interface CardPlacementSources {
  /** The caret's line (the place the reader clicked or pressed Enter), for a passage taller than the room. */
  readonly caret: () => Box | undefined;
  /** Whether the layout has a column beside the text (a wide screen) for the card to go in. */
  readonly beside: () => boolean;
  /**
   * The passage of annotation `id` on screen, a box per line (empty when it is not shown): found
   * from its text range, not from highlight spans, which several annotations share.
   */
  readonly passage: (id: string) => readonly Box[];
}

/** See the module comment. */
export class CardPlacementController implements ReactiveController {
  /** The card last placed, and the annotations and text size it was placed for. */
  private placed: { readonly card: Element; readonly key: string } | undefined;
  private width = 0;
  private readonly onResize = (): void => {
    if (document.documentElement.clientWidth === this.width) return;
    this.placed = undefined;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sources: CardPlacementSources,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.onResize);
  }

  /**
   * Places the open card (showing the annotations `ids`, innermost first) if it is new, shows other
   * annotations or the text has another `textSize`; resolves to the card once it is in place, or
   * undefined when none is open.
   */
  async place(ids: readonly string[], textSize: number): Promise<CrAnnotationCard | undefined> {
    const card = this.host.querySelector('cr-annotation-card');
    if (!card || ids.length === 0) {
      this.placed = undefined;
      return undefined;
    }
    const key = `${ids.join(' ')} ${textSize}`;
    if (this.placed?.card === card && this.placed.key === key) return card;
    await card.updateComplete;
    if (!card.isConnected) return undefined;
    this.apply(card, ids[0]!);
    this.placed = { card, key };
    return card;
  }

  private apply(card: HTMLElement, id: string): void {
    const viewportWidth = document.documentElement.clientWidth;
    this.width = viewportWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const column = this.sources.beside() ? this.host.querySelector('.cr-reader-side')?.getBoundingClientRect() : undefined;
    const text = this.host.querySelector('.cr-reader-page')?.getBoundingClientRect();
    const left = Math.max(MARGIN, column?.left ?? text?.left ?? MARGIN);
    const right = Math.min(viewportWidth - MARGIN, column?.right ?? text?.right ?? viewportWidth - MARGIN);
    const room = { top: MARGIN + this.toolbarBottom(left, right), bottom: viewportHeight - MARGIN, left, right };
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const width = column ? column.width : Math.min(CARD_WIDTH_REM * rem, right - left);
    // Measure the card at its width, unlimited, from where top: 0 and left: 0 put it.
    Object.assign(card.style, { width: `${width}px`, maxHeight: 'none', top: '0px', left: '0px' });
    const origin = card.getBoundingClientRect();
    const placement = placeCard({ anchor: this.anchor(id, room), room, width, height: origin.height, column: column?.left, gap: CARD_GAP });
    Object.assign(card.style, {
      top: `${placement.top - origin.top}px`,
      left: `${placement.left - origin.left}px`,
      maxHeight: `${placement.maxHeight}px`,
    });
  }

  /** The bottom of the sticky toolbar where it is over the card's columns (0 where it is not). */
  private toolbarBottom(left: number, right: number): number {
    let bottom = 0;
    for (const bar of this.host.querySelectorAll('.cr-reader-tools, .cr-tag-bar')) {
      if (getComputedStyle(bar).position !== 'sticky') continue;
      const box = bar.getBoundingClientRect();
      if (box.right > left && box.left < right) bottom = Math.max(bottom, box.bottom);
    }
    return bottom;
  }

  /**
   * The passage of annotation `id`, as far as it is in the room; for a passage taller than a third
   * of the room, the caret's line in it (where the reader clicked), so the card stays close to it.
   */
  private anchor(id: string, room: Box): Box {
    const caret = this.sources.caret();
    const rects = this.sources.passage(id).filter((rect) => rect.right > rect.left && rect.bottom > room.top && rect.top < room.bottom);
    if (rects.length === 0) return caret ?? { top: room.top, bottom: room.top, left: room.left, right: room.left };
    const union = {
      top: Math.min(...rects.map((rect) => rect.top)),
      bottom: Math.max(...rects.map((rect) => rect.bottom)),
      left: Math.min(...rects.map((rect) => rect.left)),
      right: Math.max(...rects.map((rect) => rect.right)),
    };
    const tall = union.bottom - union.top > (room.bottom - room.top) / 3;
    if (tall && caret && caret.top >= union.top - 1 && caret.bottom <= union.bottom + 1) return { ...union, top: caret.top, bottom: caret.bottom };
    return union;
  }
}
