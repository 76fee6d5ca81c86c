/**
 * Where the caret is in the article's ProseMirror view, in viewport pixels: the line a reader
 * clicked or pressed Enter on, where the annotation card opens (CardPlacementController). Apart from
 * <cr-reader-view> so that the page's file stays about loading and layout.
 */
import type { EditorView } from '../../editor/editor-types.js';
import type { Box } from './card-placement.js';

/** The caret's line in `view`, or undefined while there is no live view. */
export function caretBox(view: EditorView | undefined): Box | undefined {
  if (!view || view.isDestroyed) return undefined;
  const { top, bottom, left, right } = view.coordsAtPos(view.state.selection.head);
  return { top, bottom, left, right };
}
