/**
 * Which part of a long list is in the page: a window of items, a page of them at first, that grows
 * as the reader scrolls on or asks for more and moves to wherever the current item is. An article
 * with 20,000 annotations lists them all, but a list element per annotation crashed the tab
 * (issue 12); the sidebar keeps a few hundred in the page at a time. Pure arithmetic.
 */

/** Items `from` (inclusive) to `to` (exclusive) of a list are in the page. */
export interface ListWindow {
  readonly from: number;
  readonly to: number;
}

/** How many items a window starts with and grows by. */
export const LIST_PAGE = 100;

/** A window holds at most this many pages: growing further drops items at its other end. */
export const MAX_PAGES = 5;

/** The first page of a list. */
export function firstPage(page = LIST_PAGE): ListWindow {
  return { from: 0, to: page };
}

/**
 * `window` within a list of `length` items: no further than its end, and at least a page long
 * where the list has that many (a list that shrank or grew under it).
 */
export function clampWindow(window: ListWindow, length: number, page = LIST_PAGE): ListWindow {
  const from = Math.max(0, Math.min(window.from, length - page));
  const to = Math.min(length, Math.max(window.to, from + page));
  return from === window.from && to === window.to ? window : { from, to };
}

/**
 * A window that holds item `index` of a list of `length`: `window` itself when it does, grown to
 * it when it is at most a page beyond either end (stepping on with J/K), else a page around it (a
 * jump).
 */
export function windowShowing(window: ListWindow, index: number, length: number, page = LIST_PAGE): ListWindow {
  if (index < 0 || index >= length) return window;
  if (index >= window.from && index < window.to) return window;
  if (index >= window.to && index < window.to + page) return limited({ from: window.from, to: Math.min(length, index + 1 + page / 2) }, true, page);
  if (index < window.from && index >= window.from - page) return limited({ from: Math.max(0, index - page / 2), to: window.to }, false, page);
  const from = Math.max(0, Math.min(index - page / 2, length - page));
  return { from, to: Math.min(length, from + page) };
}

/** `window` grown by a page at its end (`later`) or its start, within a list of `length`. */
export function grow(window: ListWindow, later: boolean, length: number, page = LIST_PAGE): ListWindow {
  const grown = later ? { from: window.from, to: Math.min(length, window.to + page) } : { from: Math.max(0, window.from - page), to: window.to };
  return limited(grown, later, page);
}

/** A window grown at its end (`later`) or start, cut at the other end to {@link MAX_PAGES} pages. */
function limited(window: ListWindow, later: boolean, page: number): ListWindow {
  const most = MAX_PAGES * page;
  if (window.to - window.from <= most) return window;
  return later ? { from: window.to - most, to: window.to } : { from: window.from, to: window.from + most };
}
