/**
 * The shapes the annotation store (annotation-store.ts) takes and gives besides annotations: how a
 * tag went, how an edit joins the undo history, and where ids and times come from.
 */
import type { Annotation } from '../../model/annotations/annotation.js';

/** How tagging a range went. */
export type TagResult =
  | { readonly outcome: 'created'; readonly annotation: Annotation }
  | { readonly outcome: 'category-added'; readonly annotation: Annotation }
  | { readonly outcome: 'already-tagged'; readonly annotation: Annotation };

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
