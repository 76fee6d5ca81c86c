/**
 * How the category stores of several tabs keep in step (issue 12, "Two tabs"): after a scheme or
 * category is written, a tab says so over a BroadcastChannel, and the other tabs read the schemes
 * and categories again (category-store.ts), so their scheme editor and reader show the change and
 * their next save starts from it. The message carries nothing but the news: the database is the
 * one truth.
 */

/** The channel's name: the same in every tab of the app. */
export const CATEGORIES_CHANNEL = 'close-reader-categories';

/** A BroadcastChannel that says "categories changed"; nothing where the browser has none, or no name is given. */
export class CategoryTabChannel {
  private readonly channel: BroadcastChannel | undefined;

  constructor(name: string | undefined, onChanged: () => void) {
    if (!name || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if ((event.data as { categories?: unknown } | null)?.categories === true) onChanged();
    };
  }

  /** Tells the other tabs that categories or schemes changed. */
  post(): void {
    this.channel?.postMessage({ categories: true });
  }

  /** Stops listening and telling. */
  close(): void {
    this.channel?.close();
  }
}
