/**
 * The shapes the annotation store (annotation-store.ts) takes and gives besides annotations: how a
 * tag went, how an edit joins the undo history, and where ids and times come from.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Relation, RelationCode } from '../../model/relations/relation.js';

/** How tagging a range went. */
export type TagResult =
  | { readonly outcome: 'created'; readonly annotation: Annotation }
  | { readonly outcome: 'category-added'; readonly annotation: Annotation }
  | { readonly outcome: 'already-tagged'; readonly annotation: Annotation };

/** What a new relation links: its type and its two annotations (source first). */
export interface RelationLink {
  readonly typeId: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/**
 * How linking two annotations went: made, or refused for the reasons given (the rules'
 * RelationCode, or 'annotation-gone': one of the two was deleted meanwhile, in another tab).
 */
export type RelateResult =
  | { readonly outcome: 'created'; readonly relation: Relation }
  | { readonly outcome: 'refused'; readonly codes: readonly (RelationCode | 'annotation-gone')[] };

/** How an edit joins the undo history. */
export interface EditOptions {
  /**
   * The typing session a note is saved in while the reader types (one per stay in the note field).
   * Consecutive note saves of one annotation in one session are one undo step ("note"), whose undo
   * brings back the note from before the session; anything recorded in between starts a new step.
   */
  readonly typingSession?: string;
}

/** Where the store gets ids and times; tests pass fixed ones. */
export interface StoreClock {
  now(): string;
  newId(): string;
}

/** The browser's clock and random UUIDs. */
export const systemClock: StoreClock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
