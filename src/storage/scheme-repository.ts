/**
 * Category schemes in IndexedDB (issue 6): the schemes, each one's categories (through the
 * `byScheme` index), the writes of the scheme editor, and which scheme each article is read with.
 * A change that touches categories and annotations together (deleting a category whose passages
 * move to another one) is one transaction over both stores: kept whole or not at all. The editor's
 * writes are field-level patches applied to the records as stored inside their transaction
 * (model/schemes/record-patch.ts), so a save from a tab whose copy is stale changes only what that
 * tab changed (issue 12, "Two tabs").
 */
import { type Category, type CategoryScheme, DEFAULT_SCHEME_ID, schemeOf, sortCategories } from '../model/schemes/category.js';
import type { AppliedCategoryChange, CategoryChange, SavedRecords, SchemePersistence, SchemeSave } from '../model/schemes/scheme-persistence.js';
import { applyPatch, type RecordPatch } from '../model/schemes/record-patch.js';
import type { IDBPTransaction, StoreNames } from 'idb';
import { writeStores, type CloseReaderDatabase, type CloseReaderDB } from './database.js';
import { mergeAnnotationsInTransaction } from './annotation-merge-writer.js';

/** A readwrite transaction over some of the stores. */
type WriteTransaction = IDBPTransaction<CloseReaderDB, StoreNames<CloseReaderDB>[], 'readwrite'>;


/** The settings key under which an article's chosen scheme is kept. */
export function schemeSettingKey(documentId: string): string {
  return `scheme:${documentId}`;
}

/** Why a scheme was not deleted: it is the default, it is not there, or annotations use its categories. */
export class SchemeDeletionRefused extends Error {
  constructor(
    readonly reason: 'default-scheme' | 'not-found' | 'in-use',
    readonly schemeId: string,
    /** For `in-use`: how many annotations are tagged with the scheme's categories. */
    readonly annotations = 0,
  ) {
    super(
      reason === 'default-scheme'
        ? 'The default scheme cannot be deleted.'
        : reason === 'not-found'
          ? `There is no scheme "${schemeId}".`
          : `${annotations} annotation(s) use categories of the scheme "${schemeId}"; delete or move them first.`,
    );
    this.name = 'SchemeDeletionRefused';
  }
}

