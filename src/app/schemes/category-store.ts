/**
 * The category schemes and their categories, loaded once from storage (or the default scheme when
 * nothing can be stored): the single source of truth for labels, colours, lines and keys, and for
 * which scheme each article is read with. Changes are written through before anyone is told.
 */
import {
  type Category,
  type CategoryScheme,
  DEFAULT_CATEGORIES,
  DEFAULT_SCHEME,
  DEFAULT_SCHEME_ID,
  categoryForKey,
  categoryLabel,
  schemeOf,
  sortCategories,
} from '../../model/schemes/category.js';
import type { AnnotationWrite } from '../../model/annotations/annotation-write.js';
import type { CategoryPersistence, SchemePersistence } from '../../model/schemes/scheme-persistence.js';
import { noStorageError } from '../storage-error.js';

/** See the module comment. */
export class CategoryStore {
  private list: readonly Category[] = [];
  private byId = new Map<string, Category>();
  private schemeList: readonly CategoryScheme[];
  private readonly schemeChoice = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  private constructor(
    categories: readonly Category[],
    schemes: readonly CategoryScheme[],
    /** Scheme storage; undefined when nothing can be stored (then schemes cannot be edited). */
    readonly schemePersistence: SchemePersistence | undefined,
  ) {
    this.schemeList = schemes.length > 0 ? schemes : [DEFAULT_SCHEME];
    this.setCategories(categories);
  }

  /** A store over what storage holds; the default scheme if storage holds none. */
  static async load(persistence: CategoryPersistence, schemes?: SchemePersistence): Promise<CategoryStore> {
    const stored = await persistence.list();
    return new CategoryStore(stored.length > 0 ? stored : DEFAULT_CATEGORIES, (await schemes?.listSchemes()) ?? [], schemes);
  }

  /** A store of the default scheme, for when nothing can be stored. */
  static defaults(): CategoryStore {
    return new CategoryStore(DEFAULT_CATEGORIES, [], undefined);
  }

  /** All categories of all schemes, in scheme order. */
  get categories(): readonly Category[] {
    return this.list;
  }

  /** All schemes, the default first. */
  get schemes(): readonly CategoryScheme[] {
    return this.schemeList;
  }

  /** The categories of one scheme, in order. */
  inScheme(schemeId: string): Category[] {
    return this.list.filter((category) => schemeOf(category) === schemeId);
  }

  /** The category with this id (in any scheme). */
  get(id: string): Category | undefined {
    return this.byId.get(id);
  }

  /** The category of a scheme that a key tags with. */
  forKey(key: string, schemeId = DEFAULT_SCHEME_ID): Category | undefined {
    return categoryForKey(this.inScheme(schemeId), key);
  }

  /** The label of a category in a language; the id itself for an unknown category. */
  label(id: string, locale: string): string {
    const category = this.byId.get(id);
    return category ? categoryLabel(category, locale) : id;
  }

  /** The scheme an article is read with (the default until the reader chooses another). */
  async schemeFor(documentId: string): Promise<string> {
    let chosen = this.schemeChoice.get(documentId);
    if (!chosen) {
      chosen = (await this.schemePersistence?.schemeFor(documentId)) ?? DEFAULT_SCHEME_ID;
      if (!this.schemeList.some((scheme) => scheme.id === chosen)) chosen = DEFAULT_SCHEME_ID;
      this.schemeChoice.set(documentId, chosen);
    }
    return chosen;
  }

  /** Chooses the scheme an article is read with, and remembers it. */
  async setSchemeFor(documentId: string, schemeId: string): Promise<void> {
    await this.schemePersistence?.setSchemeFor(documentId, schemeId);
    this.schemeChoice.set(documentId, schemeId);
    this.emit();
  }

  /** Adds categories that were just written (an import's new ones) and tells the listeners. */
  addStored(categories: readonly Category[]): void {
    if (categories.length === 0) return;
    this.setCategories([...this.list.filter((c) => !categories.some((n) => n.id === c.id)), ...categories]);
    this.emit();
  }

  /** Saves a scheme with its categories (replacing the scheme's previous ones), then tells everyone. */
  async saveScheme(scheme: CategoryScheme, categories: readonly Category[], deleted: readonly string[] = []): Promise<void> {
    const persistence = this.requireStorage();
    if (deleted.length > 0) await persistence.applyCategoryChange({ categories: { delete: deleted } });
    await persistence.saveScheme(scheme, categories);
    this.schemeList = [...this.schemeList.filter((s) => s.id !== scheme.id), scheme].sort(bySchemeOrder);
    const others = this.list.filter((category) => schemeOf(category) !== scheme.id && !deleted.includes(category.id));
    this.setCategories([...others, ...categories]);
    this.emit();
  }

  /** Deletes a category, moving or deleting its annotations as the reader chose, in one transaction. */
  async deleteCategory(
    categoryId: string,
    annotations: AnnotationWrite,
    reparented: readonly Category[],
  ): Promise<void> {
    await this.requireStorage().applyCategoryChange({ categories: { put: reparented, delete: [categoryId] }, annotations });
    this.setCategories([...this.list.filter((c) => c.id !== categoryId && !reparented.some((r) => r.id === c.id)), ...reparented]);
    this.emit();
  }

  /** Deletes a scheme that is not the default, and its categories. */
  async deleteScheme(schemeId: string): Promise<void> {
    await this.requireStorage().deleteScheme(schemeId);
    this.schemeList = this.schemeList.filter((scheme) => scheme.id !== schemeId);
    this.setCategories(this.list.filter((category) => schemeOf(category) !== schemeId));
    for (const [documentId, chosen] of this.schemeChoice) if (chosen === schemeId) this.schemeChoice.set(documentId, DEFAULT_SCHEME_ID);
    this.emit();
  }

  /** Calls `listener` after categories change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private requireStorage(): SchemePersistence {
    if (!this.schemePersistence) throw noStorageError();
    return this.schemePersistence;
  }

  private setCategories(categories: readonly Category[]): void {
    this.list = sortCategories(categories);
    this.byId = new Map(this.list.map((category) => [category.id, category]));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function bySchemeOrder(a: CategoryScheme, b: CategoryScheme): number {
  if (a.id === DEFAULT_SCHEME_ID) return -1;
  if (b.id === DEFAULT_SCHEME_ID) return 1;
  return a.label.en.localeCompare(b.label.en);
}
