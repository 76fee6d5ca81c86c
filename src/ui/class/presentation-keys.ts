/**
 * The keys of the presentation for a projector (issue 16, "Present"): what a key press asks for,
 * and when a key press is not the presentation's at all. One place, so that the keys the page
 * handles, the hints it shows and the tests agree.
 *
 * → ↓ and Page Down (what a presenter's remote sends) step to the next passage, ← ↑ and Page Up to
 * the one before, Home and End to the first and the last; 1–9 choose a category in the order of the
 * category list; Escape leaves the presentation. A key with Ctrl, Alt or Meta is the browser's, and
 * a key pressed in a form control (or in any other editable text) is the control's; buttons and
 * links leave the keys to the presentation, so a click on a category button does not stop the arrows.
 */

/** What a key asks the presentation to do. */
export type PresentationAction =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'category'; readonly index: number }
  | { readonly kind: 'exit' };

const STEPS: Readonly<Record<string, PresentationAction>> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  Escape: { kind: 'exit' },
};

/**
 * What `event` asks for when the presentation shows `categories` categories; undefined when it is
 * none of its keys (a digit beyond the categories, a key with a modifier).
 */
export function presentationAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>, categories: number): PresentationAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const step = STEPS[event.key];
  if (step) return step;
  if (/^[1-9]$/.test(event.key)) {
    const index = Number(event.key) - 1;
    return index < categories ? { kind: 'category', index } : undefined;
  }
  return undefined;
}

/**
 * Whether a key pressed with focus on `target` belongs to what has focus: a form control (a field,
 * a check box, a list box, a text area) or editable text, except `article` (the read-only
 * article of the presentation, editable only so that it can hold a caret: the presentation's keys
 * work there too).
 */
export function keysBelongTo(target: EventTarget | null, article: Element | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (article && article.contains(target)) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
