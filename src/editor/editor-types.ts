/**
 * The ProseMirror types the UI layer holds on to (a view, a plugin), re-exported so that src/editor
 * stays the only place that imports prosemirror-* (shared/ARCHITECTURE.md, "Layers").
 */
export type { Plugin as EditorPlugin } from 'prosemirror-state';
export type { EditorView } from 'prosemirror-view';
