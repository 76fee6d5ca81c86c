/**
 * The single source of truth for reader settings in the running app. It writes through to
 * IndexedDB before it tells anyone, and when the database cannot be opened it keeps settings for
 * this visit only and says so (`storageProblem`), so the app still works in private modes.
 */
import {
  type Locale,
  type ReaderSettings,
  readerSettingsFrom,
} from '../../model/settings/reader-settings.js';
import { SAFEKEEPING_KEYS, type Safekeeping, safekeepingFrom } from '../../model/settings/safekeeping.js';
import type { SettingsPersistence } from '../../model/settings/settings-persistence.js';
import type { UnsavedEntry, UnsavedJournal } from '../durability/unsaved-journal.js';
import type { Problem } from '../../model/result.js';
import { storageProblem, type StorageCode } from '../storage-error.js';

/** Called after the settings changed. */
export type SettingsListener = (settings: ReaderSettings) => void;

/** Holds the current settings; see the module comment. */
export class SettingsStore {
  private current: ReaderSettings;
  private currentSafekeeping: Safekeeping;
  private readonly listeners = new Set<SettingsListener>();
  /** Why settings are not being saved (a code the UI says in the reader's language), or undefined while they are. */
  storageProblem: Problem<StorageCode> | undefined;
  /** True when nothing can be stored at all (this visit only): the database could not be opened. */
  readonly keepsNothing: boolean;

  private constructor(
    private readonly repository: SettingsPersistence | undefined,
    stored: Record<string, unknown>,
    problem?: Problem<StorageCode>,
    private readonly journal?: UnsavedJournal,
  ) {
    this.keepsNothing = repository === undefined;
    this.current = readerSettingsFrom(stored);
    this.currentSafekeeping = safekeepingFrom(stored);
    this.storageProblem = problem;
  }

  /**
   * A store backed by `repository`, starting from what it holds. With a `journal`, the name the
   * reader types is also kept there until it is stored (see unsaved-journal.ts).
   */
  static async load(repository: SettingsPersistence, journal?: UnsavedJournal): Promise<SettingsStore> {
    return new SettingsStore(repository, await repository.getAll(), undefined, journal);
  }

  /**
   * A store over a database open read-only (written by a newer version): it starts from what the
   * database holds and says `problem` from the start, so the reader sees all along that changes
   * are not saved. A change of a setting holds for this visit; its write is refused by the
   * database. No unsaved journal: what is typed here is not written back at a later start either.
   */
  static async readOnly(repository: SettingsPersistence, problem: Problem<StorageCode>): Promise<SettingsStore> {
    return new SettingsStore(repository, await repository.getAll(), problem);
  }

  /** A store that keeps settings for this visit only, because `problem` keeps them from being saved. */
  static inMemory(problem: Problem<StorageCode>): SettingsStore {
    return new SettingsStore(undefined, {}, problem);
  }

  /** The current settings. */
  get settings(): ReaderSettings {
    return this.current;
  }

  /** Whether the browser was asked to keep the data, and when the reader last exported. */
  get safekeeping(): Safekeeping {
    return this.currentSafekeeping;
  }

  /**
   * Remembers that the browser was asked to keep the data. Takes effect at once (before the write
   * resolves), so two annotations made in quick succession do not both ask.
   */
  markStorageAsked(): Promise<void> {
    this.currentSafekeeping = { ...this.currentSafekeeping, storageAsked: true };
    return this.remember(SAFEKEEPING_KEYS.storageAsked, true);
  }

  /** Remembers that the reader exported annotations at `at` (ISO 8601): the export reminder rests. */
  recordExport(at: string): Promise<void> {
    this.currentSafekeeping = { ...this.currentSafekeeping, lastExport: at };
    return this.remember(SAFEKEEPING_KEYS.lastExport, at);
  }

  /** Sets the interface language and remembers it. */
  async setLocale(locale: Locale): Promise<void> {
    await this.update('locale', locale);
  }

  /** Sets the article text size and remembers it. */
  async setFontScale(fontScale: number): Promise<void> {
    await this.update('fontScale', fontScale);
  }

  /** Sets whether selections snap to whole words before tagging, and remembers it. */
  async setSnapToWords(snapToWords: boolean): Promise<void> {
    await this.update('snapToWords', snapToWords);
  }

  /** Folds the annotation sidebar away or back, and remembers it. */
  async setSidebarCollapsed(collapsed: boolean): Promise<void> {
    await this.update('sidebarCollapsed', collapsed);
  }

  /** Sets the name written into exports as their creator, and remembers it. */
  setCreatorName(name: string): Promise<void> {
    const unsaved: UnsavedEntry = { kind: 'creator-name', name: name.trim().slice(0, 200) };
    this.journal?.keep(unsaved);
    return this.update('creatorName', unsaved.name).then((stored) => {
      if (stored) this.journal?.settle(unsaved);
    });
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes one setting, then tells the listeners; resolves to whether it was stored. */
  private async update(key: keyof ReaderSettings, value: unknown): Promise<boolean> {
    const stored = await this.write(key, value);
    // From the settings as they are now, not as they were before the write: a change made while
    // this one was being written (the name typed while the text size changed) is kept.
    this.current = readerSettingsFrom({ ...this.current, [key]: value });
    this.tell();
    return stored;
  }

  /** Writes a safekeeping value (already in effect), then tells the listeners. */
  private async remember(key: string, value: unknown): Promise<void> {
    await this.write(key, value);
    this.tell();
  }

  /**
   * Writes one value. The transaction is opened before this returns to the event loop, so a write
   * started while the page is being hidden or closed still reaches storage.
   */
  private async write(key: string, value: unknown): Promise<boolean> {
    if (!this.repository) return false;
    try {
      await this.repository.set(key, value);
      return true;
    } catch (error) {
      this.storageProblem = storageProblem(error);
      return false;
    }
  }

  private tell(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}
