/**
 * Asking the browser to keep the reader's annotations (`navigator.storage.persist()`): once, at the
 * first annotation a reader makes, and remembered in the settings so it is never asked again.
 * Without it a browser may clear the site's data when space runs low, and the annotations with it.
 */
import type { SettingsStore } from '../settings/settings-store.js';
import type { BrowserStorage } from './browser-storage.js';

/**
 * Asks the browser to keep the data unless it was asked before (or the browser has no storage
 * manager, as on a page not served over HTTPS). Decides at once: resolves to undefined when it did
 * not ask now, else to a promise of the browser's answer (false when asking failed). The settings
 * remember the question before the answer arrives, so a second annotation made meanwhile does
 * not ask again.
 */
export function askToKeepStorage(settings: SettingsStore, storage: BrowserStorage | undefined): Promise<boolean> | undefined {
  if (!storage || settings.safekeeping.storageAsked) return undefined;
  void settings.markStorageAsked();
  return storage.persist().catch(() => false);
}
