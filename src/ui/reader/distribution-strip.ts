/**
 * <cr-distribution-strip>: a thin bar along the text showing where the article's annotations fall,
 * a mark per annotation at its place in the text, coloured by its category; a click jumps to the
 * nearest one. Drawn on one canvas, so thousands of marks cost one pass and no DOM nodes; the
 * sidebar's list is the accessible way to the same annotations.
 *
 * @fires cr-annotation-select - detail `{ id }`: the annotation nearest to the click
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { nearestAnnotation } from '../../model/annotations/annotation-list.js';
import type { Category } from '../../model/schemes/category.js';
import { fire } from '../shared/events.js';
import { plural } from '../shared/plural.js';

/** Marks are at least this many CSS pixels tall, so a one-word annotation is still visible. */
const MIN_MARK = 2;

/** The strip. */
export class CrDistributionStrip extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 10px;
    }
    /* The whole article, kept in view beside the text while it scrolls. */
    canvas {
      display: block;
      position: sticky;
      top: 9rem;
      width: 100%;
      height: min(calc(100vh - 11rem), 100%);
      cursor: pointer;
      border-radius: 3px;
      background: var(--cr-debris-bg);
    }
  `;

  static override properties = {
    annotations: { attribute: false },
    categories: { attribute: false },
    textLength: { type: Number, attribute: 'text-length' },
  };

  /** The annotations to mark (placed and shown), in text order. */
  declare annotations: readonly Annotation[];
  declare categories: readonly Category[];
  /** Length of the canonical text (UTF-16 units): the strip's full height. */
  declare textLength: number;

  private readonly resizeObserver = new ResizeObserver(() => this.draw());
  /** The annotations last drawn. */
  private drawn: readonly Annotation[] | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.annotations = [];
    this.categories = [];
    this.textLength = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<canvas
      role="img"
      aria-label=${plural(this.annotations.length, {
        one: () => msg('Where the 1 shown annotation is in the article'),
        other: (count) => msg(str`Where the ${count} shown annotations are in the article`),
      })}
      @click=${this.onClick}
    ></canvas>`;
  }

  protected override firstUpdated(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas) this.resizeObserver.observe(canvas);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The reader hands over a new list at every render; drawing 100,000 marks again for an equal
    // one would cost every keystroke in a crowded article.
    const same = this.drawn !== undefined && this.drawn.length === this.annotations.length && this.drawn.every((a, i) => a === this.annotations[i]);
    if (same && !changed.has('categories') && !changed.has('textLength')) return;
    this.draw();
  }

  private draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    this.drawn = this.annotations;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (!context || this.textLength <= 0) return;
    context.scale(ratio, ratio);
    // Rows of device pixels each colour covers, then one rectangle per run of rows: a crowded
    // article has many thousands of marks on each row, drawn once.
    const colours = this.categories.map((category) => category.colour);
    const colourOf = new Map(this.categories.map((category, i) => [category.id, i]));
    const rows = canvas.height;
    const covered = Array.from({ length: colours.length + 1 }, () => new Uint8Array(rows));
    for (const annotation of this.annotations) {
      const colour = colourOf.get(annotation.categoryIds[0] ?? '') ?? colours.length;
      const top = Math.floor((annotation.start / this.textLength) * rows);
      const bottom = Math.ceil(top + Math.max(MIN_MARK * ratio, ((annotation.end - annotation.start) / this.textLength) * rows));
      covered[colour]!.fill(1, Math.max(0, top), Math.min(rows, bottom));
    }
    covered.forEach((row, colour) => {
      context.fillStyle = colours[colour] ?? '#767676';
      for (let y = 0; y < rows; y += 1) {
        if (!row[y]) continue;
        const from = y;
        while (y < rows && row[y]) y += 1;
        context.fillRect(0, from / ratio, width, (y - from) / ratio);
      }
    });
  }

  private onClick(event: MouseEvent): void {
    const canvas = event.currentTarget as HTMLCanvasElement;
    const fraction = (event.clientY - canvas.getBoundingClientRect().top) / canvas.clientHeight;
    const nearest = nearestAnnotation(this.annotations, fraction * this.textLength);
    if (nearest) fire(this, 'cr-annotation-select', { id: nearest.id });
  }
}

customElements.define('cr-distribution-strip', CrDistributionStrip);

declare global {
  interface HTMLElementTagNameMap {
    'cr-distribution-strip': CrDistributionStrip;
  }
}
