/**
 * The browser's storage manager for the app's durability rules (src/app/durability), or undefined
 * where there is none: `navigator.storage` exists only in secure contexts (HTTPS, localhost).
 */
import type { BrowserStorage } from '../../app/durability/browser-storage.js';

/** `navigator.storage`, or undefined when this page has none. */
export function browserStorage(): BrowserStorage | undefined {
  return (navigator.storage as StorageManager | undefined) ?? undefined;
}
