/**
 * Field-level changes of a category or a scheme record (issue 12, "Two tabs"): what the category
 * store writes instead of whole records. The scheme editor of a tab whose copy is stale used to
 * save every category of the scheme, silently undoing a rename made in another tab; now a save
 * writes only the fields that differ from what this tab last knew (`diffRecord`), and storage
 * applies them to the record as stored, inside the one transaction that writes it (`applyPatch`).
 * A label's two languages are two fields, so a German name changed in one tab and an English name
 * in the other both stay. The later write of the same field wins. A patch of a record deleted
 * meanwhile is dropped: the deletion wins (the reader who deleted it was asked first). Pure.
 */

/** One field set to a value, or removed (`value` absent). `path` is a field's name, or `label.de` for a field of an object field. */
export interface FieldChange {
  readonly path: string;
  readonly value?: unknown;
}

/** The changes of one record: its fields, or the whole record when this tab made it. */
export interface RecordPatch<T extends { readonly id: string }> {
  readonly id: string;
  /** The whole record, when it is new: stored as it is unless a record of that id is there (then its fields apply). */
  readonly created?: T;
  readonly fields: readonly FieldChange[];
}

/** The fields of `record`, objects one level deep (`label.de`, `label.en`), by path. */
function flatten(record: object): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) fields.set(`${key}.${inner}`, innerValue);
    } else fields.set(key, value);
  }
  return fields;
}

/** The field changes that turn `before` into `after` (the paths whose values differ). */
export function fieldChanges(before: object, after: object): FieldChange[] {
  const was = flatten(before);
  const now = flatten(after);
  const changes: FieldChange[] = [];
  for (const path of new Set([...was.keys(), ...now.keys()])) {
    const value = now.get(path);
    if (JSON.stringify(was.get(path)) === JSON.stringify(value)) continue;
    changes.push(value === undefined ? { path } : { path, value });
  }
  return changes;
}

/**
 * What this tab changes when it saves `after` and knew the record as `before` (undefined: it is
 * new here); undefined when nothing differs.
 */
export function diffRecord<T extends { readonly id: string }>(before: T | undefined, after: T): RecordPatch<T> | undefined {
  if (!before) return { id: after.id, created: after, fields: [] };
  const fields = fieldChanges(before, after);
  return fields.length > 0 ? { id: after.id, fields } : undefined;
}

/**
 * `patch` applied to the record as stored: the record to store, or undefined when there is none to
 * store (the record was deleted meanwhile and the patch does not make it).
 */
export function applyPatch<T extends { readonly id: string }>(stored: T | undefined, patch: RecordPatch<T>): T | undefined {
  if (!stored) return patch.created;
  const fields = patch.created ? fieldChanges(stored, patch.created) : patch.fields;
  const next: Record<string, unknown> = structuredCopy(stored);
  for (const { path, value } of fields) {
    const [key, inner] = path.split('.', 2) as [string, string | undefined];
    if (inner === undefined) {
      if (value === undefined) delete next[key];
      else next[key] = value;
      continue;
    }
    const object: Record<string, unknown> = { ...(next[key] as Record<string, unknown> | undefined) };
    if (value === undefined) delete object[inner];
    else object[inner] = value;
    next[key] = object;
  }
  return next as T;
}

/** A copy of a record, its object fields copied too (one level, as {@link flatten} reads it). */
function structuredCopy(record: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    copy[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : value;
  }
  return copy;
}
