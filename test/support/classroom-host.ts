/**
 * A host element for classroom components in browser tests: provides the classroom (assignments
 * and sets) and the annotation store through their contexts, as <cr-app> does, and renders the
 * template it is given.
 */
import { LitElement, type TemplateResult, html } from 'lit';
import { ContextProvider } from '@lit/context';
import type { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../src/app/assignments/classroom.js';
import { annotationStoreContext, classroomContext } from '../../src/ui/shared/contexts.js';

/** <test-classroom-components>: gives `classroom` and `annotations` to what `content` renders. */
export class ClassroomComponentsHost extends LitElement {
  static override properties = { classroom: { attribute: false }, annotations: { attribute: false }, content: { attribute: false } };
  declare classroom: Classroom;
  declare annotations: AnnotationStore;
  declare content: TemplateResult;
  private readonly classroomProvider = new ContextProvider(this, { context: classroomContext });
  private readonly annotationsProvider = new ContextProvider(this, { context: annotationStoreContext });

  protected override willUpdate(): void {
    this.classroomProvider.setValue(this.classroom);
    this.annotationsProvider.setValue(this.annotations);
  }

  protected override render() {
    return html`${this.content}`;
  }
}
customElements.define('test-classroom-components', ClassroomComponentsHost);
