/**
 * The reader's category scheme kept in IndexedDB: the defaults seeded by the version 2 upgrade,
 * then whatever the reader renames, adds or imports. Every write resolves once it has committed.
 */
import type { CategoryPersistence } from '../model/schemes/scheme-persistence.js';
import { sortCategories, type Category } from '../model/schemes/category.js';
import { writeAll, type CloseReaderDatabase, type WriteOperation } from './database.js';

/** Reads and writes categories. */
export class CategoryRepository implements CategoryPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** Every stored category in the order a scheme shows them: by `order`, then by id. */
  async list(): Promise<Category[]> {
    return sortCategories(await this.db.getAll('categories'));
  }

  /** Stores one category, replacing the one with the same id (a rename, a new colour). */
  async put(category: Category): Promise<void> {
    await this.putMany([category]);
  }

  /** Stores all `categories` in one transaction: all of them or, if one fails, none. */
  async putMany(categories: readonly Category[]): Promise<void> {
    await writeAll(
      this.db,
      'categories',
      categories.map((category): WriteOperation<'categories'> => (store) => store.put(category)),
    );
  }
}
