/**
 * What the settings store needs of storage, declared once: src/storage's SettingsRepository
 * implements it over IndexedDB.
 */

/** Reads all settings and writes one; values are any structured-cloneable data. */
export interface SettingsPersistence {
  getAll(): Promise<Record<string, unknown>>;
  /** Resolves once the value is kept. */
  set(key: string, value: unknown): Promise<void>;
}
