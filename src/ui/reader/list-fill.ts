/**
 * Which part of the sidebar's window (list-window.ts) is drawn so far. Opening an article drew the
 * whole first page of the list, 100 items, before the article first showed: with 500 annotations
 * that was 135 ms of work and 170 ms to paint, more than the highlights. Now the first paint holds a
 * screenful (a chunk around the current item, or the window's first chunk), and the rest of the
 * window arrives a chunk per frame after it, first downwards (below what the reader sees, so
 * nothing moves), then upwards (the sidebar keeps the items in view where they were). Once filled,
 * the window is complete in the page, for the screen reader, find-in-page and Tab alike.
 *
 * Why chunks after the first paint rather than virtualization (only the rows near the viewport,
 * spacers for the rest): the window already caps the page at 500 items, so the cost to cut is only
 * that of the first paint; and a complete list needs no aria-setsize/posinset bookkeeping, no
 * guessed row heights that jump as rows are measured, and keeps find-in-page and Tab order working.
 * Pure arithmetic.
 */
import type { ListWindow } from './list-window.js';

/** How many items the first paint of a window holds: more than a tall screen shows. */
export const FIRST_CHUNK = 30;

/** How many items each later frame adds, until the window is drawn whole. */
export const FILL_CHUNK = 30;

/**
 * What to draw of `window` now: the part of `drawn` that lies in it (nothing drawn is taken away
 * while it stays in the window, so the list does not jump as annotations are added), grown to hold
 * item `index` (the current one; -1 for none) when it is in the window. Where nothing drawn lies in
 * the window (a first paint, a new search, a jump), a first chunk that holds `index`, or the window's
 * first chunk.
 */
export function drawnWithin(drawn: ListWindow | undefined, window: ListWindow, index: number, chunk = FIRST_CHUNK): ListWindow {
  const inWindow = index >= window.from && index < window.to;
  const from = Math.max(drawn?.from ?? 0, window.from);
  const to = Math.min(drawn?.to ?? 0, window.to);
  if (drawn === undefined || from >= to) {
    const start = inWindow ? Math.max(window.from, Math.min(index - Math.floor(chunk / 2), window.to - chunk)) : window.from;
    return { from: start, to: Math.min(window.to, start + chunk) };
  }
  if (inWindow) return { from: Math.min(from, index), to: Math.max(to, index + 1) };
  return from === drawn.from && to === drawn.to ? drawn : { from, to };
}

/**
 * The next step of filling `window` from `drawn`: a chunk more at its end while the window goes on
 * below it, then a chunk more at its start; undefined when the window is drawn whole.
 */
export function fillStep(drawn: ListWindow, window: ListWindow, chunk = FILL_CHUNK): ListWindow | undefined {
  if (drawn.to < window.to) return { from: drawn.from, to: Math.min(window.to, drawn.to + chunk) };
  if (drawn.from > window.from) return { from: Math.max(window.from, drawn.from - chunk), to: drawn.to };
  return undefined;
}
