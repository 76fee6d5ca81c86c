/**
 * Looking up a key that comes from outside (a file name's extension, a media type, a field of an
 * imported file) in a table written as an object literal: only the table's own entries count, so
 * `constructor`, `__proto__` or `toString` find nothing instead of Object's built-ins (a file named
 * `notes.constructor` once crashed the add-document page this way).
 */

/** The entry of `table` under `key`, or undefined when `table` has no own entry of that name. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
