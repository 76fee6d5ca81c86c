/**
 * What the category store needs of storage, declared once: src/storage's CategoryRepository and
 * SchemeRepository implement it over IndexedDB. Pure types, so that src/app depends on storage only
 * through this. Categories and schemes are written as field-level patches merged into the records
 * as stored (record-patch.ts), annotations as field-level operations (annotations/annotation-write.ts),
 * so that a tab whose copy is stale never writes over what another tab changed.
 */
import type { AnnotationWrite, AppliedWrite } from '../annotations/annotation-write.js';
import type { Category, CategoryScheme } from './category.js';
import type { RecordPatch } from './record-patch.js';

/** The writes of one scheme edit that spans categories and annotations: one transaction. */
export interface CategoryChange {
  /** The scheme's changed fields (its relation types, pruned of a deleted category: issue 17). */
  readonly scheme?: RecordPatch<CategoryScheme>;
  readonly categories?: { readonly patch?: readonly RecordPatch<Category>[]; readonly delete?: readonly string[] };
  readonly annotations?: AnnotationWrite;
}

/** A save of a scheme: the fields of the scheme and of its categories that changed, and categories to delete. */
export interface SchemeSave {
  readonly scheme?: RecordPatch<CategoryScheme>;
  readonly categories: readonly RecordPatch<Category>[];
  readonly delete?: readonly string[];
}

/** The records a save or change left stored. */
export interface SavedRecords {
  /** The scheme as stored after a save that patched it. */
  readonly scheme?: CategoryScheme;
  /** Every patched category as stored after the write. */
  readonly categories: readonly Category[];
  /** Ids of categories that are not stored after the write: deleted by it, or deleted meanwhile by another tab (the patch was dropped). */
  readonly gone: readonly string[];
}

/** What a category change did: the categories it left, and what its annotation write changed. */
export interface AppliedCategoryChange extends SavedRecords {
  readonly annotations: AppliedWrite;
}

/** Reads the stored categories of every scheme. */
export interface CategoryPersistence {
  list(): Promise<Category[]>;
}

/** Reads and writes schemes, and which scheme each article is read with. */
export interface SchemePersistence {
  listSchemes(): Promise<CategoryScheme[]>;
  /** Merges a scheme save into the stored records in one transaction; resolves to what it left stored. */
  mergeScheme(save: SchemeSave): Promise<SavedRecords>;
  /** Writes categories and annotations together, merged as stored, in one transaction. */
  applyCategoryChange(change: CategoryChange): Promise<AppliedCategoryChange>;
  /** Deletes a scheme that no annotation uses, and its categories. */
  deleteScheme(id: string): Promise<void>;
  schemeFor(documentId: string): Promise<string>;
  setSchemeFor(documentId: string, schemeId: string): Promise<void>;
}
