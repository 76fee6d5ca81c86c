/**
 * The shared projects' use case (app/sync/shared-project-sync.ts) for a sharing page, built from
 * the stores <cr-app> provides through @lit/context (annotations, articles, categories, the
 * library, the source aliases and the sync links), so the pages need no singleton and a test hands
 * them stores of its own. Built anew only when a store is provided anew; the use case itself keeps
 * no state beyond its stores.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { SharedProjects } from '../../app/sync/shared-project-sync.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { ArticleSource } from '../../model/documents/library.js';
import {
  annotationStoreContext,
  articleSourceContext,
  categoryStoreContext,
  libraryStoreContext,
  sharedProjectLinksContext,
  sourceAliasesContext,
} from '../shared/contexts.js';
import { consumeStore } from '../shared/store-consumer.js';
import { currentLocale } from '../shared/localization.js';

/** See the module comment. `onAnnotationsChange` runs on every change of the annotations (to count pending changes again). */
export class SharedProjectsConsumer {
  private readonly annotationStore;
  private readonly categoryStore;
  private readonly articleSource;
  private readonly library;
  private readonly aliases;
  private readonly links;
  private built: { projects: SharedProjects; from: readonly unknown[] } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onAnnotationsChange?: () => void) {
    this.annotationStore = consumeStore(host, annotationStoreContext, onAnnotationsChange);
    this.categoryStore = consumeStore(host, categoryStoreContext);
    this.articleSource = new ContextConsumer(host, { context: articleSourceContext, subscribe: true });
    this.library = new ContextConsumer(host, { context: libraryStoreContext, subscribe: true });
    this.aliases = new ContextConsumer(host, { context: sourceAliasesContext, subscribe: true });
    this.links = new ContextConsumer(host, { context: sharedProjectLinksContext, subscribe: true });
  }

  /** The annotation store, once provided. */
  get annotations(): AnnotationStore | undefined {
    return this.annotationStore.value;
  }

  /** The category store, once provided (a conflict names its categories by their labels). */
  get categories(): CategoryStore | undefined {
    return this.categoryStore.value;
  }

  /** The articles, once provided (the page names its article). */
  get articles(): ArticleSource | undefined {
    return this.library.value ?? this.articleSource.value;
  }

  /** The use case, once every store it needs is provided. */
  get projects(): SharedProjects | undefined {
    const [annotations, categories, articles, links] = [this.annotations, this.categories, this.articles, this.links.value];
    if (!annotations || !categories || !articles || !links) return undefined;
    // The language too: the file names categories by their labels in the reader's language.
    const locale = currentLocale() === 'de' ? 'de' : 'en';
    const from = [annotations, categories, articles, links, this.library.value, this.aliases.value, locale];
    if (this.built && from.every((value, index) => value === this.built!.from[index])) return this.built.projects;
    const projects = new SharedProjects({
      annotations,
      categories,
      articles,
      links,
      library: this.library.value,
      aliases: this.aliases.value,
      locale,
    });
    this.built = { projects, from };
    return projects;
  }
}
