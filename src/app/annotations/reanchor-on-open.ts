/**
 * Re-anchoring when an article opens: its stored annotations are checked against the text as it is
 * now, and those whose range no longer holds their quote (the text changed since they were made)
 * are placed again by anchoring or kept as unplaced, never dropped, and stored. Not a reader's
 * action, so not in undo.
 */
import { isPlaced } from '../../model/annotations/annotation.js';
import { reanchorStale } from '../../model/anchoring/reanchor.js';
import type { AnnotationStore } from './annotation-store.js';

/** What re-anchoring changed: how many annotations moved, and how many could not be placed. */
export interface ReanchorOutcome {
  readonly moved: number;
  readonly unplaced: number;
}

/**
 * Loads `documentId`'s annotations and re-anchors those that no longer fit `text`, its canonical
 * text now. Rejects, having changed nothing, when storing the moved ones fails.
 */
export async function reanchorOnOpen(store: AnnotationStore, documentId: string, text: string): Promise<ReanchorOutcome> {
  const stale = reanchorStale(text, await store.load(documentId));
  if (stale.length === 0) return { moved: 0, unplaced: 0 };
  await store.reanchored(stale);
  const unplaced = stale.filter((annotation) => !isPlaced(annotation)).length;
  return { moved: stale.length - unplaced, unplaced };
}