/** Reads and writes schemes; every write resolves once its transaction has committed. */
export class SchemeRepository implements SchemePersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** Every scheme, the default first, then by English name. */
  async listSchemes(): Promise<CategoryScheme[]> {
    const schemes = await this.db.getAll('schemes');
    const isDefault = (scheme: CategoryScheme): number => Number(scheme.id === DEFAULT_SCHEME_ID);
    return schemes.sort((a, b) => isDefault(b) - isDefault(a) || a.label.en.localeCompare(b.label.en));
  }

  /** The scheme with this id, if any. */
  async getScheme(id: string): Promise<CategoryScheme | undefined> {
    return this.db.get('schemes', id);
  }

  /**
   * A scheme's categories in order, through the `byScheme` index. For the default scheme the store
   * is read whole: categories written without a `schemeId` (an import's new ones, see
   * import-writer.ts) belong to it but are not in the index.
   */
  async listCategories(schemeId: string): Promise<Category[]> {
    if (schemeId !== DEFAULT_SCHEME_ID) return sortCategories(await this.db.getAllFromIndex('categories', 'byScheme', schemeId));
    return sortCategories((await this.db.getAll('categories')).filter((category) => schemeOf(category) === DEFAULT_SCHEME_ID));
  }

  /**
   * Stores a scheme and its categories whole in one transaction, each category stamped with the
   * scheme's id (so the index finds it). Categories of the scheme not given stay. For fixtures and
   * tests: the app saves through {@link mergeScheme}, which writes only what changed.
   */
  async saveScheme(scheme: CategoryScheme, categories: readonly Category[]): Promise<void> {
    await this.write(['schemes', 'categories'], (tx, issued) => {
      issued(tx.objectStore('schemes').put(scheme));
      for (const category of categories) issued(tx.objectStore('categories').put({ ...category, schemeId: scheme.id }));
    });
  }

  /**
   * Applies a scheme save to the records as stored, in ONE transaction: the scheme's changed fields,
   * each category's changed fields (a new one whole), the deletions. A patch of a category deleted
   * meanwhile is dropped (see record-patch.ts). Resolves to what it left stored.
   */
  async mergeScheme(save: SchemeSave): Promise<SavedRecords> {
    let saved: SavedRecords = { categories: [], gone: [] };
    await this.write(['schemes', 'categories'], async (tx, issued) => {
      const schemes = tx.objectStore('schemes');
      const patched = save.scheme;
      const [stored, categories] = await Promise.all([
        patched ? schemes.get(patched.id) : undefined,
        this.patchCategories(tx, save.categories, save.delete ?? [], issued),
      ]);
      const scheme = patched ? applyPatch(stored, patched) : undefined;
      if (scheme) issued(schemes.put(scheme));
      saved = { ...categories, ...(scheme ? { scheme } : {}) };
    });
    return saved;
  }

  /**
   * Writes categories and annotations in ONE transaction, each merged into the records as stored
   * (category patches, then annotation operations, then category deletions), and the scheme's patch
   * when there is one (a deleted category's relation types pruned): all of it or, when a request
   * fails, none.
   */
  async applyCategoryChange(change: CategoryChange): Promise<AppliedCategoryChange> {
    let applied: AppliedCategoryChange = { categories: [], gone: [], annotations: { changes: [], inverse: [] } };
    await this.write(['schemes', 'categories', 'annotations', 'relations'], async (tx, issued) => {
      const patched = change.scheme;
      const categories = this.patchCategories(tx, change.categories?.patch ?? [], change.categories?.delete ?? [], issued);
      const annotations = change.annotations ? mergeAnnotationsInTransaction(tx, change.annotations, issued) : undefined;
      const storedScheme = patched ? tx.objectStore('schemes').get(patched.id) : undefined;
      const [saved, merged, before] = await Promise.all([categories, annotations, storedScheme]);
      // The scheme's patch (its relation types pruned of the deleted category), in the same transaction.
      const scheme = patched ? applyPatch(before, patched) : undefined;
      if (scheme) issued(tx.objectStore('schemes').put(scheme));
      const { changes, inverse, relationChanges } = merged ?? { changes: [], inverse: [], relationChanges: [] };
      applied = { ...saved, ...(scheme ? { scheme } : {}), annotations: { changes, inverse, relationChanges } };
    });
    return applied;
  }

  /**
   * Deletes a scheme with its categories, and sends the articles that were read with it back to
   * the default, in one transaction. Rejects with {@link SchemeDeletionRefused} for the default
   * scheme, one that is not there, or one whose categories annotations still use (nothing is lost:
   * delete or move those first, see planCategoryDeletion).
   */
  async deleteScheme(id: string): Promise<void> {
    if (id === DEFAULT_SCHEME_ID) throw new SchemeDeletionRefused('default-scheme', id);
    let refusal: SchemeDeletionRefused | undefined;
    await this.write(['schemes', 'categories', 'annotations', 'settings'], async (tx, issued) => {
      // Reads of this same transaction: nothing unrelated is awaited while it is open.
      const [scheme, categoryIds, annotations, settings] = await Promise.all([
        tx.objectStore('schemes').get(id),
        tx.objectStore('categories').index('byScheme').getAllKeys(id),
        tx.objectStore('annotations').getAll(),
        tx.objectStore('settings').getAll(IDBKeyRange.bound('scheme:', 'scheme:\uffff')),
      ]);
      const ids = new Set(categoryIds);
      const using = annotations.filter((annotation) => annotation.categoryIds.some((categoryId) => ids.has(categoryId))).length;
      if (!scheme || using > 0) {
        refusal = new SchemeDeletionRefused(scheme ? 'in-use' : 'not-found', id, using);
        return;
      }
      issued(tx.objectStore('schemes').delete(id));
      for (const categoryId of categoryIds) issued(tx.objectStore('categories').delete(categoryId));
      for (const record of settings) if (record.value === id) issued(tx.objectStore('settings').delete(record.key));
    });
    if (refusal) throw refusal;
  }

  /** How many annotations use a scheme's categories: what the editor says before deleting it. */
  async annotationsUsing(schemeId: string): Promise<number> {
    const ids = new Set((await this.listCategories(schemeId)).map((category) => category.id));
    return (await this.db.getAll('annotations')).filter((annotation) => annotation.categoryIds.some((id) => ids.has(id))).length;
  }

  /** The scheme an article is read with: the one chosen for it, or the default when none was or it is gone. */
  async schemeFor(documentId: string): Promise<string> {
    const tx = this.db.transaction(['settings', 'schemes'], 'readonly');
    const record = await tx.objectStore('settings').get(schemeSettingKey(documentId));
    const chosen = typeof record?.value === 'string' ? record.value : undefined;
    const exists = chosen !== undefined && (await tx.objectStore('schemes').count(chosen)) > 0;
    await tx.done;
    return exists ? chosen : DEFAULT_SCHEME_ID;
  }

  /** Chooses the scheme an article is read with; resolves once stored. */
  async setSchemeFor(documentId: string, schemeId: string): Promise<void> {
    const record = { key: schemeSettingKey(documentId), value: schemeId };
    await this.write(['settings'], (tx, issued) => issued(tx.objectStore('settings').put(record)));
  }

  /**
   * Reads the categories `patches` name in `tx`, applies the patches and issues the puts, then the
   * deletes of `deleted`. Only requests of `tx` are awaited.
   */
  private async patchCategories(
    tx: WriteTransaction,
    patches: readonly RecordPatch<Category>[],
    deleted: readonly string[],
    issued: (request: Promise<unknown>) => void,
  ): Promise<SavedRecords> {
    const store = tx.objectStore('categories');
    const stored = await Promise.all(patches.map((patch) => store.get(patch.id)));
    const categories: Category[] = [];
    const gone = new Set<string>();
    patches.forEach((patch, i) => {
      const category = applyPatch(stored[i], patch);
      if (category) categories.push(category);
      else gone.add(patch.id);
    });
    for (const category of categories) issued(store.put(category));
    for (const id of deleted) {
      issued(store.delete(id));
      gone.add(id);
    }
    return { categories: categories.filter((category) => !gone.has(category.id)), gone: [...gone] };
  }

  /**
   * Runs `issue` in one readwrite transaction over `stores` and waits for the commit; `issue` hands
   * each request to `issued` as it makes it. A request that cannot even be issued (a record without
   * its key) aborts the transaction and its error is rethrown; a request that fails later aborts it
   * too, and its error (not the generic AbortError) is what rejects.
   */
  private write(
    stores: StoreNames<CloseReaderDB>[],
    issue: (tx: WriteTransaction, issued: (request: Promise<unknown>) => void) => void | Promise<void>,
  ): Promise<void> {
    return writeStores(this.db, stores, issue);
  }
}
