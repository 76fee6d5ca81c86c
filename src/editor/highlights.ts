/**
 * The one plugin that owns the highlights (shared/ARCHITECTURE.md, "Highlights"; the shape of
 * prosemirror-search, STYLE.md 6): a module-level key, its state in the plugin, changes sent as
 * transaction metadata through the helpers below.
 *
 * Highlights come in as text offsets of the canonical text. The plugin cuts them into segments
 * (highlight-segments.ts: runs of text covered by the same annotations) and draws one span per
 * segment carrying all its categories (`data-category`, space-separated), painted by
 * highlight-paint.ts: tints layered, each category's line stacked under the text. However many
 * passages overlap, the text holds at most one highlight span per run of it; with nested spans, one
 * per annotation and category, 20,000 annotations on a short article crashed the tab (issue 12).
 *
 * The segments are also the offset index that a click or Enter asks which annotations are at a
 * place ({@link annotationIdsAt}); the DOM is never asked. Adding or removing a highlight cuts again
 * only the segments in its range, so it costs about the same with ten or ten thousand shown.
 * Categories the reader hides are left out of the drawing ({@link setHiddenCategories}).
 *
 * How the segments are painted ({@link HighlightPaint}): where the browser has the CSS Custom
 * Highlight API, not as spans at all but as ranges in `CSS.highlights` (highlight-registry.ts, the
 * plugin's view), so the text holds no element per highlight and paints as fast as plain text;
 * elsewhere as the spans described above. Either way the state says which text range changed last
 * ({@link HighlightsState.changed}), so the painter redraws only there.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { textIndexOf, type TextIndex } from './text-offsets.js';
import { compareSpecs, resegment, segmentsAt, segmentsOf, type HighlightSpec, type Segment } from './highlight-segments.js';
import { segmentStyle, MAX_DRAWN_CATEGORIES, UNKNOWN_LOOK, type CategoryLook } from './highlight-paint.js';
import { HighlightRegistry } from './highlight-registry.js';
import { installProbe, installSpanProbe } from './highlight-probe.js';
import { hoverWanted, setHoveredAnnotation } from './relation-marks.js';

export type { HighlightSpec, Segment } from './highlight-segments.js';
export type { CategoryLook } from './highlight-paint.js';

/** What the plugin needs to draw: the look of a category id (undefined for one it does not know). */
export type CategoryLookup = (categoryId: string) => CategoryLook | undefined;

/**
 * A segment's span names its annotations (`data-annotation-id`, space-separated) while there are
 * at most this many; a crowded one says only how many (`data-annotation-count`), so a run under
 * hundreds of passages does not carry kilobytes of ids.
 */
export const MAX_LISTED_IDS = 16;

/**
 * How highlights are painted: as ranges of the CSS Custom Highlight API (`'highlight-api'`, no
 * element in the text) or as one span per segment (`'spans'`, where the API is missing).
 */
export type HighlightPaint = 'highlight-api' | 'spans';

/** The paint this browser can do: the CSS Custom Highlight API where it is there, else spans. */
export function defaultPaint(): HighlightPaint {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? 'highlight-api' : 'spans';
}

/** What the plugin holds: the highlights cut into segments, in text order, the hidden categories, the drawing. */
export interface HighlightsState {
  readonly segments: readonly Segment[];
  readonly hidden: ReadonlySet<string>;
  /** The span decorations (empty when painted with the CSS Custom Highlight API). */
  readonly decorations: DecorationSet;
  /** Counts the changes of the segments or hidden categories: a painter that missed one draws all again. */
  readonly version: number;
  /** What the last change touched: a text range whose segments were cut again, or everything. */
  readonly changed: { readonly from: number; readonly to: number } | 'all';
}

/** A change to the highlights, as transaction metadata: optionally clear all, remove some, add some, hide categories. */
interface HighlightChange {
  readonly reset: boolean;
  readonly remove: readonly HighlightSpec[];
  readonly add: readonly HighlightSpec[];
  readonly hidden?: readonly string[];
}

/** The spec of a segment's decoration: the segment it draws. */
interface SegmentSpec {
  readonly segment: Segment;
}

const EMPTY: HighlightsState = { segments: [], hidden: new Set(), decorations: DecorationSet.empty, version: 0, changed: 'all' };

/** The plugin's key: read its state with {@link getHighlights} and {@link getHighlightSegments}. */
export const highlightsKey = new PluginKey<HighlightsState>('cr-highlights');

/**
 * The highlight plugin. `lookup` gives each category's look when a segment is drawn; a category
 * it does not know is drawn in a neutral grey rather than dropped. `initial` highlights are in the
 * first state, so an article opens already highlighted: one render, not a plain one and then a
 * highlighted one. `paint` chooses how they are painted (tests force the spans).
 */
