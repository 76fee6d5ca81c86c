/**
 * A journal of text the reader typed that is on its way to IndexedDB, kept in synchronous storage
 * (localStorage) from the moment the save is asked for until its transaction has committed.
 *
 * Why: Chromium aborts every IndexedDB transaction of a page that is being unloaded, even one
 * started in `pagehide` and committed explicitly (IDBTransaction::ContextDestroyed), so a note
 * typed just before a reload or a closed tab cannot reach IndexedDB in time. localStorage is
 * written synchronously and survives. At the next start, `restoreUnsaved` writes what the journal
 * still holds into the stores. An entry is settled (removed) only by the save of that same text,
 * so an earlier save that commits late never removes a later one.
 */

/** What the journal needs: synchronous key-value storage (`localStorage`). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Text on its way to storage: an annotation's note, or the reader's name. */
export type UnsavedEntry =
  | { readonly kind: 'note'; readonly documentId: string; readonly id: string; readonly note: string }
  | { readonly kind: 'creator-name'; readonly name: string };

/** The localStorage key of the journal. */
export const UNSAVED_JOURNAL_KEY = 'close-reader-unsaved';

/** See the module comment. Storage errors (full, forbidden) are swallowed: the journal is a second line. */
export class UnsavedJournal {
  constructor(
    private readonly storage: SyncStorage,
    private readonly key = UNSAVED_JOURNAL_KEY,
  ) {}

  /** Keeps `entry` (replacing the entry of the same note or the name), synchronously. */
  keep(entry: UnsavedEntry): void {
    const entries = this.read();
    entries.set(entryKey(entry), entry);
    this.writeAll(entries);
  }

  /** Removes `entry` once it is stored, unless a later text of the same note (or name) took its place. */
  settle(entry: UnsavedEntry): void {
    const entries = this.read();
    const kept = entries.get(entryKey(entry));
    if (!kept || JSON.stringify(kept) !== JSON.stringify(entry)) return;
    entries.delete(entryKey(entry));
    this.writeAll(entries);
  }

  /** What the journal holds, oldest first. */
  entries(): UnsavedEntry[] {
    return [...this.read().values()];
  }

  private read(): Map<string, UnsavedEntry> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.storage.getItem(this.key) ?? '[]');
    } catch {
      parsed = [];
    }
    const entries = new Map<string, UnsavedEntry>();
    if (Array.isArray(parsed)) for (const entry of parsed) if (isEntry(entry)) entries.set(entryKey(entry), entry);
    return entries;
  }

  private writeAll(entries: Map<string, UnsavedEntry>): void {
    try {
      this.storage.setItem(this.key, JSON.stringify([...entries.values()]));
    } catch {
      // Full or forbidden: the save to IndexedDB is still under way; this was the second line.
    }
  }
}

function entryKey(entry: UnsavedEntry): string {
  return entry.kind === 'note' ? `note:${entry.id}` : 'creator-name';
}

function isEntry(value: unknown): value is UnsavedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (entry.kind === 'note') return typeof entry.documentId === 'string' && typeof entry.id === 'string' && typeof entry.note === 'string';
  return entry.kind === 'creator-name' && typeof entry.name === 'string';
}
