/**
 * Shared projects (issue 18, "Shared project"): the reader's own reading of one article, published
 * to a container the reader chose on a Solid/LDP server as ONE resource (the set's W3C
 * AnnotationCollection exactly as the export writes it, relations as linking annotations, an own
 * article carried with its text), and kept in step with everyone who opened it: sync reads the
 * server's copy, merges it with this browser's set annotation by annotation against the base (what
 * was on the server at the last sync; model/sync/set-merge.ts), applies the result here in one
 * write, and PUTs it with `If-Match`; when the server's copy changed meanwhile (412) it reads and
 * merges again (three tries). Both readers editing one annotation differently is a conflict: nothing
 * is written, here or there, until the reader chose a side. Offline, a sync fails as
 * `ldp-unreachable` and changes nothing; the next one, back online, sends what was made meanwhile.
 */
import type { ArticleSource } from '../../model/documents/library.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { type Failure, type Result, ok } from '../../model/result.js';
import { isMineSetId, mineSetId } from '../../model/sets/annotation-set.js';
import { opsToReach } from '../../model/sync/set-apply.js';
import { baseOf, changesSince, mergeSets, type SetContent } from '../../model/sync/set-merge.js';
import type { SharedProjectLink, SharedProjectPersistence } from '../../model/sync/shared-project-link.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import { confirmImport } from '../import/annotation-import.js';
import type { LibraryStore } from '../library/library-store.js';
import type { CategoryStore } from '../schemes/category-store.js';
import type { LdpClient, LdpCode } from './ldp-client.js';
import { type ConflictChoice, conflictOf, mergeChoices, type SyncConflict } from './shared-project-conflicts.js';
import { readSharedFile, type SharedFileContent, writeSharedFile } from './shared-project-file.js';
import { importStores, mayOpen, type OpenCode, type OpenPreparation, readProject } from './shared-project-open.js';

export type { SharedProjectLink, SharedProjectPersistence, SyncBase } from '../../model/sync/shared-project-link.js';
export type { ConflictChoice, ConflictSide, ConflictSideName, ConflictVersion, SyncConflict } from './shared-project-conflicts.js';
export { choiceFor } from './shared-project-conflicts.js';
export type { OpenCode, OpenPreparation } from './shared-project-open.js';

/**
 * How a sync went: `synced` (both agree now; `received`: annotations and relations changed here,
 * `sent`: changed on the server), `conflicts` (nothing written, local or remote: the reader chooses
 * and syncs again with the choices), or `failed` with the code the UI words.
 */
export type SyncOutcome =
  | { readonly kind: 'synced'; readonly at: string; readonly received: number; readonly sent: number }
  | { readonly kind: 'conflicts'; readonly conflicts: readonly SyncConflict[] } // nothing written, local or remote
  | { readonly kind: 'failed'; readonly code: LdpCode | 'shared-bad-file'; readonly message: string };

/** What publishing or syncing would send, for the consent panel (no request made). */
export interface SharePreview {
  /** The container (publish) or the resource (sync) the file goes to. */
  readonly url: string;
  readonly annotations: number;
  readonly relations: number;
  /** The file's size in bytes (UTF-8). */
  readonly bytes: number;
  /** The article's title. */
  readonly title: string;
}

/** What shared projects need: the stores they read and write, and where their links are kept. */
export interface SharedProjectDeps {
  readonly annotations: AnnotationStore;
  readonly links: SharedProjectPersistence;
  /** The articles (the library store in the app): the article's text and IRI. */
  readonly articles: ArticleSource;
  readonly categories: CategoryStore;
  /** The library store, so that opening a project adds an own article it carries, and publishing carries it. */
  readonly library?: LibraryStore | undefined;
  /** Stored source aliases (written as the target's `via`, as the export does). */
  readonly aliases?: SourceAliasPersistence | undefined;
  /** The language of category labels in the file; 'de' unless said. */
  readonly locale?: 'de' | 'en';
  /** The clock (tests pin it). */
  readonly now?: () => Date;
}

/** How many times a sync reads, merges and writes again when the server's copy changed meanwhile (412). */
export const SYNC_RETRIES = 3;

/** What a use case of shared projects fails with. */
type SharedCode = LdpCode | 'shared-bad-file';

/** See the module comment. */
export class SharedProjects {
  constructor(private readonly deps: SharedProjectDeps) {}

  /** The set's link, or undefined when it is not shared. */
  link(setId: string): Promise<SharedProjectLink | undefined> {
    return this.deps.links.getLink(setId);
  }

  /** What publishing/syncing would send, for the consent panel (no request made). */
  async preview(setId: string, containerOrResourceUrl: string): Promise<SharePreview> {
    const documentId = documentOf(setId);
    const content = await this.content(setId, documentId);
    const text = await writeSharedFile(content, documentId, this.deps);
    return {
      url: containerOrResourceUrl,
      annotations: content.annotations.length,
      relations: sentRelations(content).length,
      bytes: new TextEncoder().encode(text).length,
      title: this.deps.articles.entry(documentId)?.title ?? documentId,
    };
  }

