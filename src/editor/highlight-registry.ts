/**
 * Paints the highlight segments through the CSS Custom Highlight API (shared/ARCHITECTURE.md,
 * "Highlights"): no element in the text, so an article with hundreds of passages paints as fast as
 * plain text. It is the highlight plugin's view (highlights.ts), one per editor view.
 *
 * One `Highlight` per category and overlap depth (depth: how many categories drawn before it cover
 * the run, at most MAX_DRAWN_CATEGORIES), registered in `CSS.highlights` under names unique to the
 * view (`cr-hl-<view>-<n>`), so two views never clobber each other's paint, and removed when the
 * view is destroyed. Each drawn segment is one DOM `Range` added to the highlights of its
 * categories. Their `::highlight()` rules (highlight-rules.ts) live in a constructable stylesheet
 * adopted by the tree scope that holds the text (the document, or a shadow root).
 *
 * Kept in step: a change of the highlights redraws only the segments in the text range it touched
 * (the plugin state says which); and when ProseMirror redraws text nodes (a find match, the flash
 * or the selection split them), live Ranges there would collapse, so a MutationObserver on the text
 * names the redrawn places and their segments get fresh Ranges. The records are taken synchronously
 * in each view update, so the paint is right in the same frame.
 *
 * Crowded texts are drawn near the viewport only. Chrome rebuilds its markers for every Range of
 * every registered highlight whenever the DOM or the style changes anywhere in the page (a card
 * opening, a sidebar item added): with 10,000 annotations that is ~90 ms of pre-paint per such
 * frame. In a long text with more than {@link WINDOWED_ABOVE} segments only those within a screen
 * above and below the visible part of the text are drawn (found by bisecting the text's blocks, no layout of the rest),
 * and scrolling moves that window synchronously in the scroll event, before the frame paints.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { textIndexOf } from './text-offsets.js';
import { segmentsBetween, type Segment } from './highlight-segments.js';
import { MAX_DRAWN_CATEGORIES, UNKNOWN_LOOK, type CategoryLook } from './highlight-paint.js';
import { highlightRules, undrawnRule } from './highlight-rules.js';
import { installProbe, type PaintedName } from './highlight-probe.js';
import { FIRST_WINDOW, offsetsWithin, windowed, type TextWindow } from './highlight-window.js';

export { WINDOWED_ABOVE } from './highlight-window.js';

/** What the registry reads of the highlight plugin's state. */
export interface RegistryInput {
  readonly segments: readonly Segment[];
  readonly hidden: ReadonlySet<string>;
  readonly version: number;
  readonly changed: { readonly from: number; readonly to: number } | 'all';
}

let views = 0;

/** See the module comment. A ProseMirror PluginView. */
export class HighlightRegistry {
  /** The prefix of this view's highlight names. */
  readonly prefix: string;
  /** Names in use, by `depth category`, and what each paints. */
  private readonly names = new Map<string, PaintedName & { readonly highlight: Highlight }>();
  /** The Range of each drawn segment. */
  private readonly ranges = new Map<Segment, Range>();
  /** The segment of each drawn Range (what the probe reports of a painted range). */
  private readonly segmentsByRange = new WeakMap<AbstractRange, Segment>();
  private readonly sheet = new CSSStyleSheet();
  private readonly scope: Document | ShadowRoot;
  private readonly observer = new MutationObserver(() => this.redrawn(this.view));
  private version = -1;
  private segments: readonly Segment[] = [];
  /** The drawn part of a crowded text; undefined while every segment is drawn. */
  private window: TextWindow | undefined;

  private readonly follow = (): void => this.followViewport(false);
  private followFrame = 0;

  constructor(
    private readonly view: EditorView,
    private readonly lookup: (categoryId: string) => CategoryLook | undefined,
    private readonly read: (state: EditorState) => RegistryInput,
  ) {
    views += 1;
    this.prefix = `cr-hl-${views}-`;
    const root = view.dom.getRootNode();
    this.scope = root instanceof ShadowRoot ? root : view.dom.ownerDocument;
    this.scope.adoptedStyleSheets = [...this.scope.adoptedStyleSheets, this.sheet];
    installProbe(view.dom, {
      prefix: this.prefix,
      offsetOf: (node, offset) => textIndexOf(view.state.doc).posToOffset(view.posAtDOM(node, offset)),
      names: () => [...this.names.values()].map(({ name, category, depth }) => ({ name, category, depth })),
      segmentOf: (range) => this.segmentOf(range),
      categoriesOf: (segment) => this.categoriesOf(segment, this.read(view.state).hidden),
    });
    this.update(view);
    this.observer.observe(view.dom, { childList: true, subtree: true, characterData: true });
    // Capture: scroll events do not bubble, and the text may scroll in the page or in a box of its own.
    for (const target of this.scrollTargets()) target.addEventListener('scroll', this.follow, { capture: true, passive: true });
    window.addEventListener('resize', this.follow, { passive: true });
  }

