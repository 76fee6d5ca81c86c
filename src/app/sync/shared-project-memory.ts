/**
 * Sync links kept in memory for this visit only: what shared projects use when the browser lets
 * Close Reader store nothing, and what the node tests run two "browsers" over.
 */
import type { SharedProjectLink, SharedProjectPersistence } from '../../model/sync/shared-project-link.js';

/** A {@link SharedProjectPersistence} over a Map. */
export class MemorySharedProjectPersistence implements SharedProjectPersistence {
  private readonly links = new Map<string, SharedProjectLink>();

  async getLink(setId: string): Promise<SharedProjectLink | undefined> {
    return this.links.get(setId);
  }

  async listLinks(): Promise<SharedProjectLink[]> {
    return [...this.links.values()].sort((a, b) => (a.setId < b.setId ? -1 : a.setId > b.setId ? 1 : 0));
  }

  async putLink(link: SharedProjectLink): Promise<void> {
    this.links.set(link.setId, link);
  }

  async deleteLink(setId: string): Promise<void> {
    this.links.delete(setId);
  }
}
