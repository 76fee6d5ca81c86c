/**
 * The category schemes and their categories, loaded once from storage (or the default scheme when
 * nothing can be stored): the single source of truth for labels, colours, lines and keys, and for
 * which scheme each article is read with. Changes are written through before anyone is told.
 *
 * Several tabs share the database (issue 12, "Two tabs"): a save writes only the fields that
 * differ from what this store last knew (model/schemes/record-patch.ts), merged into the records as
 * stored, so a save from a tab that had not seen another tab's rename keeps that rename. After each
 * write the other tabs are told (category-tab-channel.ts) and read the schemes and categories
 * again, so their scheme editor and reader show the change.
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
import type { AnnotationWrite, AppliedWrite } from '../../model/annotations/annotation-write.js';
import { diffRecord, type RecordPatch } from '../../model/schemes/record-patch.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { pruneRelationTypes, sameRelationTypes, schemeRelationTypes } from '../../model/schemes/scheme-relation-types.js';
import type { CategoryPersistence, SavedRecords, SchemePersistence } from '../../model/schemes/scheme-persistence.js';
import { noStorageError } from '../storage-error.js';
import { CategoryTabChannel } from './category-tab-channel.js';

/** See the module comment. */
export class CategoryStore {
  private list: readonly Category[] = [];
  private byId = new Map<string, Category>();
  private schemeList: readonly CategoryScheme[];
  private readonly schemeChoice = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private readonly channel: CategoryTabChannel;

  private constructor(
    categories: readonly Category[],
    schemes: readonly CategoryScheme[],
    /** Scheme storage; undefined when nothing can be stored (then schemes cannot be edited). */
    readonly schemePersistence: SchemePersistence | undefined,
    private readonly persistence?: CategoryPersistence,
    channelName?: string,
  ) {
    this.schemeList = schemes.length > 0 ? schemes : [DEFAULT_SCHEME];
    this.setCategories(categories);
    // A read that fails leaves the store as it was; the next news reads again.
    this.channel = new CategoryTabChannel(channelName, () => void this.reload().catch(() => undefined));
  }

  /**
   * A store over what storage holds; the default scheme if storage holds none. With `channelName`
   * (the app passes CATEGORIES_CHANNEL) it tells the other tabs of its writes and reloads on theirs.
   */
  static async load(persistence: CategoryPersistence, schemes?: SchemePersistence, channelName?: string): Promise<CategoryStore> {
    const stored = await persistence.list();
    return new CategoryStore(stored.length > 0 ? stored : DEFAULT_CATEGORIES, (await schemes?.listSchemes()) ?? [], schemes, persistence, channelName);
  }

  /** A store of the default scheme, for when nothing can be stored. */
  static defaults(): CategoryStore {
    return new CategoryStore(DEFAULT_CATEGORIES, [], undefined);
  }

  /** Reads the schemes and categories again (another tab changed them) and tells the listeners. */
  async reload(): Promise<void> {
    if (!this.persistence) return;
    const [categories, schemes] = await Promise.all([this.persistence.list(), this.schemePersistence?.listSchemes()]);
    if (categories.length > 0) this.setCategories(categories);
    if (schemes && schemes.length > 0) this.schemeList = schemes;
    this.emit();
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.channel.close();
  }

  /** All categories of all schemes, in scheme order. */
  get categories(): readonly Category[] {
    return this.list;
  }

  /** All schemes, the default first. */
  get schemes(): readonly CategoryScheme[] {
    return this.schemeList;
  }

  /**
   * The relation types of a scheme (issue 17), from the loaded schemes: the scheme's own, or for the
   * default scheme stored without any the three it ships; none for an unknown scheme.
   */
  relationTypes(schemeId: string): readonly RelationType[] {
    const scheme = this.schemeList.find((s) => s.id === schemeId);
    return scheme ? schemeRelationTypes(scheme) : [];
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
    this.channel.post();
  }

