/**
 * Lets the component around the reader answer keys pressed in the text (a category's key tags the
 * selection, Enter opens the highlight at the caret, Ctrl+Z undoes) without the editor knowing
 * what they mean. It comes before the read-only plugin (see reader-view.ts), so Enter reaches it.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Answers a key; returns true when it handled it (ProseMirror then prevents the default). */
export type ReaderKeyHandler = (event: KeyboardEvent, view: EditorView) => boolean;

/** A plugin that passes every keydown in the text to `handler`. */
export function readerKeysPlugin(handler: ReaderKeyHandler): Plugin {
  return new Plugin({ props: { handleKeyDown: (view, event) => handler(event, view) } });
}

/** Calls `handler` with the document position of a click in the text (not a drag). */
export function readerClickPlugin(handler: (pos: number, view: EditorView, event: MouseEvent) => void): Plugin {
  return new Plugin({
    props: {
      handleClick: (view, pos, event) => {
        handler(pos, view, event);
        return false;
      },
    },
  });
}
