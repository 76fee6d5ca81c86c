/**
 * The conflicts of a shared project's sync (issue 18) as the reader is shown them and answers them:
 * both versions of an annotation both sides changed differently, and the reader's choice of one.
 * A choice names the server's version it was made on (`seen`), so that a sync applies it only while
 * the server's copy is still that version (set-merge.ts): a colleague's newer edit is never
 * overwritten by a choice the reader made without seeing it.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { type AnnotationFingerprint, fingerprint } from '../../model/sync/annotation-fingerprint.js';
import type { MergeChoice, MergeConflict } from '../../model/sync/set-merge.js';

/** One side of a conflict, as the reader chooses between them: what the annotation holds there. */
export interface ConflictSide {
  /** Whether this side deleted it (the merge keeps an edit over a deletion, so a conflict has none today). */
  readonly deleted: boolean;
  /** Its categories' ids, comma-joined in stored order (see {@link categoryIds}). */
  readonly categoryId?: string;
  /** Its categories' ids in stored order (the UI shows their labels). */
  readonly categoryIds?: readonly string[];
  readonly note?: string;
  readonly exact?: string;
  /** ISO 8601, as that side stamped it (shown, never compared). */
  readonly modified?: string;
  readonly creator?: string;
}

/** The version of the server's side a conflict showed (opaque to the UI: handed back with the choice). */
export type ConflictVersion = AnnotationFingerprint;

/** One annotation both sides changed differently since the last sync: the reader chooses. */
export interface SyncConflict {
  readonly annotationId: string;
  readonly mine: ConflictSide;
  readonly theirs: ConflictSide;
  /** The server's version shown as `theirs`; a choice carries it back ({@link choiceFor}). */
  readonly seen?: ConflictVersion;
}

/** Which side of a conflict the reader keeps. */
export type ConflictSideName = 'mine' | 'theirs';

/** The reader's choice for one conflict: the side kept, and the server's version it was made on. */
export interface ConflictChoice {
  readonly side: ConflictSideName;
  /** The conflict's `seen`; a choice without it is never applied (the conflict comes back). */
  readonly seen?: ConflictVersion;
}

/** The choice of `side` for `conflict`, carrying the version the reader was shown. */
export function choiceFor(conflict: SyncConflict, side: ConflictSideName): ConflictChoice {
  return conflict.seen === undefined ? { side } : { side, seen: conflict.seen };
}

/** The choices as the merge takes them: those without a version shown are left out (asked again). */
export function mergeChoices(choices: ReadonlyMap<string, ConflictChoice> | undefined): Map<string, MergeChoice> {
  const kept = new Map<string, MergeChoice>();
  for (const [id, choice] of choices ?? []) if (choice.seen !== undefined) kept.set(id, { side: choice.side, seen: choice.seen });
  return kept;
}

/** A conflict as the reader is shown it. */
export function conflictOf(conflict: MergeConflict): SyncConflict {
  return { annotationId: conflict.annotationId, mine: sideOf(conflict.mine), theirs: sideOf(conflict.theirs), seen: fingerprint(conflict.theirs) };
}

function sideOf(annotation: Annotation): ConflictSide {
  return {
    deleted: false,
    categoryId: annotation.categoryIds.join(','),
    categoryIds: [...annotation.categoryIds],
    ...(annotation.note !== undefined ? { note: annotation.note } : {}),
    exact: annotation.exact,
    modified: annotation.modified,
    ...(annotation.creator !== undefined ? { creator: annotation.creator } : {}),
  };
}
