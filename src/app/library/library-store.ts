/**
 * The library as the app shows it: the shipped articles and the reader's own documents, one
 * ArticleSource for every view, and the single source of truth for adding and deleting own
 * documents (written to IndexedDB before anyone is told).
 */
import type { ArticleBody } from '../../model/documents/article.js';
import type { ArticleEntry, ArticleSource } from '../../model/documents/library.js';
import type { DocumentPersistence } from '../../model/documents/document-persistence.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';

/** See the module comment. */
export class LibraryStore implements ArticleSource {
  private own: OwnDocument[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly shipped: ArticleSource,
    private readonly persistence: DocumentPersistence | undefined,
  ) {}

  /** The library over the shipped articles and what storage holds of own documents. */
  static async load(shipped: ArticleSource, persistence: DocumentPersistence | undefined): Promise<LibraryStore> {
    const store = new LibraryStore(shipped, persistence);
    store.own = (await persistence?.list()) ?? [];
    return store;
  }

  /** Shipped articles first, then own documents by title. */
  get entries(): readonly ArticleEntry[] {
    return [...this.shipped.entries, ...this.own.map(entryOf)];
  }

  entry(id: string): ArticleEntry | undefined {
    const own = this.own.find((document) => document.id === id);
    return own ? entryOf(own) : this.shipped.entry(id);
  }

  loadBody(id: string): Promise<ArticleBody> {
    const own = this.own.find((document) => document.id === id);
    if (own) return Promise.resolve({ id: own.id, lang: own.lang, blocks: own.blocks });
    return this.shipped.loadBody(id);
  }

  /** Adds an own document (stored first). */
  async add(document: OwnDocument): Promise<void> {
    if (!this.persistence) throw new Error('Nothing can be stored in this browser, so documents cannot be added.');
    await this.persistence.put(document);
    this.own = [...this.own.filter((d) => d.id !== document.id), document].sort((a, b) => a.title.localeCompare(b.title));
    this.emit();
  }

  /** Adds own documents that were just stored by someone else (an import), and tells the listeners. */
  addStored(documents: readonly OwnDocument[]): void {
    if (documents.length === 0) return;
    const ids = new Set(documents.map((document) => document.id));
    this.own = [...this.own.filter((d) => !ids.has(d.id)), ...documents].sort((a, b) => a.title.localeCompare(b.title));
    this.emit();
  }

  /** The stored form of an own document, for exports that carry it. */
  ownDocument(id: string): OwnDocument | undefined {
    return this.own.find((document) => document.id === id);
  }

  /** How many annotations deleting an own document would delete with it. */
  countAnnotations(id: string): Promise<number> {
    return this.persistence?.countAnnotations(id) ?? Promise.resolve(0);
  }

  /** Deletes an own document and its annotations; resolves to how many annotations went. */
  async delete(id: string): Promise<number> {
    if (!this.persistence) return 0;
    const removed = await this.persistence.deleteWithAnnotations(id);
    this.own = this.own.filter((document) => document.id !== id);
    this.emit();
    return removed;
  }

  /** Calls `listener` after the library changed; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function entryOf(document: OwnDocument): ArticleEntry {
  return {
    id: document.id,
    iri: document.iri,
    title: document.title,
    titleSource: 'text',
    lang: document.lang,
    digest: document.digest,
    wordCount: document.wordCount,
    own: true,
  };
}