  /**
   * Publishes the set (the reader's own reading of an article) to `containerUrl`: one POST of its
   * file with a Slug naming the article; links the set to the resource the server made, with what
   * was sent as the base of the next sync.
   */
  async publish(setId: string, containerUrl: string, client: LdpClient): Promise<Result<SharedProjectLink, SharedCode>> {
    const documentId = documentOf(setId);
    const content = await this.content(setId, documentId);
    const text = await writeSharedFile(content, documentId, this.deps);
    const posted = await client.post(containerUrl, text, { slug: `close-reader-${documentId}` });
    if (!posted.ok) return posted;
    const sent = await readSharedFile(text, documentId, this.deps);
    if (!sent.ok) return sent;
    // The ETag as the server keeps it (a POST names none); without it the first sync reads it anyway.
    const read = await client.get(posted.value.url);
    const link: SharedProjectLink = {
      setId,
      documentId,
      resourceUrl: posted.value.url,
      etag: read.ok ? read.value.etag : undefined,
      syncedAt: this.nowIso(),
      base: baseOf(sent.value),
    };
    await this.deps.links.putLink(link);
    return ok(link);
  }

  /**
   * What opening the project at `resourceUrl` would do (the article, the project's annotations, and
   * those the reader's own reading already holds, which the next sync would send), read without
   * writing anything: for the reader to agree to before {@link open}.
   */
  async prepareOpen(resourceUrl: string, client: LdpClient): Promise<Result<OpenPreparation, OpenCode | string>> {
    const project = await readProject(resourceUrl, client, this.deps, this.now());
    return project.ok ? ok(project.value.preparation) : project;
  }

  /**
   * Opens a project someone published: reads it, adds the article if needed (an own article the file
   * carries), fills this reader's own reading of it through the import (keeping every id), and links
   * that reading to the resource, the server's copy as the base. An annotation already here under
   * the same id is left as it is here: the next sync merges it. A reading that already holds
   * annotations is merged only with `merge` (the reader agreed, {@link prepareOpen}); one linked to
   * another project is refused (`shared-linked-elsewhere`). Nothing is written when refused.
   */
  async open(resourceUrl: string, client: LdpClient, options: { merge?: boolean } = {}): Promise<Result<{ documentId: string; setId: string }, OpenCode | string>> {
    const project = await readProject(resourceUrl, client, this.deps, this.now());
    if (!project.ok) return project;
    const { read, summary, documentId, preparation } = project.value;
    const allowed = mayOpen(preparation, options.merge === true);
    if (!allowed.ok) return allowed;
    // Everything of the file is this article's reading, also what names it by another source.
    const assigned = summary.plan.unknownSources.length > 0 ? summary.replan({ assignments: new Map(summary.plan.unknownSources.map((source) => [source.key, documentId])) }) : summary;
    await confirmImport(assigned, importStores(this.deps));
    const theirs = await readSharedFile(read.body, documentId, this.deps);
    if (!theirs.ok) return theirs;
    const setId = mineSetId(documentId);
    // The base is what the reading holds of the server's copy now: an annotation this browser keeps
    // in another set (imported apart before) is not in it, and so is never taken for deleted here.
    const here = await this.content(setId, documentId);
    const ids = new Set(here.annotations.map((annotation) => annotation.id));
    const relationIds = new Set(here.relations.map((relation) => relation.id));
    const held = { annotations: theirs.value.annotations.filter((annotation) => ids.has(annotation.id)), relations: theirs.value.relations.filter((relation) => relationIds.has(relation.id)) };
    await this.deps.links.putLink({ setId, documentId, resourceUrl, etag: read.etag, syncedAt: this.nowIso(), base: baseOf(held) });
    return ok({ documentId, setId });
  }

  /**
   * GET, merge with base and mine, apply to the local set in ONE write, PUT with If-Match, retry on
   * 412 (3 times). A second sync of one set (the page's "Sync now" while the background round runs)
   * waits for the first, so that each starts from the base the one before left.
   */
  async sync(setId: string, client: LdpClient, choices?: ReadonlyMap<string, ConflictChoice>): Promise<SyncOutcome> {
    const queue = runningSyncs.get(this.deps.links) ?? new Map<string, Promise<unknown>>();
    runningSyncs.set(this.deps.links, queue);
    const next = (queue.get(setId) ?? Promise.resolve()).catch(() => undefined).then(() => this.syncNow(setId, client, choices));
    queue.set(setId, next);
    try {
      return await next;
    } finally {
      if (queue.get(setId) === next) queue.delete(setId);
    }
  }

