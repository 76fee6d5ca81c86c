/**
 * Category schemes in IndexedDB (issue 6): the schemes, each one's categories (through the
 * `byScheme` index), the writes of the scheme editor, and which scheme each article is read with.
 * A change that touches categories and annotations together (deleting a category whose passages
 * move to another one) is one transaction over both stores: kept whole or not at all.
 */
import { type Category, type CategoryScheme, DEFAULT_SCHEME_ID, schemeOf, sortCategories } from '../model/schemes/category.js';
import type { CategoryChange, SchemePersistence } from '../model/schemes/scheme-persistence.js';
import type { IDBPTransaction, StoreNames } from 'idb';
import { writeStores, type CloseReaderDatabase, type CloseReaderDB } from './database.js';

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
   * Stores a scheme and its categories in one transaction, each category stamped with the scheme's
   * id (so the index finds it). Categories of the scheme not given stay: delete them with
   * {@link applyCategoryChange}, which can move their annotations in the same transaction.
   */
  async saveScheme(scheme: CategoryScheme, categories: readonly Category[]): Promise<void> {
    await this.write(['schemes', 'categories'], (tx, issued) => {
      issued(tx.objectStore('schemes').put(scheme));
      for (const category of categories) issued(tx.objectStore('categories').put({ ...category, schemeId: scheme.id }));
    });
  }

  /** Writes categories and annotations, puts first, in ONE transaction: all of it or, when a request fails, none. */
  async applyCategoryChange(change: CategoryChange): Promise<void> {
    await this.write(['categories', 'annotations'], (tx, issued) => {
      const categories = tx.objectStore('categories');
      const annotations = tx.objectStore('annotations');
      for (const category of change.categories?.put ?? []) issued(categories.put(category));
      for (const annotation of change.annotations?.put ?? []) issued(annotations.put(annotation));
      for (const id of change.categories?.delete ?? []) issued(categories.delete(id));
      for (const id of change.annotations?.delete ?? []) issued(annotations.delete(id));
    });
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
