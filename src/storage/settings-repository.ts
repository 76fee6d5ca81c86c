/**
 * Reader settings (language, text size) kept in IndexedDB, one record per key, so they are
 * remembered across visits. Each write is its own transaction and resolves once it is durable.
 */
import type { SettingsPersistence } from '../model/settings/settings-persistence.js';
import type { CloseReaderDatabase } from './database.js';

/** Reads and writes settings; values are any structured-cloneable data. */
export class SettingsRepository implements SettingsPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** The stored value of `key`, or undefined when it was never set. */
  async get(key: string): Promise<unknown> {
    const record = await this.db.get('settings', key);
    return record?.value;
  }

  /** All stored settings as a plain object. */
  async getAll(): Promise<Record<string, unknown>> {
    const records = await this.db.getAll('settings');
    return Object.fromEntries(records.map((record) => [record.key, record.value]));
  }

  /** Stores `value` under `key`; resolves when the transaction has committed. */
  async set(key: string, value: unknown): Promise<void> {
    const tx = this.db.transaction('settings', 'readwrite');
    await Promise.all([tx.store.put({ key, value }), tx.done]);
  }
}
