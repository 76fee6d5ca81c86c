/**
 * The keys of undo and redo, as every editor has them: Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z,
 * Ctrl+Y (⌘⇧Z) redo.
 */

/** Whether a key press asks to undo. */
export function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

/** Whether a key press asks to redo. */
export function isRedoKey(event: KeyboardEvent): boolean {
  const key = event.key.toLowerCase();
  return (event.ctrlKey || event.metaKey) && !event.altKey && ((event.shiftKey && key === 'z') || (!event.shiftKey && key === 'y'));
}