export function highlightsPlugin(
  lookup: CategoryLookup,
  initial: readonly HighlightSpec[] = [],
  paint: HighlightPaint = defaultPaint(),
): Plugin<HighlightsState> {
  const draw = new Drawing(lookup, paint === 'spans');
  return new Plugin<HighlightsState>({
    key: highlightsKey,
    state: {
      init: (_config, state) => (initial.length > 0 ? draw.all(state.doc, segmentsOf(initial), new Set()) : EMPTY),
      apply(tr, previous) {
        const change = tr.getMeta(highlightsKey) as HighlightChange | undefined;
        const hidden = change?.hidden && !sameMembers(change.hidden, previous.hidden) ? new Set(change.hidden) : previous.hidden;
        if (change?.reset) return draw.all(tr.doc, segmentsOf(change.add), hidden);
        const next = change && (change.remove.length > 0 || change.add.length > 0) ? draw.change(tr.doc, previous, change) : previous;
        // The reader's text never changes (reader-view.ts drops such transactions); should a
        // document change anyway, every segment is drawn again on the text as it is.
        if (tr.docChanged || hidden !== previous.hidden) return draw.all(tr.doc, next.segments, hidden);
        return next;
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state)?.decorations,
      handleDOMEvents: {
        mousemove: (view, event) => pointAt(view, event),
        mouseleave: (view) => pointAt(view, undefined),
      },
    },
    view: paint === 'highlight-api' ? (view) => new HighlightRegistry(view, lookup, (state) => highlightsKey.getState(state) ?? EMPTY) : spanProbe,
  });
}

/** The plugin view of the span paint: only the probe tests read the spans through (highlight-probe.ts). */
function spanProbe(view: EditorView): { destroy(): void } {
  installSpanProbe(view.dom, (node, offset) => textIndexOf(view.state.doc).posToOffset(view.posAtDOM(node, offset)));
  return { destroy: () => installProbe(view.dom, undefined) };
}

/** Replaces every highlight with `highlights`. */
export function setHighlights(tr: Transaction, highlights: readonly HighlightSpec[]): Transaction {
  const earlier = tr.getMeta(highlightsKey) as HighlightChange | undefined;
  return tr.setMeta(highlightsKey, { reset: true, remove: [], add: highlights, hidden: earlier?.hidden } satisfies HighlightChange);
}

/**
 * Removes the highlights in `remove` and adds those in `add`, in one step: an edited annotation is
 * removed with its old range and added with its new one.
 */
export function changeHighlights(
  tr: Transaction,
  change: { readonly remove?: readonly HighlightSpec[]; readonly add?: readonly HighlightSpec[] },
): Transaction {
  const earlier = tr.getMeta(highlightsKey) as HighlightChange | undefined;
  return tr.setMeta(highlightsKey, {
    reset: earlier?.reset ?? false,
    remove: [...(earlier?.remove ?? []), ...(change.remove ?? [])],
    add: [...(earlier?.add ?? []), ...(change.add ?? [])],
    hidden: earlier?.hidden,
  } satisfies HighlightChange);
}

/** Draws no highlight of the categories `categoryIds` (the reader's filter); an empty list shows all. */
export function setHiddenCategories(tr: Transaction, categoryIds: Iterable<string>): Transaction {
  const earlier = tr.getMeta(highlightsKey) as HighlightChange | undefined;
  return tr.setMeta(highlightsKey, { reset: false, remove: [], add: [], ...earlier, hidden: [...categoryIds] } satisfies HighlightChange);
}

/** The highlight decorations of a state (one per drawn segment). */
export function getHighlights(state: EditorState): DecorationSet {
  return highlightsKey.getState(state)?.decorations ?? DecorationSet.empty;
}

/** The segments of a state's highlights, in text order (drawn or hidden). */
export function getHighlightSegments(state: EditorState): readonly Segment[] {
  return highlightsKey.getState(state)?.segments ?? [];
}

/**
 * The text range of the highlight of annotation `id`, if it is shown (found by walking the
 * segments: what the card asks once when it opens, not on every render).
 */
export function highlightRange(state: EditorState, id: string): { start: number; end: number } | undefined {
  for (const segment of getHighlightSegments(state)) {
    const highlight = segment.highlights.find((candidate) => candidate.id === id);
    if (highlight) return { start: highlight.start, end: highlight.end };
  }
  return undefined;
}

/**
 * The ids of the annotations highlighted at a document position (a caret touching a highlight's
 * edge counts), innermost (shortest) first: what Enter or a click opens. Asked of the segments,
 * not the DOM.
 */
export function annotationIdsAt(state: EditorState, pos: number): string[] {
  const offset = textIndexOf(state.doc).posToOffset(pos);
  const found = new Map<string, HighlightSpec>();
  for (const segment of segmentsAt(getHighlightSegments(state), offset)) for (const highlight of segment.highlights) found.set(highlight.id, highlight);
  return [...found.values()].sort((a, b) => a.end - a.start - (b.end - b.start) || compareSpecs(a, b)).map((highlight) => highlight.id);
}

/** Where the mouse was last seen over each view, and whether a frame is already asked to look. */
const pointer = new WeakMap<EditorView, { x: number; y: number } | undefined>();

