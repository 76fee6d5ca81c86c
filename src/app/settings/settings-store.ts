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
import type { SettingsPersistence } from '../../model/settings/settings-persistence.js';

/** Called after the settings changed. */
export type SettingsListener = (settings: ReaderSettings) => void;

/** Holds the current settings; see the module comment. */
export class SettingsStore {
  private current: ReaderSettings;
  private readonly listeners = new Set<SettingsListener>();
  /** Why settings are not being saved, or undefined while they are. */
  storageProblem: string | undefined;

  private constructor(
    private readonly repository: SettingsPersistence | undefined,
    stored: Record<string, unknown>,
    storageProblem?: string,
  ) {
    this.current = readerSettingsFrom(stored);
    this.storageProblem = storageProblem;
  }

  /** A store backed by `repository`, starting from what it holds. */
  static async load(repository: SettingsPersistence): Promise<SettingsStore> {
    return new SettingsStore(repository, await repository.getAll());
  }

  /** A store that keeps settings for this visit only, because `problem` keeps them from being saved. */
  static inMemory(problem: string): SettingsStore {
    return new SettingsStore(undefined, {}, problem);
  }

  /** The current settings. */
  get settings(): ReaderSettings {
    return this.current;
  }

  /** Sets the interface language and remembers it. */
  setLocale(locale: Locale): Promise<void> {
    return this.update('locale', locale);
  }

  /** Sets the article text size and remembers it. */
  setFontScale(fontScale: number): Promise<void> {
    return this.update('fontScale', fontScale);
  }

  /** Sets whether selections snap to whole words before tagging, and remembers it. */
  setSnapToWords(snapToWords: boolean): Promise<void> {
    return this.update('snapToWords', snapToWords);
  }

  /** Folds the annotation sidebar away or back, and remembers it. */
  setSidebarCollapsed(collapsed: boolean): Promise<void> {
    return this.update('sidebarCollapsed', collapsed);
  }

  /** Sets the name written into exports as their creator, and remembers it. */
  setCreatorName(name: string): Promise<void> {
    return this.update('creatorName', name.trim().slice(0, 200));
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async update(key: keyof ReaderSettings, value: unknown): Promise<void> {
    const next = readerSettingsFrom({ ...this.current, [key]: value });
    if (this.repository) {
      try {
        await this.repository.set(key, value);
      } catch (error) {
        this.storageProblem = error instanceof Error ? error.message : String(error);
      }
    }
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}
