/**
 * The links of shared projects (issue 18) in IndexedDB, one record per shared set, keyed by
 * `setId` (the store `sharedProjects`, since database version 7). Each write is one transaction
 * and resolves once it has committed.
 */
import type { SharedProjectLink, SharedProjectPersistence } from '../model/sync/shared-project-link.js';
import type { CloseReaderDatabase } from './database.js';

/** A {@link SharedProjectPersistence} over the `sharedProjects` store. */
export class SharedProjectRepository implements SharedProjectPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** The link of a set, or undefined when it is not shared. */
  async getLink(setId: string): Promise<SharedProjectLink | undefined> {
    return this.db.get('sharedProjects', setId);
  }

  /** Every link, ordered by set id. */
  async listLinks(): Promise<SharedProjectLink[]> {
    return this.db.getAll('sharedProjects');
  }

  /** Stores a link, replacing the one of the same set. */
  async putLink(link: SharedProjectLink): Promise<void> {
    const tx = this.db.transaction('sharedProjects', 'readwrite');
    await Promise.all([tx.store.put(link), tx.done]);
  }

  /** Forgets a set's link. */
  async deleteLink(setId: string): Promise<void> {
    const tx = this.db.transaction('sharedProjects', 'readwrite');
    await Promise.all([tx.store.delete(setId), tx.done]);
  }
}