/**
 * Shows the pointer hand over highlighted text, as a link shows it: the paint has no element to
 * give a cursor (`::highlight` cannot set one), so the view carries the class
 * `cr-over-highlight` (styles/highlights.css) while the mouse is over a highlight. Asked of the
 * offset index once per frame, whatever the number of mouse moves. Never handles the event. The
 * innermost annotation there is reported to the relation marks, which mark its partners.
 */
function pointAt(view: EditorView, event: MouseEvent | undefined): boolean {
  const asked = pointer.has(view);
  pointer.set(view, event && { x: event.clientX, y: event.clientY });
  if (asked) return false;
  requestAnimationFrame(() => {
    const at = pointer.get(view);
    pointer.delete(view);
    if (view.isDestroyed) return;
    const pos = at && view.posAtCoords({ left: at.x, top: at.y });
    const ids = pos && pos.inside >= 0 ? annotationIdsAt(view.state, pos.pos) : [];
    view.dom.classList.toggle('cr-over-highlight', ids.length > 0);
    // The innermost annotation under the mouse has its relation partners marked (relation-marks.ts).
    if (hoverWanted(view.state, ids[0])) view.dispatch(setHoveredAnnotation(view.state.tr, ids[0]));
  });
  return false;
}

function sameMembers(list: readonly string[], set: ReadonlySet<string>): boolean {
  const members = new Set(list);
  return members.size === set.size && [...members].every((member) => set.has(member));
}

/** Turns segments into decorations with one category lookup; a segment's look is worked out once per set of categories. */
class Drawing {
  private readonly styles = new Map<string, string>();

  private version = 0;

  /** `spans`: whether segments are drawn as span decorations (else the registry paints them). */
  constructor(
    private readonly lookup: CategoryLookup,
    private readonly spans: boolean,
  ) {}

  /** Every segment drawn from scratch. */
  all(doc: PMNode, segments: readonly Segment[], hidden: ReadonlySet<string>): HighlightsState {
    this.version += 1;
    if (!this.spans) return { segments, hidden, decorations: DecorationSet.empty, version: this.version, changed: 'all' };
    const index = textIndexOf(doc);
    const decorations = segments.flatMap((segment) => this.decoration(index, segment, hidden) ?? []);
    return { segments, hidden, decorations: DecorationSet.create(doc, decorations), version: this.version, changed: 'all' };
  }

  /** The state after `change`: only the segments in the changed ranges are cut and drawn again. */
  change(doc: PMNode, previous: HighlightsState, change: HighlightChange): HighlightsState {
    const next = resegment(previous.segments, change);
    this.version += 1;
    const changed = { from: next.from, to: next.to };
    if (!this.spans) return { ...previous, segments: next.segments, version: this.version, changed };
    const index = textIndexOf(doc);
    const gone = new Set(previous.segments.slice(next.first, next.last));
    const stale = previous.decorations.find(index.offsetToPos(next.from, 'forward'), index.offsetToPos(next.to, 'backward'), (spec: SegmentSpec) =>
      gone.has(spec.segment),
    );
    const fresh = next.replaced.flatMap((segment) => this.decoration(index, segment, previous.hidden) ?? []);
    return { ...previous, segments: next.segments, decorations: previous.decorations.remove(stale).add(doc, fresh), version: this.version, changed };
  }

  private decoration(index: TextIndex, segment: Segment, hidden: ReadonlySet<string>): Decoration | undefined {
    const from = index.offsetToPos(segment.start, 'forward');
    const to = index.offsetToPos(segment.end, 'backward');
    if (!(to > from)) return undefined;
    const categories = new Set<string>();
    for (const highlight of segment.highlights) for (const category of highlight.categoryIds) if (!hidden.has(category)) categories.add(category);
    if (categories.size === 0) return undefined;
    const looks = [...categories].map((id) => ({ id, look: this.lookup(id) ?? UNKNOWN_LOOK }));
    looks.sort((a, b) => (a.look.order ?? Infinity) - (b.look.order ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const key = looks.map(({ look }) => `${look.colour} ${look.line}`).join(',');
    let style = this.styles.get(key);
    if (style === undefined) {
      style = segmentStyle(looks.map(({ look }) => look));
      this.styles.set(key, style);
    }
    const attrs: Record<string, string> = {
      // A nodeName gives the segment its own element, apart from find's and the flash's.
      nodeName: 'span',
      class: 'cr-highlight',
      'data-category': looks.map(({ id }) => id).join(' '),
      'data-annotation-count': String(segment.highlights.length),
      style,
    };
    if (segment.highlights.length <= MAX_LISTED_IDS) attrs['data-annotation-id'] = segment.highlights.map((highlight) => highlight.id).join(' ');
    if (looks.length > MAX_DRAWN_CATEGORIES) attrs['data-undrawn-categories'] = String(looks.length - MAX_DRAWN_CATEGORIES);
    return Decoration.inline(from, to, attrs, { segment } satisfies SegmentSpec);
  }
}
