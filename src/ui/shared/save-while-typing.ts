/**
 * Saving text as a reader types it, so that nothing typed is lost: a save runs once typing pauses
 * ({@link SAVE_PAUSE_MS}), and at once when the page is hidden (another tab, the phone's home
 * screen: `visibilitychange`) or left (reload, close, navigation: `pagehide`), and when the
 * component goes. Browsers may discard a hidden page without another event, and `beforeunload` is
 * unreliable on phones, hence these two (https://developer.chrome.com/docs/web-platform/page-lifecycle-api).
 *
 * The save itself must open its IndexedDB transaction without waiting for another task (the
 * stores do), or a page being closed is gone before the write starts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing pauses before what was typed is saved: well under a second. */
export const SAVE_PAUSE_MS = 400;

/** Saves per field (`K`: which field) what waits to be saved; see the module comment. */
export class SaveWhileTyping<K> implements ReactiveController {
  private readonly waiting = new Map<K, { readonly value: string; readonly timer: ReturnType<typeof setTimeout> }>();
  private readonly onPageHide = (): void => this.flush();
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly save: (key: K, value: string) => void,
    private readonly pause = SAVE_PAUSE_MS,
  ) {
    host.addController(this);
  }

  /** The reader typed: `value` is saved once typing pauses (the pause starts again). */
  typed(key: K, value: string): void {
    const earlier = this.waiting.get(key);
    if (earlier) clearTimeout(earlier.timer);
    this.waiting.set(key, { value, timer: setTimeout(() => this.flush(key), this.pause) });
  }

  /** Whether something typed into `key` waits to be saved. */
  isWaiting(key: K): boolean {
    return this.waiting.has(key);
  }

  /** Takes what waits for `key` without saving it (the caller saves it its own way), or undefined. */
  take(key: K): string | undefined {
    const waiting = this.waiting.get(key);
    if (!waiting) return undefined;
    clearTimeout(waiting.timer);
    this.waiting.delete(key);
    return waiting.value;
  }

  /** Saves at once what waits for `key`, or for every field when no key is given. */
  flush(key?: K): void {
    const keys = key === undefined ? [...this.waiting.keys()] : [key];
    for (const each of keys) {
      const value = this.take(each);
      if (value !== undefined) this.save(each, value);
    }
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }
}
