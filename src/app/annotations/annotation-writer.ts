/**
 * How the annotation store's writes reach storage and the other tabs: one after another (a save
 * made while the reader types never overtakes the one before), each a field-level write that
 * storage merges into the records as stored in one transaction (model/annotations/annotation-write.ts),
 * then shown in the loaded copy (annotation-cache.ts) and announced over the tab channel
 * (annotation-tab-channel.ts). What another tab announces is read again in turn with this tab's
 * own writes, so an older read never lands over a newer write.
 */
import type { AnnotationPersistence } from '../../model/annotations/annotation-persistence.js';
import type { AnnotationOp, AppliedWrite } from '../../model/annotations/annotation-write.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { AnnotationCache } from './annotation-cache.js';
import { AnnotationTabChannel, type AnnotationsMessage } from './annotation-tab-channel.js';

/** See the module comment. */
export class AnnotationWriter {
  /** The loaded annotations and their listeners. */
  readonly cache = new AnnotationCache();
  private readonly channel: AnnotationTabChannel;
  /** The actions, one after another: each starts when the one before has settled. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly persistence: AnnotationPersistence,
    private readonly now: () => string,
    channelName: string | undefined,
  ) {
    // A failed read leaves the copy as it was; the next message or load reads again.
    this.channel = new AnnotationTabChannel(channelName, (message) => void this.heard(message).catch(() => undefined));
  }

  /**
   * Runs `action` once every action asked for before it has settled (failed ones too). When none is
   * pending it starts within the current task, so a save asked for while the page is being hidden
   * or closed opens its transaction before the page goes.
   */
  serially<T>(action: () => Promise<T>): Promise<T> {
    const run = this.queue.then(action);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes `ops` in one transaction, merged as stored, then updates the loaded copy and tells everyone. */
  async write(ops: readonly AnnotationOp[]): Promise<AppliedWrite> {
    const applied = await this.persistence.apply({ ops, at: this.now() });
    this.absorb(applied);
    return applied;
  }

  /** Shows what a write changed, here and, through the channel, in the other tabs. */
  absorb(applied: AppliedWrite): void {
    const relationChanges = applied.relationChanges ?? [];
    const documentIds = this.cache.absorb(applied.changes, relationChanges);
    const sets = new Set([...applied.changes, ...relationChanges].flatMap((change) => [change.before?.setId, change.after?.setId].filter((id) => id !== undefined)));
    this.channel.post({ documentIds, ids: applied.changes.map((change) => change.id), sets: [...sets] });
  }

  /**
   * Reads loaded documents again after a write outside the store's own (an import) and tells this
   * tab and the others; each of `sets` not loaded here is announced too (a view lists the sets).
   * `written`: the only sets the write changed (the others loaded are not read again, here or in
   * the other tabs).
   */
  async reloaded(documentIds: readonly string[], sets: readonly { readonly id: string; readonly documentId: string }[] = [], written?: ReadonlySet<string>): Promise<void> {
    for (const documentId of documentIds) await this.refresh(documentId, written);
    // The reader's own reading was announced by refresh already.
    for (const set of sets) if (!this.cache.has(set.id) && set.id !== mineSetId(set.documentId)) this.cache.replace(set.id, set.documentId, undefined);
    this.channel.post(written ? { documentIds, sets: [...written] } : { documentIds });
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.channel.close();
  }

  /**
   * Another tab wrote: read again the sets it names (every loaded set of its documents when it names
   * none), in turn with this tab's own actions.
   */
  private heard(message: AnnotationsMessage): Promise<void> {
    const only = message.sets && new Set(message.sets);
    return this.serially(async () => {
      for (const documentId of message.documentIds) await this.refresh(documentId, only);
    });
  }

  /**
   * Reads every loaded set of a document again (annotations and relations) and tells the listeners what differs, set by set;
   * the reader's own reading, when not loaded, is only announced (a list of articles counts it).
   * `only`: of the loaded sets, just these are read again.
   */
  async refresh(documentId: string, only?: ReadonlySet<string>): Promise<void> {
    const loaded = this.cache.setsOf(documentId);
    for (const setId of loaded) {
      if (only && !only.has(setId)) continue;
      const [annotations, relations] = await Promise.all([this.persistence.listBySet(setId), this.persistence.listRelationsBySet(setId)]);
      this.cache.replace(setId, documentId, annotations, relations);
    }
    const mine = mineSetId(documentId);
    if (!loaded.includes(mine)) this.cache.replace(mine, documentId, undefined);
  }
}
