/**
 * The categories the reader tags with, loaded once from storage (or the default scheme when
 * nothing can be stored). The single source of truth for labels, colours, lines and keys.
 */
import { type Category, DEFAULT_CATEGORIES, categoryForKey, categoryLabel, sortCategories } from '../model/category.js';

/** What the store needs of storage: the CategoryRepository of src/storage has this shape. */
export interface CategoryPersistence {
  list(): Promise<Category[]>;
}

/** See the module comment. */
export class CategoryStore {
  private list: readonly Category[];
  private byId: Map<string, Category>;
  private readonly listeners = new Set<() => void>();

  private constructor(categories: readonly Category[]) {
    this.list = sortCategories(categories);
    this.byId = new Map(this.list.map((category) => [category.id, category]));
  }

  /** A store over what storage holds; the default scheme if storage holds none. */
  static async load(persistence: CategoryPersistence): Promise<CategoryStore> {
    const stored = await persistence.list();
    return new CategoryStore(stored.length > 0 ? stored : DEFAULT_CATEGORIES);
  }

  /** A store of the default scheme, for when nothing can be stored. */
  static defaults(): CategoryStore {
    return new CategoryStore(DEFAULT_CATEGORIES);
  }

  /** All categories in scheme order. */
  get categories(): readonly Category[] {
    return this.list;
  }

  /** The category with this id. */
  get(id: string): Category | undefined {
    return this.byId.get(id);
  }

  /** The category a key tags with. */
  forKey(key: string): Category | undefined {
    return categoryForKey(this.list, key);
  }

  /**
   * Adds categories that were just written (an import's new ones) and tells the listeners. The
   * caller has stored them; this keeps the running app in step.
   */
  addStored(categories: readonly Category[]): void {
    if (categories.length === 0) return;
    this.list = sortCategories([...this.list.filter((c) => !categories.some((n) => n.id === c.id)), ...categories]);
    this.byId = new Map(this.list.map((category) => [category.id, category]));
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after categories change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The label of a category in a language; the id itself for an unknown category. */
  label(id: string, locale: string): string {
    const category = this.byId.get(id);
    return category ? categoryLabel(category, locale) : id;
  }
}
