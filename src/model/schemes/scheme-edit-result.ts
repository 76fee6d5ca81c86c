/**
 * The outcome of an edit to a category scheme (scheme-editing.ts, category-deletion-plan.ts): the
 * new list of categories or a refusal with a code the UI can translate, and the small helpers that
 * build either. Shared by every edit so that they all answer alike; nothing here throws.
 */
import type { Category } from './category.js';

/** Why an edit was refused, or what it warns about. */
export type EditCode =
  | 'not-found' | 'label-empty' | 'label-taken' | 'colour-invalid' | 'line-invalid' | 'key-invalid' | 'key-reserved' | 'key-taken'
  | 'cannot-move' | 'parent-not-found' | 'parent-is-self' | 'parent-other-scheme' | 'parent-not-top-level' | 'has-children'
  | 'target-invalid' | 'colour-too-close' | 'colour-low-contrast';

/** A refusal or a warning: a code to translate, an English message, the other category involved. */
export interface EditMessage {
  readonly code: EditCode;
  readonly message: string;
  readonly otherId?: string;
}

/** An edit that went through. */
export interface EditSuccess {
  readonly ok: true;
  /** Every category given, with the edit applied (in the order given, an added one last). */
  readonly categories: Category[];
  /** The records that differ from before (to store); a deleted category is not among them. */
  readonly changed: Category[];
  /** The category edited, added or deleted, as it is now (or was, when deleted). */
  readonly category: Category;
  readonly warnings: EditMessage[];
}

/** An edit that was refused; the list stays as it was. */
export interface EditFailure {
  readonly ok: false;
  readonly error: EditMessage;
}

/** The outcome of every edit. */
export type EditResult = EditSuccess | EditFailure;

/** A refusal with `code`, an English `message` and, when there is one, the other category involved. */
export function fail(code: EditCode, message: string, otherId?: string): EditFailure {
  return { ok: false, error: { code, message, ...(otherId ? { otherId } : {}) } };
}

/** A success with the list `next`; `changed` holds the records of `next` that are not those of `before`. */
export function success(next: Category[], before: readonly Category[], category: Category, warnings: EditMessage[] = []): EditSuccess {
  const old = new Map(before.map((c) => [c.id, c]));
  return { ok: true, categories: next, changed: next.filter((c) => old.get(c.id) !== c), category, warnings };
}

/** The category without one of its optional fields. */
export function omit(category: Category, field: 'key' | 'parentId'): Category {
  const copy: { -readonly [K in keyof Category]?: Category[K] } = { ...category };
  delete copy[field];
  return copy as Category;
}
