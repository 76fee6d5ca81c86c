/**
 * What the app needs of the browser's storage manager (`navigator.storage`), declared once so the
 * rules that use it are tested with a stand-in and the UI passes the real one in.
 */

/** The part of `StorageManager` the app uses. */
export interface BrowserStorage {
  /** Asks the browser to keep this site's data even when space runs low; resolves to whether it will. */
  persist(): Promise<boolean>;
  /** Whether the browser already keeps this site's data even when space runs low. */
  persisted(): Promise<boolean>;
  /** How many bytes this site stores (`usage`) and may store (`quota`), as the browser estimates. */
  estimate(): Promise<{ readonly usage?: number; readonly quota?: number }>;
}