  /**
   * Saves a scheme with its categories, then tells everyone: only the fields that differ from what
   * this store knew, merged into the records as stored (see the module comment), and the deletion of
   * `deleted`. Categories of the scheme not given stay as they are. Afterwards the store holds the
   * records as stored, with what other tabs changed in them.
   */
  async saveScheme(scheme: CategoryScheme, categories: readonly Category[], deleted: readonly string[] = []): Promise<void> {
    const persistence = this.requireStorage();
    const schemePatch = this.schemePatch(deleted.length > 0 ? pruned(scheme, deleted) : scheme);
    const patches = this.patches(categories.map((category) => ({ ...category, schemeId: scheme.id })));
    if (!schemePatch && patches.length === 0 && deleted.length === 0) return;
    const saved = await persistence.mergeScheme({ ...(schemePatch ? { scheme: schemePatch } : {}), categories: patches, delete: deleted });
    this.keepScheme(saved.scheme);
    this.keep(saved);
  }

  /**
   * Saves a scheme's relation types (issue 17: the scheme editor's add, rename, categories, delete)
   * on its scheme record, as saveScheme saves a scheme; rejects for a scheme it does not know.
   */
  async saveRelationTypes(schemeId: string, types: readonly RelationType[], now: string = new Date().toISOString()): Promise<void> {
    const scheme = this.schemeList.find((s) => s.id === schemeId);
    if (!scheme) throw new Error(`saveRelationTypes: there is no scheme "${schemeId}"`);
    if (sameRelationTypes(schemeRelationTypes(scheme), types)) return;
    await this.saveScheme({ ...scheme, relationTypes: types, modified: now }, []);
  }

  /**
   * Deletes a category, moving or deleting its annotations as the reader chose, in one transaction;
   * resolves to what the annotation write changed (for the annotation store).
   */
  async deleteCategory(categoryId: string, annotations: AnnotationWrite, reparented: readonly Category[]): Promise<AppliedWrite> {
    const category = this.byId.get(categoryId);
    const scheme = category && this.schemeList.find((s) => s.id === schemeOf(category));
    // Its scheme's relation types forget it in the same transaction (a type left connecting nothing goes).
    const schemePatch = scheme && this.schemePatch(pruned(scheme, [categoryId]));
    const applied = await this.requireStorage().applyCategoryChange({
      ...(schemePatch ? { scheme: schemePatch } : {}),
      categories: { patch: this.patches(reparented), delete: [categoryId] },
      annotations,
    });
    this.keepScheme(applied.scheme);
    this.keep(applied);
    return applied.annotations;
  }

  /** Deletes a scheme that is not the default, and its categories. */
  async deleteScheme(schemeId: string): Promise<void> {
    await this.requireStorage().deleteScheme(schemeId);
    this.schemeList = this.schemeList.filter((scheme) => scheme.id !== schemeId);
    this.setCategories(this.list.filter((category) => schemeOf(category) !== schemeId));
    for (const [documentId, chosen] of this.schemeChoice) if (chosen === schemeId) this.schemeChoice.set(documentId, DEFAULT_SCHEME_ID);
    this.emit();
    this.channel.post();
  }

  /** Calls `listener` after categories change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The field changes of `scheme` against what this store knows of it; undefined when none differ. */
  private schemePatch(scheme: CategoryScheme): RecordPatch<CategoryScheme> | undefined {
    // The default scheme stood in for none stored: that one is new.
    return diffRecord(this.schemeList.find((s) => s.id === scheme.id && s !== DEFAULT_SCHEME), scheme);
  }

  /** Takes in a scheme as a write left it stored. */
  private keepScheme(stored: CategoryScheme | undefined): void {
    if (stored) this.schemeList = [...this.schemeList.filter((s) => s.id !== stored.id), stored].sort(bySchemeOrder);
  }

  /** The field changes of `categories` against what this store knows of them. */
  private patches(categories: readonly Category[]): RecordPatch<Category>[] {
    return categories.flatMap((category) => diffRecord(this.byId.get(category.id), category) ?? []);
  }

  /** Takes in the records a write left stored, then tells the listeners and the other tabs. */
  private keep(saved: SavedRecords): void {
    const replaced = new Set([...saved.gone, ...saved.categories.map((category) => category.id)]);
    this.setCategories([...this.list.filter((category) => !replaced.has(category.id)), ...saved.categories]);
    this.emit();
    this.channel.post();
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

/** `scheme` with its relation types (the default scheme's three when it has none of its own) pruned of `deleted` categories. */
function pruned(scheme: CategoryScheme, deleted: readonly string[]): CategoryScheme {
  const types = schemeRelationTypes(scheme);
  const kept = pruneRelationTypes(types, deleted);
  return kept === types ? scheme : { ...scheme, relationTypes: kept };
}
