/**
 * Bringing a list item into view inside the scroll box that holds it (the sidebar's column or
 * panel), without scrolling the page.
 */

/**
 * Scrolls the sidebar's own scroll box (the column or the panel) so that `element` is in the part of
 * it the window shows. Unlike element.scrollIntoView, it never scrolls the page: marking the
 * annotation whose card just opened must not move the text away from under the reader.
 */
export function revealInScrollBox(element: Element): void {
  const box = scrollBoxOf(element);
  if (!box) return;
  const shown = box.getBoundingClientRect();
  const top = Math.max(shown.top, 0);
  const bottom = Math.min(shown.bottom, document.documentElement.clientHeight);
  const item = element.getBoundingClientRect();
  // Whole pixels, rounded outwards: a fraction left over would leave the item's edge cut.
  if (item.top < top) box.scrollTop -= Math.ceil(top - item.top);
  else if (item.bottom > bottom) box.scrollTop += Math.ceil(Math.min(item.bottom - bottom, item.top - top));
}

/**
 * The nearest element around `element` (across shadow roots) that scrolls its content, short of the
 * page itself: the box whose scrollTop moves the list rather than the article.
 */
export function scrollBoxOf(element: Element): HTMLElement | undefined {
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof HTMLElement && node !== document.body && /^(auto|scroll)$/.test(getComputedStyle(node).overflowY)) return node;
  }
  return undefined;
}