  /** Called by ProseMirror after each view update (the DOM is up to date). */
  update(view: EditorView): void {
    const input = this.read(view.state);
    const mutated = this.observer.takeRecords();
    if (input.version !== this.version) {
      if (input.changed === 'all' || input.version !== this.version + 1 || view.state.doc !== this.drawnDoc) this.drawAll(view, input);
      else this.drawChange(view, input, input.changed);
    }
    this.redrawn(view, mutated);
  }

  /** Removes this view's highlights and their rules from the page. */
  destroy(): void {
    this.observer.disconnect();
    for (const target of this.scrollTargets()) target.removeEventListener('scroll', this.follow, { capture: true });
    window.removeEventListener('resize', this.follow);
    cancelAnimationFrame(this.followFrame);
    for (const { name } of this.names.values()) CSS.highlights.delete(name);
    this.names.clear();
    this.ranges.clear();
    this.scope.adoptedStyleSheets = this.scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    installProbe(this.view.dom, undefined);
  }

  private drawnDoc: unknown;

  private drawAll(view: EditorView, input: RegistryInput): void {
    for (const { highlight } of this.names.values()) highlight.clear();
    this.ranges.clear();
    // Looks may have changed (a category's colour edited): every rule is written again.
    const rules: string[] = [];
    for (const { name, category, depth } of this.names.values()) {
      rules.push(...(depth < 0 ? [undrawnRule(name)] : highlightRules(name, this.lookup(category) ?? UNKNOWN_LOOK, depth)));
    }
    this.sheet.replaceSync(rules.join('\n'));
    this.segments = input.segments;
    this.version = input.version;
    this.drawnDoc = view.state.doc;
    if (!windowed(view, input)) {
      this.window = undefined;
      for (const segment of input.segments) this.draw(view, segment, input.hidden);
      return;
    }
    this.window ??= FIRST_WINDOW;
    for (const segment of segmentsBetween(input.segments, this.window.from, this.window.to)) this.draw(view, segment, input.hidden);
    // Laid out by the next frame: the window then moves to where the reader is.
    cancelAnimationFrame(this.followFrame);
    this.followFrame = requestAnimationFrame(() => this.followViewport(true));
  }

  private drawChange(view: EditorView, input: RegistryInput, changed: { readonly from: number; readonly to: number }): void {
    if ((this.window !== undefined) !== windowed(view, input)) {
      this.drawAll(view, input);
      return;
    }
    for (const segment of segmentsBetween(this.segments, changed.from, changed.to)) this.erase(segment);
    this.segments = input.segments;
    this.version = input.version;
    const { from, to } = this.clip(changed.from, changed.to);
    if (from > to) return;
    for (const segment of segmentsBetween(input.segments, from, to)) if (!this.ranges.has(segment)) this.draw(view, segment, input.hidden);
  }

  /** `[from, to]` within the drawn window (empty, from > to, when outside it). */
  private clip(from: number, to: number): TextWindow {
    return this.window ? { from: Math.max(from, this.window.from), to: Math.min(to, this.window.to) } : { from, to };
  }

  /**
   * Moves a crowded text's drawn window when the visible part of the text comes within a quarter
   * screen of its edge (or, `settle`, once the text is laid out): draws what comes into it, erases
   * what leaves it.
   */
  private followViewport(settle: boolean): void {
    const view = this.view;
    if (!this.window || view.isDestroyed) return;
    const visible = offsetsWithin(view, 0.25);
    if (!visible || (!settle && visible.from >= this.window.from && visible.to <= this.window.to)) return;
    const next = offsetsWithin(view, 1) ?? visible;
    const hidden = this.read(view.state).hidden;
    for (const segment of segmentsBetween(this.segments, this.window.from, this.window.to)) {
      if (segment.end <= next.from || segment.start >= next.to) this.erase(segment);
    }
    this.window = next;
    for (const segment of segmentsBetween(this.segments, next.from, next.to)) if (!this.ranges.has(segment)) this.draw(view, segment, hidden);
  }

