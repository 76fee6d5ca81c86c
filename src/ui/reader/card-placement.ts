/**
 * Where the annotation card opens: next to the passage it belongs to and inside the part of the
 * window the reader can see, so that opening it never scrolls the page. Pure geometry in viewport
 * pixels; {@link CardPlacementController} measures the page and applies the answer.
 *
 * Two ways, by layout: on a wide screen the card goes into the column beside the text, level with
 * the passage; on a narrower one it goes below the passage (or above it, where there is more room
 * there), like a popover. It is never taller than the room it has: beyond that it scrolls inside.
 */

/** A rectangle in viewport pixels (as getBoundingClientRect gives it). */
export interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** What the placement needs to know. */
export interface CardPlacementRequest {
  /** The passage (the part of it on screen). */
  readonly anchor: Box;
  /** Where the card may be: the window less the sticky toolbar and a margin. */
  readonly room: Box;
  /** The card's width. */
  readonly width: number;
  /** The card's height at that width, before any limit. */
  readonly height: number;
  /** The left edge of a column beside the text to put the card in (wide screens); absent: above or below the passage. */
  readonly column?: number;
  /** Space between the passage and the card, above or below it. */
  readonly gap: number;
}

/** Where the card goes, in viewport pixels, and how tall it may grow before it scrolls inside. */
export interface CardPlacement {
  readonly top: number;
  readonly left: number;
  readonly maxHeight: number;
}

/**
 * Below this much room on either side of the passage, a card above or below it would be a slit:
 * it covers the passage instead, at the bottom of the room, like a sheet.
 */
export const MIN_CARD_ROOM = 160;

/** See the module comment. */
export function placeCard({ anchor, room, width, height, column, gap }: CardPlacementRequest): CardPlacement {
  const roomHeight = Math.max(0, room.bottom - room.top);
  if (column !== undefined) {
    // Level with the passage's first line, moved up as far as needed to end inside the room.
    const top = clamp(anchor.top, room.top, room.bottom - Math.min(height, roomHeight));
    return { top, left: column, maxHeight: room.bottom - top };
  }
  const left = clamp(anchor.left, room.left, room.right - width);
  const below = room.bottom - (anchor.bottom + gap);
  const above = anchor.top - gap - room.top;
  if (height <= below) return { top: anchor.bottom + gap, left, maxHeight: below };
  if (height <= above) return { top: anchor.top - gap - height, left, maxHeight: above };
  if (Math.max(below, above) >= Math.min(height, MIN_CARD_ROOM)) {
    return below >= above ? { top: anchor.bottom + gap, left, maxHeight: below } : { top: room.top, left, maxHeight: above };
  }
  const shown = Math.min(height, roomHeight);
  return { top: room.bottom - shown, left, maxHeight: shown };
}

/** `value`, kept within `low` and `high` (`low` wins where they cross). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
