/**
 * Owns the ProseMirror view of the open article for a component: creates it when there is both a
 * mount point and a document, replaces it when what it shows changes, destroys it when the
 * component leaves the page. The view is an outside object with a lifecycle, hence a controller
 * (STYLE.md, 7). A document the view cannot be built from (bodies are checked before they get here,
 * so this is the last line) is no page error: the host asks {@link ArticleViewController.failureFor}
 * and says so on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditorPlugin, EditorView } from '../../editor/editor-types.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { articleToDoc } from '../../editor/article-doc.js';
import { createReaderView } from '../../editor/reader-view.js';
import { blockLabel } from './block-labels.js';
import { currentLocale } from '../shared/localization.js';

/** The view's inputs: where to mount, what to show, what to call it. */
export interface ArticleViewInput {
  readonly mount: HTMLElement;
  readonly blocks: readonly ArticleBlock[];
  readonly label: string;
  /** Plugins for a new view (highlights, keys); called only when a view is (re)built. */
  readonly plugins?: () => EditorPlugin[];
  /** Called with each newly built view. */
  readonly onCreate?: (view: EditorView) => void;
  /** The headline's heading level where the article sits in a section of a page (see createReaderView). */
  readonly headingLevel?: number;
}

/** See the module comment. */
export class ArticleViewController implements ReactiveController {
  /** The live view, while there is one. */
  view: EditorView | undefined;
  private shown: (ArticleViewInput & { readonly locale: string }) | undefined;
  /** Why the view of `shown` could not be built, if it could not. */
  private failure: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Why no view could be built of `blocks`, the last blocks shown; undefined when it could (or was not tried). */
  failureFor(blocks: readonly ArticleBlock[]): string | undefined {
    return this.shown?.blocks === blocks ? this.failure : undefined;
  }

  /**
   * Shows `input`. Rebuilds the view only when the mount, the blocks, the label or the interface
   * language (which names the debris blocks) changed, so re-renders keep the reader's selection.
   */
  show(input: ArticleViewInput): void {
    const locale = currentLocale();
    const shown = this.shown;
    if (
      (this.view || this.failure !== undefined) &&
      shown &&
      shown.mount === input.mount &&
      shown.blocks === input.blocks &&
      shown.label === input.label &&
      shown.locale === locale
    ) {
      return;
    }
    this.view?.destroy();
    this.view = undefined;
    this.shown = { ...input, locale };
    try {
      this.view = createReaderView(input.mount, articleToDoc(input.blocks, blockLabel), {
        label: input.label,
        plugins: input.plugins?.() ?? [],
        ...(input.headingLevel === undefined ? {} : { headingLevel: input.headingLevel }),
      });
      this.failure = undefined;
    } catch (error) {
      console.error('could not show the document', error);
      this.failure = error instanceof Error ? error.message : String(error);
      this.host.requestUpdate();
      return;
    }
    input.onCreate?.(this.view);
  }

  hostDisconnected(): void {
    this.view?.destroy();
    this.view = undefined;
    this.shown = undefined;
    this.failure = undefined;
  }
}