  /** Where scrolling may move the text: the page, and the shadow root holding the text (its scroll events stop there). */
  private scrollTargets(): EventTarget[] {
    const root = this.view.dom.getRootNode();
    return root instanceof ShadowRoot ? [window, root] : [window];
  }

  /** Gives fresh Ranges to the segments where ProseMirror redrew the text (`records`). */
  private redrawn(view: EditorView, records: readonly MutationRecord[] = this.observer.takeRecords()): void {
    if (records.length === 0 || view.isDestroyed) return;
    const index = textIndexOf(view.state.doc);
    const hidden = this.read(view.state).hidden;
    for (const record of records) {
      const target = record.target;
      if (!view.dom.contains(target)) continue;
      let from: number;
      let to: number;
      try {
        from = index.posToOffset(view.posAtDOM(target, 0));
        to = index.posToOffset(view.posAtDOM(target, target.nodeType === Node.TEXT_NODE ? (target.nodeValue ?? '').length : target.childNodes.length));
      } catch {
        // A node ProseMirror does not describe (it is about to be redrawn): its ancestor's record covers it.
        continue;
      }
      const clipped = this.clip(Math.min(from, to), Math.max(from, to));
      if (clipped.from > clipped.to) continue;
      for (const segment of segmentsBetween(this.segments, clipped.from, clipped.to)) {
        this.erase(segment);
        this.draw(view, segment, hidden);
      }
    }
  }

  private draw(view: EditorView, segment: Segment, hidden: ReadonlySet<string>): void {
    const categories = this.categoriesOf(segment, hidden);
    if (categories.length === 0) return;
    const index = textIndexOf(view.state.doc);
    const from = index.offsetToPos(segment.start, 'forward');
    const to = index.offsetToPos(segment.end, 'backward');
    if (!(to > from)) return;
    const start = view.domAtPos(from, 1);
    const end = view.domAtPos(to, -1);
    const range = new Range();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    this.ranges.set(segment, range);
    this.segmentsByRange.set(range, segment);
    categories.slice(0, MAX_DRAWN_CATEGORIES).forEach((category, depth) => this.named(category, depth).highlight.add(range));
    if (categories.length > MAX_DRAWN_CATEGORIES) this.named('', -1).highlight.add(range);
  }

  private erase(segment: Segment): void {
    const range = this.ranges.get(segment);
    if (!range) return;
    this.ranges.delete(segment);
    for (const { highlight } of this.names.values()) highlight.delete(range);
  }

  /** The categories drawn on a segment, in drawing order (the scheme's order, then id), hidden ones left out. */
  private categoriesOf(segment: Segment, hidden: ReadonlySet<string>): string[] {
    const categories = new Set<string>();
    for (const highlight of segment.highlights) for (const category of highlight.categoryIds) if (!hidden.has(category)) categories.add(category);
    const order = (id: string): number => this.lookup(id)?.order ?? Infinity;
    return [...categories].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The highlight of `category` at `depth` (depth -1: the undrawn-categories mark), made and registered on first use. */
  private named(category: string, depth: number): PaintedName & { readonly highlight: Highlight } {
    const key = `${depth} ${category}`;
    let entry = this.names.get(key);
    if (!entry) {
      const name = `${this.prefix}${this.names.size}`;
      const highlight = new Highlight();
      // Shallower lines are painted above deeper (thicker) ones, so each keeps a band of its own.
      highlight.priority = MAX_DRAWN_CATEGORIES - depth;
      entry = { name, category, depth, highlight };
      this.names.set(key, entry);
      CSS.highlights.set(name, highlight);
      const rules = depth < 0 ? [undrawnRule(name)] : highlightRules(name, this.lookup(category) ?? UNKNOWN_LOOK, depth);
      for (const rule of rules) this.sheet.insertRule(rule, this.sheet.cssRules.length);
    }
    return entry;
  }

  private segmentOf(range: AbstractRange): Segment | undefined {
    return this.segmentsByRange.get(range);
  }
}

