/**
 * A host for <cr-scheme-editor-view> in component tests: it provides the category and annotation
 * stores to the editor inside it through the same contexts <cr-app> uses, so the editor runs as it
 * does in the app, against real stores over real IndexedDB.
 */
import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import type { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import type { CategoryStore } from '../../src/app/schemes/category-store.js';
import { annotationStoreContext, categoryStoreContext } from '../../src/ui/shared/contexts.js';
import '../../src/ui/schemes/scheme-editor-view.js';

/** `<test-scheme-editor-host .categories=… .annotations=…>`: the editor with these stores. */
export class SchemeEditorHost extends LitElement {
  static override properties = { categories: { attribute: false }, annotations: { attribute: false } };
  declare categories: CategoryStore;
  declare annotations: AnnotationStore;
  private readonly categoryProvider = new ContextProvider(this, { context: categoryStoreContext });
  private readonly annotationProvider = new ContextProvider(this, { context: annotationStoreContext });

  protected override willUpdate(): void {
    this.categoryProvider.setValue(this.categories);
    this.annotationProvider.setValue(this.annotations);
  }

  protected override render() {
    return html`<cr-scheme-editor-view></cr-scheme-editor-view>`;
  }
}
customElements.define('test-scheme-editor-host', SchemeEditorHost);
