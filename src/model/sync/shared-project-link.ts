/**
 * A shared project's sync link (issue 18, "Shared project"): the reader's own reading of one
 * article, published as one resource on a Solid/LDP server and kept in step. What this browser
 * remembers of it, per set: where the resource is, the ETag it last saw (for `If-Match`), when it
 * last synced, and the base of the three-way merge (set-merge.ts): what was on the server at the
 * last sync. Pure types, declared once: src/storage's SharedProjectRepository implements the
 * persistence over IndexedDB, src/app's MemorySharedProjectPersistence in memory.
 */
import type { AnnotationFingerprint } from './annotation-fingerprint.js';

/**
 * What was on the server at the last sync: per annotation id its comparable form (the content
 * that travels, annotation-fingerprint.ts), and the ids of the relations. The merge tells from it
 * who changed what since.
 */
export interface SyncBase {
  readonly annotations: Readonly<Record<string, AnnotationFingerprint>>;
  readonly relationIds: readonly string[];
}

/** The base of a project never synced: nothing was on the server. */
export const EMPTY_BASE: SyncBase = { annotations: {}, relationIds: [] };

/** One set's link to the resource it is published as (stored keyed by `setId`). */
export interface SharedProjectLink {
  /** The set kept in step: the reader's own reading of `documentId` (`mine:<documentId>`). */
  readonly setId: string;
  readonly documentId: string;
  /** The resource's URL on the server (where the publishing POST put it). */
  readonly resourceUrl: string;
  /** The ETag of the resource as last read or written here; undefined when the server sent none. */
  readonly etag: string | undefined;
  /** ISO 8601: when the set and the server last agreed; undefined before the first sync. */
  readonly syncedAt: string | undefined;
  /** What was on the server at the last sync (the merge's base). */
  readonly base: SyncBase;
}

/** Reads and writes sync links; every write resolves once kept, or rejects having changed nothing. */
export interface SharedProjectPersistence {
  /** The link of a set, or undefined when the set is not shared. */
  getLink(setId: string): Promise<SharedProjectLink | undefined>;
  /** Every link (a list of shared projects). */
  listLinks(): Promise<SharedProjectLink[]>;
  /** Stores a link, replacing the one of the same set. */
  putLink(link: SharedProjectLink): Promise<void>;
  /** Forgets a set's link (the set itself stays). */
  deleteLink(setId: string): Promise<void>;
}