  /** One sync (see {@link sync}), with no other of the same set under way. */
  private async syncNow(setId: string, client: LdpClient, choices?: ReadonlyMap<string, ConflictChoice>): Promise<SyncOutcome> {
    const link = await this.deps.links.getLink(setId);
    if (!link) return { kind: 'failed', code: 'ldp-not-found', message: `The set ${setId} is not shared` };
    for (let attempt = 0; ; attempt += 1) {
      const read = await client.get(link.resourceUrl);
      if (!read.ok) return failed(read);
      const theirs = await readSharedFile(read.value.body, link.documentId, this.deps);
      if (!theirs.ok) return failed(theirs);
      const mine = await this.content(setId, link.documentId);
      const merged = mergeSets(link.base, mine, theirs.value, mergeChoices(choices));
      if (merged.conflicts.length > 0) return { kind: 'conflicts', conflicts: merged.conflicts.map(conflictOf) };
      // The server first: a sync that cannot write there changes nothing here either.
      const sent = changesSince(baseOf(theirs.value), merged);
      let etag = read.value.etag;
      if (sent > 0) {
        const text = await writeSharedFile(merged, link.documentId, this.deps);
        const put = await client.put(link.resourceUrl, text, read.value.etag === undefined ? {} : { ifMatch: read.value.etag });
        if (!put.ok && put.problems[0]?.code === 'ldp-changed-meanwhile' && attempt < SYNC_RETRIES) continue;
        if (!put.ok) return failed(put);
        etag = put.value.etag;
      }
      // What this set holds from now on; the base is that too, so that what it leaves out (kept in
      // another set here) reads as never seen, not as deleted, next time.
      const held = await this.withoutOtherSets(mine, merged);
      const received = await this.applyHere(mine, held, theirs.value);
      const at = this.nowIso();
      await this.deps.links.putLink({ ...link, etag, syncedAt: at, base: baseOf(held) });
      return { kind: 'synced', at, received, sent };
    }
  }

  /**
   * Local changes since the last sync (annotations added/changed/deleted, and relations made or
   * removed), for "2 changes not sent yet"; 0 for a set that is not shared.
   */
  async pending(setId: string): Promise<number> {
    const link = await this.deps.links.getLink(setId);
    if (!link) return 0;
    return changesSince(link.base, await this.content(setId, link.documentId));
  }

  /** Forgets the set's link (the set and the server's copy stay). */
  unlink(setId: string): Promise<void> {
    return this.deps.links.deleteLink(setId);
  }

  /** The set's annotations and relations as stored now. */
  private async content(setId: string, documentId: string): Promise<SetContent> {
    const annotations = await this.deps.annotations.load(documentId, setId);
    return { annotations: [...annotations], relations: [...this.deps.annotations.relations(documentId, setId)] };
  }

  /**
   * Writes the merge's result here, in one write (not in the reader's undo), with the categories the
   * server's copy brought first; resolves to how many annotations and relations it changed.
   */
  private async applyHere(mine: SetContent, held: SetContent, theirs: SharedFileContent): Promise<number> {
    const ops = opsToReach(mine, held);
    if (ops.length === 0) return 0;
    if (theirs.newCategories.length > 0) {
      await this.deps.annotations.importAll({ categories: theirs.newCategories, annotations: [] });
      this.deps.categories.addStored(theirs.newCategories);
    }
    const applied = await this.deps.annotations.applyReceived(ops);
    return applied.changes.length + (applied.relationChanges?.length ?? 0);
  }

  /**
   * `merged` without the annotations new to the set that this browser keeps in another set (an
   * earlier import kept the colleague's reading apart under the same ids), and their relations:
   * nothing of another set is ever joined into this one, nor changed by a sync.
   */
  private async withoutOtherSets(mine: SetContent, merged: SetContent): Promise<SetContent> {
    const mineIds = new Set(mine.annotations.map((annotation) => annotation.id));
    if (merged.annotations.every((annotation) => mineIds.has(annotation.id))) return merged;
    const stored = await this.deps.annotations.allIds();
    const annotations = merged.annotations.filter((annotation) => mineIds.has(annotation.id) || !stored.has(annotation.id));
    const kept = new Set(annotations.map((annotation) => annotation.id));
    return { annotations, relations: merged.relations.filter((relation) => kept.has(relation.sourceId) && kept.has(relation.targetId)) };
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  private nowIso(): string {
    return this.now().toISOString();
  }
}

/** The syncs under way, per store of links (one per browser tab) and set: the next waits for the last. */
const runningSyncs = new WeakMap<SharedProjectPersistence, Map<string, Promise<unknown>>>();

/** The article of a set that can be shared: the reader's own reading of it. */
function documentOf(setId: string): string {
  if (!isMineSetId(setId)) throw new Error(`Only the reader's own reading of an article can be shared, not ${setId}`);
  return setId.slice(mineSetId('').length);
}

/** The relations the file carries: those whose two annotations are in it. */
function sentRelations(content: SetContent): SetContent['relations'] {
  const ids = new Set(content.annotations.map((annotation) => annotation.id));
  return content.relations.filter((relation) => ids.has(relation.sourceId) && ids.has(relation.targetId));
}

/** A failed sync, from the failed step. */
function failed(result: Failure<SharedCode>): SyncOutcome {
  const problem = result.problems[0]!;
  return { kind: 'failed', code: problem.code, message: problem.message };
}
