/**
 * The stores of one browser for the sharing pages' tests (issue 18): real IndexedDB (annotations,
 * their sets, categories, the shared projects' links), the shipped articles, and a host element
 * that gives them to a page through their contexts as <cr-app> does. Also a Solid session of the
 * test's own: signed in (or not) to an account whose storage is on a closed port, its fetch the
 * browser's own, every request it makes written down — so the pages' wording of "unreachable"
 * and "nothing is sent before …" can be checked without a server (the lead's e2e drives a real one).
 */
import { LitElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import type { SolidAccount, SolidSession } from '../../../src/app/sync/solid-session.js';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import type { SharedProjectPersistence } from '../../../src/model/sync/shared-project-link.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SharedProjectRepository } from '../../../src/storage/shared-project-repository.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, sharedProjectLinksContext } from '../../../src/ui/shared/contexts.js';
import { loadShippedArticles } from '../../support/articles.js';

/** A loopback address no server listens on (Chromium refuses the port at once: the request fails as offline). */
export const CLOSED = 'http://127.0.0.1:9/';

/** The stores a sharing page reads and writes. */
export interface SharingStores {
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  readonly articles: ArticleSource;
  readonly links: SharedProjectPersistence;
}

/** The stores over `db`. */
export async function sharingStores(db: CloseReaderDatabase): Promise<SharingStores> {
  return {
    // No channel: the test's writes stay in this store.
    annotations: new AnnotationStore(new AnnotationRepository(db), undefined, undefined, undefined, new AnnotationSetRepository(db)),
    categories: await CategoryStore.load(new CategoryRepository(db)),
    articles: await loadShippedArticles(),
    links: new SharedProjectRepository(db),
  };
}

/** A Solid session of the test's own; `requests` lists every request as "METHOD url". */
export class TestSession implements SolidSession {
  readonly requests: string[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private signedIn: SolidAccount | undefined) {}

  account(): SolidAccount | undefined {
    return this.signedIn;
  }

  readonly fetch = (input: string, init?: RequestInit): Promise<Response> => {
    this.requests.push(`${init?.method ?? 'GET'} ${input}`);
    return fetch(input, init);
  };

  async signIn(): Promise<void> {
    throw new Error('the tests do not leave the page');
  }

  async signOut(): Promise<void> {
    this.signedIn = undefined;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Alice's account, her storage on the closed port. */
export const ALICE: SolidAccount = { webId: `${CLOSED}alice/profile/card#me`, issuer: CLOSED, storage: `${CLOSED}alice/` };

/** <test-sharing-host>: gives `stores` to what `content` renders, in light DOM. */
export class SharingHost extends LitElement {
  static override properties = { stores: { attribute: false }, content: { attribute: false } };
  declare stores: SharingStores;
  declare content: TemplateResult;
  private readonly providers = {
    annotations: new ContextProvider(this, { context: annotationStoreContext }),
    articles: new ContextProvider(this, { context: articleSourceContext }),
    categories: new ContextProvider(this, { context: categoryStoreContext }),
    links: new ContextProvider(this, { context: sharedProjectLinksContext }),
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    this.providers.annotations.setValue(this.stores.annotations);
    this.providers.articles.setValue(this.stores.articles);
    this.providers.categories.setValue(this.stores.categories);
    this.providers.links.setValue(this.stores.links);
  }

  protected override render() {
    return this.content;
  }
}
customElements.define('test-sharing-host', SharingHost);
