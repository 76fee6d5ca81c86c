/**
 * The outcome of an edit to a category scheme (scheme-editing.ts, category-deletion-plan.ts): the
 * one {@link Result} shape (result.ts) with the new list of categories as its value, or a refusal
 * with a code the UI can translate; and the small helpers that build them. Shared by every edit so
 * that they all answer alike; nothing here throws.
 */
import { type Failure, type Problem, type Result, type Success, fail, ok } from '../result.js';
import type { Category } from './category.js';
import type { SchemeLimitCode } from './scheme-limits.js';

/**
 * Why an edit was refused, or what it warns about. The SKOS import (skos-parse.ts) uses the same
 * codes for the same faults in a file (a colour that is none, a parent nested itself, …).
 */
export type EditCode =
  | 'not-found' | 'label-empty' | 'label-taken' | 'colour-invalid' | 'line-invalid' | 'key-invalid' | 'key-reserved' | 'key-taken'
  | 'cannot-move' | 'parent-not-found' | 'parent-is-self' | 'parent-other-scheme' | 'parent-not-top-level' | 'has-children'
  | 'target-invalid' | 'colour-too-close' | 'colour-low-contrast' | 'markup-in-field' | SchemeLimitCode;

/** What an edit that went through gives. */
export interface CategoryEdit {
  /** Every category given, with the edit applied (in the order given, an added one last). */
  readonly categories: Category[];
  /** The records that differ from before (to store); a deleted category is not among them. */
  readonly changed: Category[];
  /** The category edited, added or deleted, as it is now (or was, when deleted). */
  readonly category: Category;
}

/** An edit that went through, with its warnings (a colour too close to another, …). */
export type EditSuccess = Success<CategoryEdit, EditCode>;

/** An edit that was refused; the list stays as it was. Its problem's `params.otherId` names the other category involved, if any. */
export type EditFailure = Failure<EditCode>;

/** The outcome of every edit. */
export type EditResult = Result<CategoryEdit, EditCode>;

/** A success with the list `next`; `changed` holds the records of `next` that are not those of `before`. */
export function success(next: Category[], before: readonly Category[], category: Category, warnings: Problem<EditCode>[] = []): EditSuccess {
  const old = new Map(before.map((c) => [c.id, c]));
  return ok({ categories: next, changed: next.filter((c) => old.get(c.id) !== c), category }, warnings);
}

/**
 * A category's (or scheme's) name as a problem's parameters: `label` in English, as the English
 * message says it, and `labelDe` in German, so that the UI can name it in the reader's language.
 */
export function labelParams(named: { readonly label: { readonly de: string; readonly en: string } }): { label: string; labelDe: string } {
  return { label: named.label.en, labelDe: named.label.de };
}

/** The refusal of an edit to a category that is not there ('not-found'). */
export function notFound(id: string): EditFailure {
  return fail('not-found', { id }, `There is no category "${id}".`);
}

/** The category without one of its optional fields. */
export function omit(category: Category, field: 'key' | 'parentId'): Category {
  const copy: { -readonly [K in keyof Category]?: Category[K] } = { ...category };
  delete copy[field];
  return copy as Category;
}
