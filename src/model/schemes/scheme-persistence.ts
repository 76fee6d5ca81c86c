/**
 * What the category store needs of storage, declared once: src/storage's CategoryRepository and
 * SchemeRepository implement it over IndexedDB. Pure types, so that src/app depends on storage only
 * through this.
 */
import type { AnnotationWrite } from '../annotations/annotation-write.js';
import type { Category, CategoryScheme } from './category.js';

/** The writes of one scheme edit that spans categories and annotations: one transaction. */
export interface CategoryChange {
  readonly categories?: { readonly put?: readonly Category[]; readonly delete?: readonly string[] };
  readonly annotations?: AnnotationWrite;
}

/** Reads the stored categories of every scheme. */
export interface CategoryPersistence {
  list(): Promise<Category[]>;
}

/** Reads and writes schemes, and which scheme each article is read with. */
export interface SchemePersistence {
  listSchemes(): Promise<CategoryScheme[]>;
  /** Stores a scheme with its categories, replacing the scheme's previous ones. */
  saveScheme(scheme: CategoryScheme, categories: readonly Category[]): Promise<void>;
  /** Writes categories and annotations together, in one transaction. */
  applyCategoryChange(change: CategoryChange): Promise<void>;
  /** Deletes a scheme that no annotation uses, and its categories. */
  deleteScheme(id: string): Promise<void>;
  schemeFor(documentId: string): Promise<string>;
  setSchemeFor(documentId: string, schemeId: string): Promise<void>;
}
