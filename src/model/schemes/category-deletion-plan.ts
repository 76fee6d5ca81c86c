/**
 * Deleting a category (issue 6), in three pure steps: what it would touch (the question the editor
 * asks first), the new list of categories (its children become top-level, in place), and the
 * annotation writes (moved to another category of the scheme, or untagged and deleted when it was
 * their only one). The UI runs them in category-deletion.ts; nothing here throws.
 */
import type { Annotation } from '../annotations/annotation.js';
import { type Category, schemeOf } from './category.js';
import { fail } from '../result.js';
import { type EditResult, labelParams, notFound, omit, success } from './scheme-edit-result.js';

/** What to do with the annotations of a deleted category. */
export type DeletionChoice = { readonly kind: 'move'; readonly to: string } | { readonly kind: 'delete' };

/** What deleting a category would touch: the question the editor asks before it does. */
export interface CategoryDeletionPlan {
  /** Annotations tagged with the category, in all articles. */
  readonly count: number;
  /** Articles those annotations are in. */
  readonly documents: number;
  /** Its children as they will be after the deletion: top-level, in place. */
  readonly children: Category[];
  /** Where its annotations can move: the other categories of its scheme. */
  readonly targets: Category[];
}

/** The annotation writes of a deletion: one transaction with the category's removal. */
export interface CategoryDeletionChange {
  readonly put: Annotation[];
  readonly delete: string[];
}

/** How many annotations use `category`, in how many articles, and what becomes of its children. */
export function planCategoryDeletion(
  category: Category,
  annotations: readonly Annotation[],
  categories: readonly Category[] = [],
): CategoryDeletionPlan {
  const using = annotations.filter((annotation) => annotation.categoryIds.includes(category.id));
  const scheme = categories.filter((c) => schemeOf(c) === schemeOf(category) && c.id !== category.id);
  return {
    count: using.length,
    documents: new Set(using.map((annotation) => annotation.documentId)).size,
    children: scheme.filter((c) => c.parentId === category.id).map((c) => omit(c, 'parentId')),
    targets: scheme,
  };
}

/** Removes a category (its children become top-level, in place), once `choice` is a valid one for its annotations. */
export function deleteCategory(categories: readonly Category[], id: string, choice: DeletionChoice): EditResult {
  const category = categories.find((c) => c.id === id);
  if (!category) return notFound(id);
  const target = choice.kind === 'move' ? categories.find((c) => c.id === choice.to) : category;
  if (!target || (choice.kind === 'move' && (target.id === id || schemeOf(target) !== schemeOf(category)))) {
    const params = { ...labelParams(category), ...(choice.kind === 'move' ? { to: choice.to } : {}) };
    return fail('target-invalid', params, `The annotations of "${category.label.en}" can only move to another category of its scheme.`);
  }
  const next = categories.filter((c) => c.id !== id).map((c) => (c.parentId === id ? omit(c, 'parentId') : c));
  return success(next, categories, category);
}

/**
 * The annotation writes of deleting `categoryId`: moved, each annotation gets `choice.to` in its
 * place (once); deleted, an annotation loses the category, and one tagged with it alone is deleted.
 * A move to the deleted category itself changes nothing (deleteCategory refuses it first).
 */
export function applyCategoryDeletion(
  annotations: readonly Annotation[],
  categoryId: string,
  choice: DeletionChoice,
  now: string = new Date().toISOString(),
): CategoryDeletionChange {
  const change: CategoryDeletionChange = { put: [], delete: [] };
  if (choice.kind === 'move' && choice.to === categoryId) return change;
  const replacement = choice.kind === 'move' ? [choice.to] : [];
  for (const annotation of annotations) {
    if (!annotation.categoryIds.includes(categoryId)) continue;
    const ids = [...new Set(annotation.categoryIds.flatMap((id) => (id === categoryId ? replacement : [id])))];
    if (ids.length === 0) change.delete.push(annotation.id);
    else change.put.push({ ...annotation, categoryIds: ids, modified: now });
  }
  return change;
}
