/**
 * Deleting a category that annotations use, as a use case: first what it would touch (the question
 * the scheme editor asks), then, once the reader chose, the category's removal and its annotations'
 * rewrite (moved to another category of the scheme, or untagged) in one transaction. The category
 * store writes the categories and the annotation store, the one writer of annotations, decides what
 * the annotations become, so its loaded articles and its undo history stay true.
 */
import type { Category } from '../../model/schemes/category.js';
import {
  applyCategoryDeletion,
  deleteCategory,
  planCategoryDeletion,
  type CategoryDeletionPlan,
  type DeletionChoice,
} from '../../model/schemes/scheme-editing.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import type { CategoryStore } from './category-store.js';

/** The stores a deletion works on. */
export interface CategoryDeletionStores {
  readonly categories: CategoryStore;
  readonly annotations: AnnotationStore;
}

/** How many annotations in how many articles use `category`, and where they could move. */
export async function planDeletion(stores: CategoryDeletionStores, category: Category): Promise<CategoryDeletionPlan> {
  return planCategoryDeletion(category, await stores.annotations.listAll(), stores.categories.categories);
}

/**
 * Deletes a category and moves or deletes its annotations as `choice` says, in one transaction.
 * Resolves to the scheme edit's result: a refusal (an unknown category, a move to itself or out of
 * its scheme) writes nothing; a storage failure rejects and writes nothing.
 */
export async function deleteCategoryAndAnnotations(stores: CategoryDeletionStores, categoryId: string, choice: DeletionChoice) {
  const removal = deleteCategory(stores.categories.categories, categoryId, choice);
  if (!removal.ok) return removal;
  await stores.annotations.rewriteForDeletedCategory(
    categoryId,
    (all) => applyCategoryDeletion(all, categoryId, choice),
    (change) => stores.categories.deleteCategory(categoryId, change, removal.value.changed),
  );
  return removal;
}
