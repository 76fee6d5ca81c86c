/**
 * The library as the app shows it: the shipped articles and the reader's own documents, one
 * ArticleSource for every view, and the single source of truth for adding and deleting own
 * documents (written to IndexedDB before anyone is told).
 *
 * Each id names one document, and a shipped article is never replaced (issue 12): an own document
 * stored under a shipped article's id (an import before carried documents were matched by IRI
 * could do that) is moved to an id of its own when the library loads, and its annotations stay
 * with the article, whose id they carry. An own document is checked as it is opened, like a shipped
 * body: a broken one (a damaged profile, an older version) is listed and can be deleted, and opening
 * it rejects with its problems (DocumentProblemsError) for the reader page to say.
 */
import type { ArticleBody } from '../../model/documents/article.js';
import { type ArticleEntry, type ArticleSource, parseArticleBody } from '../../model/documents/library.js';
import type { DocumentPersistence } from '../../model/documents/document-persistence.js';
import { DocumentProblemsError } from '../../model/documents/document-problems-error.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import { documentIdFor } from '../../model/w3c/carried-document-match.js';

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
    if (persistence) store.own = await store.repaired(await persistence.list(), persistence);
    return store;
  }

  /**
   * `stored` with each document under a shipped article's id moved to an id of its own (in
   * storage first). One that cannot be moved stays out of the list for this visit: the shipped
   * article keeps its id either way.
   */
  private async repaired(stored: readonly OwnDocument[], persistence: DocumentPersistence): Promise<OwnDocument[]> {
    const taken = new Set([...this.shipped.entries.map((entry) => entry.id), ...stored.map((document) => document.id)]);
    const kept: OwnDocument[] = [];
    for (const document of stored) {
      if (!this.shipped.entry(document.id)) {
        kept.push(document);
        continue;
      }
      const moved = { ...document, id: documentIdFor(String(document.title), String(document.iri), (id) => taken.has(id)) };
      try {
        await persistence.rename(document.id, moved);
        taken.add(moved.id);
        kept.push(moved);
      } catch (error) {
        console.error(`could not move the own document stored under the shipped article's id "${document.id}"`, error);
      }
    }
    return kept.sort(byTitle);
  }

  /** Shipped articles first, then own documents by title. */
  get entries(): readonly ArticleEntry[] {
    return [...this.shipped.entries, ...this.own.map(entryOf)];
  }

  /** The entry with this id: a shipped article's id always names the shipped article. */
  entry(id: string): ArticleEntry | undefined {
    const shipped = this.shipped.entry(id);
    if (shipped) return shipped;
    const own = this.own.find((document) => document.id === id);
    return own ? entryOf(own) : undefined;
  }

  /**
   * The checked body of an article or own document; rejects with a DocumentProblemsError that
   * names what is wrong when a stored document is broken (parseArticleBody, as for shipped bodies).
   */
  loadBody(id: string): Promise<ArticleBody> {
    const own = this.shipped.entry(id) ? undefined : this.own.find((document) => document.id === id);
    if (!own) return this.shipped.loadBody(id);
    const parsed = parseArticleBody({ id: own.id, lang: own.lang, blocks: own.blocks }, own.id);
    return parsed.ok ? Promise.resolve(parsed.value) : Promise.reject(new DocumentProblemsError(parsed.problems));
  }

  /** Adds an own document (stored first). */
  async add(document: OwnDocument): Promise<void> {
    if (!this.persistence) throw new Error('Nothing can be stored in this browser, so documents cannot be added.');
    await this.persistence.put(document);
    this.own = [...this.own.filter((d) => d.id !== document.id), document].sort(byTitle);
    this.emit();
  }

  /** Adds own documents that were just stored by someone else (an import), and tells the listeners. */
  addStored(documents: readonly OwnDocument[]): void {
    if (documents.length === 0) return;
    const ids = new Set(documents.map((document) => document.id));
    this.own = [...this.own.filter((d) => !ids.has(d.id)), ...documents].sort(byTitle);
    this.emit();
  }

  /** The stored form of an own document, for exports that carry it. */
  ownDocument(id: string): OwnDocument | undefined {
    return this.own.find((document) => document.id === id);
  }

  /** How many annotations deleting an own document would delete with it (none for a shipped article's id). */
  countAnnotations(id: string): Promise<number> {
    if (!this.isOwn(id)) return Promise.resolve(0);
    return this.persistence?.countAnnotations(id) ?? Promise.resolve(0);
  }

  /**
   * Deletes an own document and its annotations; resolves to how many annotations went. An id that
   * names no own document (a shipped article's) deletes nothing: a shipped article's annotations
   * never go with another document.
   */
  async delete(id: string): Promise<number> {
    if (!this.persistence || !this.isOwn(id)) return 0;
    const removed = await this.persistence.deleteWithAnnotations(id);
    this.own = this.own.filter((document) => document.id !== id);
    this.emit();
    return removed;
  }

  private isOwn(id: string): boolean {
    return !this.shipped.entry(id) && this.own.some((document) => document.id === id);
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

/** The library entry of an own document; a broken record's missing fields made harmless (its id as title). */
function entryOf(document: OwnDocument): ArticleEntry {
  return {
    id: document.id,
    iri: String(document.iri),
    title: titleOf(document),
    titleSource: 'text',
    lang: typeof document.lang === 'string' ? document.lang : '',
    digest: typeof document.digest === 'string' ? document.digest : '',
    wordCount: Number.isInteger(document.wordCount) ? document.wordCount : 0,
    own: true,
  };
}

function titleOf(document: OwnDocument): string {
  return typeof document.title === 'string' && document.title.trim() !== '' ? document.title : String(document.id);
}

function byTitle(a: OwnDocument, b: OwnDocument): number {
  return titleOf(a).localeCompare(titleOf(b));
}
