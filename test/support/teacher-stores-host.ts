/**
 * A host element for page components in browser tests: gives the classroom, the annotation store,
 * the articles and the category store through their contexts, as <cr-app> does, and renders the
 * template it is given in light DOM (as the app renders its pages). Used by the class view's and the
 * statistics page's tests.
 */
import { LitElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { ReceiveHandInDeps } from '../../src/app/assignments/receive-hand-in.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../../src/ui/shared/contexts.js';

/** <test-stores-host>: gives `stores` to what `content` renders. */
export class StoresHost extends LitElement {
  static override properties = { stores: { attribute: false }, content: { attribute: false } };
  declare stores: ReceiveHandInDeps;
  declare content: TemplateResult;
  private readonly providers = {
    classroom: new ContextProvider(this, { context: classroomContext }),
    annotations: new ContextProvider(this, { context: annotationStoreContext }),
    articles: new ContextProvider(this, { context: articleSourceContext }),
    categories: new ContextProvider(this, { context: categoryStoreContext }),
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    this.providers.classroom.setValue(this.stores.classroom);
    this.providers.annotations.setValue(this.stores.annotations);
    this.providers.articles.setValue(this.stores.articles);
    this.providers.categories.setValue(this.stores.categories);
  }

  protected override render() {
    return this.content;
  }
}
customElements.define('test-stores-host', StoresHost);
