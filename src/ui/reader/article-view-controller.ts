/**
 * Owns the ProseMirror view of the open article for a component: creates it when there is both a
 * mount point and a document, replaces it when what it shows changes, destroys it when the
 * component leaves the page. The view is an outside object with a lifecycle, hence a controller
 * (STYLE.md, 7).
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
}

/** See the module comment. */
export class ArticleViewController implements ReactiveController {
  /** The live view, while there is one. */
  view: EditorView | undefined;
  private shown: (ArticleViewInput & { readonly locale: string }) | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Shows `input`. Rebuilds the view only when the mount, the blocks, the label or the interface
   * language (which names the debris blocks) changed, so re-renders keep the reader's selection.
   */
  show(input: ArticleViewInput): void {
    const locale = currentLocale();
    const shown = this.shown;
    if (
      this.view &&
      shown &&
      shown.mount === input.mount &&
      shown.blocks === input.blocks &&
      shown.label === input.label &&
      shown.locale === locale
    ) {
      return;
    }
    this.view?.destroy();
    this.view = createReaderView(input.mount, articleToDoc(input.blocks, blockLabel), {
      label: input.label,
      plugins: input.plugins?.() ?? [],
    });
    this.shown = { ...input, locale };
    input.onCreate?.(this.view);
  }

  hostDisconnected(): void {
    this.view?.destroy();
    this.view = undefined;
    this.shown = undefined;
  }
}
