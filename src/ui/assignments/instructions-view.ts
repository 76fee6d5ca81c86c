/**
 * <cr-instructions>: an assignment's instructions, written in Markdown, shown as headings,
 * paragraphs, lists and emphasis (model/text/markdown-blocks.ts). Never HTML: every piece is a
 * Lit text binding, so a `<script>` in the instructions is shown as the characters it is; a link is
 * its text and its address in brackets, never followed by the page. Headings start at `level`
 * (the page's own heading level + 1), so the page's outline stays right.
 */
import { LitElement, css, html, type TemplateResult } from 'lit';
import { parseMarkdownBlocks, type MarkdownBlock, type MarkdownSpan } from '../../model/text/markdown-blocks.js';

/** See the module comment. */
export class CrInstructions extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2,
    h3,
    h4,
    h5 {
      font-size: 1.05em;
      margin: 1em 0 0.4em;
    }
    p,
    ul,
    ol {
      margin: 0 0 0.6em;
    }
    .url {
      color: var(--cr-muted, #595959);
      overflow-wrap: anywhere;
    }
  `;

  static override properties = { source: {}, level: { type: Number } };

  /** The instructions' Markdown source. */
  declare source: string;
  /** The heading level of a `#` heading (2 on a page whose title is its h1). */
  declare level: number;

  constructor() {
    super();
    this.source = '';
    this.level = 2;
  }

  protected override render() {
    return parseMarkdownBlocks(this.source).map((block) => this.renderBlock(block));
  }

  private renderBlock(block: MarkdownBlock): TemplateResult {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, this.level + block.level - 1);
        const spans = renderSpans(block.spans);
        // Lit cannot bind a tag name: one template per level.
        if (level <= 2) return html`<h2>${spans}</h2>`;
        if (level === 3) return html`<h3>${spans}</h3>`;
        if (level === 4) return html`<h4>${spans}</h4>`;
        return html`<h5>${spans}</h5>`;
      }
      case 'paragraph':
        return html`<p>${renderSpans(block.spans)}</p>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${renderSpans(item)}</li>`);
        return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
      }
    }
  }
}

/** Spans as text with <strong>/<em>, a link as its text and its address. */
function renderSpans(spans: readonly MarkdownSpan[]): TemplateResult[] {
  return spans.map((span) => {
    let content: TemplateResult = html`${span.text}`;
    if (span.em) content = html`<em>${content}</em>`;
    if (span.strong) content = html`<strong>${content}</strong>`;
    return span.url === undefined ? content : html`${content} <span class="url">(${span.url})</span>`;
  });
}

customElements.define('cr-instructions', CrInstructions);

declare global {
  interface HTMLElementTagNameMap {
    'cr-instructions': CrInstructions;
  }
}
