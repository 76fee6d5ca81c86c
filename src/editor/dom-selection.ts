/**
 * The reader's selection as the browser has it right now. ProseMirror learns of selection changes
 * from `selectionchange` events, which arrive after the keys that caused them; a category key
 * pressed straight after Shift+Ctrl+→ would otherwise tag the selection as it was one step earlier
 * (seen in the end-to-end tests). Reading the DOM selection when a key acts on it closes that gap.
 */
import type { EditorView } from 'prosemirror-view';
import { textIndexOf } from './text-offsets.js';

/** A selection in document positions: its ordered ends and the end the reader moves (head). */
export interface SelectionPositions {
  readonly from: number;
  readonly to: number;
  readonly head: number;
}

/** The selection from the DOM when it lies in the view, else from ProseMirror's state. */
export function currentSelection(view: EditorView): SelectionPositions {
  // Chromium's ShadowRoot has getSelection() (not in the standard types); a Document always does.
  const root = view.root as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const selection = root.getSelection ? root.getSelection() : document.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (selection && anchorNode && focusNode && view.dom.contains(anchorNode) && view.dom.contains(focusNode)) {
    try {
      const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
      const head = view.posAtDOM(focusNode, selection.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head), head };
    } catch {
      // a DOM point ProseMirror cannot map (outside its content): fall back to its own state
    }
  }
  const { from, to, head } = view.state.selection;
  return { from, to, head };
}

/** The selected range of the canonical text, read as {@link currentSelection} does. */
export function currentTextRange(view: EditorView): { start: number; end: number } {
  const { from, to } = currentSelection(view);
  const index = textIndexOf(view.state.doc);
  return { start: index.posToOffset(from), end: index.posToOffset(to) };
}
