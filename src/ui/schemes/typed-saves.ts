/**
 * Text fields that save as the reader types, whose saves can be refused (the scheme editor's
 * names): the timing is the one of every field that saves while typing (ui/shared/save-while-typing.ts:
 * after a 400 ms pause, at once when the page is hidden or left); this adds the drafts. While a
 * field's text is unsaved (or refused) it is the field's draft, which the view renders instead of
 * the stored value, so that a save finishing mid-word never writes an older text over what the
 * reader is still typing.
 */
import type { ReactiveControllerHost } from 'lit';
import { SAVE_PAUSE_MS, SaveWhileTyping } from '../shared/save-while-typing.js';

/** Saves a field's text; resolves to whether it was saved (false: refused, the field keeps its draft). */
export type SaveTyped = (text: string) => Promise<boolean>;

/** See the module comment. */
export class TypedSaves {
  private readonly drafts = new Map<string, string>();
  private readonly savers = new Map<string, SaveTyped>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly timing: SaveWhileTyping<string>;

  constructor(host: ReactiveControllerHost, pause = SAVE_PAUSE_MS) {
    // The timing flushes on pagehide, on hidden, and when the host goes (another route).
    this.timing = new SaveWhileTyping(host, (field, text) => this.run(field, text), pause);
  }

  /** The reader typed `text` into `field`: it becomes the field's draft, saved by `save` after a pause. */
  type(field: string, text: string, save: SaveTyped): void {
    this.drafts.set(field, text);
    this.savers.set(field, save);
    this.timing.typed(field, text);
  }

  /** The text typed into `field` and not saved yet (or refused); undefined when the field shows what is stored. */
  draft(field: string): string | undefined {
    return this.drafts.get(field);
  }

  /** Forgets `field`'s draft: the view shows what is stored again (after a refusal, when the reader leaves the field). */
  discard(field: string): void {
    this.timing.take(field);
    this.drafts.delete(field);
  }

  /**
   * Saves now what waits for a pause: in `field`, or in every field. Resolves when those saves,
   * and any still running, are done.
   */
  async flush(field?: string): Promise<void> {
    this.timing.flush(field);
    await Promise.allSettled([...this.running]);
  }

  private run(field: string, text: string): void {
    const save = this.savers.get(field);
    if (!save) return;
    const run = save(text).then((saved) => {
      // Typed on meanwhile: the newer text is still the draft, and waits for its own save.
      if (saved && this.drafts.get(field) === text && !this.timing.isWaiting(field)) this.drafts.delete(field);
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}
