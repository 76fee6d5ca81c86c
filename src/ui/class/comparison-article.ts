/**
 * <cr-comparison-article>: the article, read-only, with one student's passages against the model
 * answer painted on it (found, missed, extra, wrong category; comparison-layers.ts) through the
 * CSS Custom Highlight API (editor/range-highlights.ts). The text stays selectable and reachable
 * with the keyboard like the reader's. Light DOM: the global reader CSS styles the text and the
 * highlights are adopted by the document (STYLE.md, 7).
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type { EditorView } from '../../editor/editor-types.js';
import { type PaintLayer, RangePainter } from '../../editor/range-highlights.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { ArticleViewController } from '../reader/article-view-controller.js';

/** See the module comment. */
export class CrComparisonArticle extends LitElement {
  static override properties = { blocks: { attribute: false }, layers: { attribute: false }, label: { attribute: false } };

  /** The article's blocks. */
  declare blocks: readonly ArticleBlock[];
  /** What to paint. */
  declare layers: readonly PaintLayer[];
  /** The accessible name of the text. */
  declare label: string;

  private readonly article = new ArticleViewController(this);
  private painter: RangePainter | undefined;

  constructor() {
    super();
    this.blocks = [];
    this.layers = [];
    this.label = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The live view, for tests and for scrolling to a passage. */
  get view(): EditorView | undefined {
    return this.article.view;
  }

  /** The painter of the view, while there is one (its `nameOf` says where a layer is in `CSS.highlights`). */
  get paint(): RangePainter | undefined {
    return this.painter;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the controller destroyed the view on leaving, so build it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.painter?.destroy();
    this.painter = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const mount = this.querySelector<HTMLElement>('.cr-comparison-mount');
    if (!mount || this.blocks.length === 0) return;
    this.article.show({
      // The article sits under the page's headings: its headline one level below them.
      headingLevel: 3,
      mount,
      blocks: this.blocks,
      label: this.label,
      onCreate: (view) => {
        this.painter?.destroy();
        this.painter = new RangePainter(view);
        this.painter.paint(this.layers);
      },
    });
    if (changed.has('layers') && this.painter) this.painter.paint(this.layers);
  }

  protected override render() {
    return html`<div class="cr-comparison-mount"></div>`;
  }
}

customElements.define('cr-comparison-article', CrComparisonArticle);

declare global {
  interface HTMLElementTagNameMap {
    'cr-comparison-article': CrComparisonArticle;
  }
}
