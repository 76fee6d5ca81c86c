/**
 * Sync when back (issue 18, "Work offline; sync when back"): while the app is open, the browser's
 * `online` event syncs every shared project of this browser once, provided the reader is signed
 * in to their Solid server in this tab. Nothing else syncs by itself: a change made here waits for
 * "Sync now" or the next time the connection comes back, so the reader decides when their work
 * leaves the browser (they consented to the project when they published or opened it).
 *
 * Started by <cr-app>, which holds it for the app's life. It loads nothing on start: the sync's
 * code and the sign-in library load only when the connection comes back AND a project is shared.
 * A page showing a project hears of each such sync through {@link onBackgroundSync}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharedProjectDeps, SyncOutcome } from '../../app/sync/shared-project-sync.js';
import type { SolidSession } from '../../app/sync/solid-session.js';
import type { SharedProjectPersistence } from '../../model/sync/shared-project-link.js';
import { currentLocale } from '../shared/localization.js';

/** What the syncs need: the use case's stores, while <cr-app> has them. */
export type SyncWhenOnlineDeps = Partial<Omit<SharedProjectDeps, 'links'>> & { readonly links?: SharedProjectPersistence | undefined };

/** A background sync's outcome: the use case's, or `threw` when it threw (logged; the next projects still sync). */
export type BackgroundSyncOutcome = SyncOutcome | { readonly kind: 'threw'; readonly error: unknown };

/** The outcome of each project's sync, by set id. */
export type BackgroundSyncs = ReadonlyMap<string, BackgroundSyncOutcome>;

const listeners = new Set<(syncs: BackgroundSyncs) => void>();

/** Calls `listener` after each round of syncs made when the connection came back; gives the unsubscribe. */
export function onBackgroundSync(listener: (syncs: BackgroundSyncs) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** See the module comment. */
export class SyncWhenOnline implements ReactiveController {
  private running: Promise<BackgroundSyncs> | undefined;
  private readonly onOnline = (): void => {
    void this.syncAll().catch((error: unknown) => console.error('could not sync the shared projects', error));
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly deps: () => SyncWhenOnlineDeps,
    /** The tab's Solid session; tests give one of their own. */
    private readonly session: () => Promise<SolidSession> = async () => (await import('../../app/sync/solid-session.js')).solidSession(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /**
   * Syncs every shared project once (one after the other), if any is shared and the reader is
   * signed in; a round already under way is not started twice. Gives each project's outcome; one
   * that throws is `threw` and the round goes on.
   */
  syncAll(): Promise<BackgroundSyncs> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<BackgroundSyncs> {
    const { links, annotations, articles, categories, library, aliases } = this.deps();
    if (!links || !annotations || !articles || !categories) return new Map();
    const shared = await links.listLinks();
    if (shared.length === 0) return new Map();
    const session = await this.session();
    if (!session.account()) return new Map();
    const [{ SharedProjects }, { LdpClient }] = await Promise.all([import('../../app/sync/shared-project-sync.js'), import('../../app/sync/ldp-client.js')]);
    const projects = new SharedProjects({ links, annotations, articles, categories, library, aliases, locale: currentLocale() === 'de' ? 'de' : 'en' });
    const client = new LdpClient({ fetch: session.fetch });
    const outcomes = new Map<string, BackgroundSyncOutcome>();
    for (const { setId } of shared) {
      try {
        outcomes.set(setId, await projects.sync(setId, client));
      } catch (error) {
        // One project that throws (a store that failed) does not keep the others from syncing.
        console.error(`could not sync the shared project ${setId}`, error);
        outcomes.set(setId, { kind: 'threw', error });
      }
    }
    for (const listener of listeners) listener(outcomes);
    return outcomes;
  }
}
