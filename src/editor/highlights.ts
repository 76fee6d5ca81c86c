/**
 * The one plugin that owns the highlights (shared/ARCHITECTURE.md, "Highlights"; the shape of
 * prosemirror-search, STYLE.md 6): a module-level key, a DecorationSet in the plugin state, changes
 * sent as transaction metadata through the helpers below, decorations mapped rather than rebuilt.
 *
 * Highlights come in as text offsets of the canonical text and are converted here through the one
 * text-offset module. Each category of an annotation gets its own inline decoration, so a span
 * carries one `data-category` and the annotation's id, and overlapping or multiply tagged passages
 * nest one span per category: CSS layers their tints and stacks their underlines.
 *
 * Adding or removing one highlight touches only the decorations in its range, so it costs about the
 * same with ten or ten thousand highlights shown.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { textIndexOf } from './text-offsets.js';

/** One highlight: an annotation's range in the canonical text and its categories. */
export interface HighlightSpec {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly categoryIds: readonly string[];
}

/** How a category looks: a CSS colour and a text-decoration-style for its underline. */
export interface CategoryLook {
  readonly colour: string;
  readonly line: string;
}

/** What the plugin needs to draw: the look of a category id (undefined for one it does not know). */
export type CategoryLookup = (categoryId: string) => CategoryLook | undefined;

interface DecorationSpec {
  readonly annotationId: string;
  readonly categoryId: string;
}

/** A change to the highlights, as transaction metadata: optionally clear all, remove some, add some. */
interface HighlightChange {
  readonly reset: boolean;
  readonly remove: readonly HighlightSpec[];
  readonly add: readonly HighlightSpec[];
}

/** The plugin's key: read its state with {@link getHighlights}. */
export const highlightsKey = new PluginKey<DecorationSet>('cr-highlights');

/**
 * The highlight plugin. `lookup` gives each category's look when a highlight is drawn; a category
 * it does not know is drawn in a neutral grey rather than dropped. `initial` highlights are in the
 * first state, so an article opens already highlighted: one render, not a plain one and then a
 * highlighted one.
 */
export function highlightsPlugin(lookup: CategoryLookup, initial: readonly HighlightSpec[] = []): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightsKey,
    state: {
      init: (_config, state) =>
        initial.length > 0 ? DecorationSet.create(state.doc, decorationsFor(state.doc, initial, lookup)) : DecorationSet.empty,
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc);
        const change = tr.getMeta(highlightsKey) as HighlightChange | undefined;
        if (!change) return next;
        if (change.reset) next = DecorationSet.empty;
        next = removeFrom(next, tr.doc, change.remove);
        return next.add(tr.doc, decorationsFor(tr.doc, change.add, lookup));
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state),
    },
  });
}

/** Replaces every highlight with `highlights`. */
export function setHighlights(tr: Transaction, highlights: readonly HighlightSpec[]): Transaction {
  return tr.setMeta(highlightsKey, { reset: true, remove: [], add: highlights } satisfies HighlightChange);
}

/**
 * Removes the highlights in `remove` (their ranges say where to look) and adds those in `add`, in
 * one step: an edited annotation is removed with its old range and added with its new one.
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
  } satisfies HighlightChange);
}

/** The highlight decorations of a state. */
export function getHighlights(state: EditorState): DecorationSet {
  return highlightsKey.getState(state) ?? DecorationSet.empty;
}

/**
 * The ids of the annotations highlighted at a document position (a caret touching a highlight's
 * edge counts), innermost (shortest) first: what Enter or a click opens.
 */
export function annotationIdsAt(state: EditorState, pos: number): string[] {
  const found = getHighlights(state).find(pos, pos);
  const byId = new Map<string, number>();
  for (const decoration of found) {
    const spec = decoration.spec as DecorationSpec;
    const length = decoration.to - decoration.from;
    byId.set(spec.annotationId, Math.min(byId.get(spec.annotationId) ?? Infinity, length));
  }
  return [...byId.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

function decorationsFor(doc: PMNode, highlights: readonly HighlightSpec[], lookup: CategoryLookup): Decoration[] {
  const index = textIndexOf(doc);
  const decorations: Decoration[] = [];
  for (const highlight of highlights) {
    if (!(highlight.end > highlight.start)) continue;
    const from = index.offsetToPos(highlight.start, 'forward');
    const to = index.offsetToPos(highlight.end, 'backward');
    if (!(to > from)) continue;
    for (const categoryId of highlight.categoryIds) {
      const look = lookup(categoryId) ?? { colour: '#767676', line: 'solid' };
      const spec: DecorationSpec = { annotationId: highlight.id, categoryId };
      decorations.push(
        Decoration.inline(
          from,
          to,
          {
            // A nodeName gives every decoration its own element: without it ProseMirror merges the
            // attributes of decorations over the same text into one span, and overlapping
            // passages would lose all but one data-category.
            nodeName: 'span',
            class: 'cr-highlight',
            'data-category': categoryId,
            'data-annotation-id': highlight.id,
            style: `--cr-hl-colour: ${look.colour}; --cr-hl-line: ${look.line}`,
          },
          spec,
        ),
      );
    }
  }
  return decorations;
}

function removeFrom(set: DecorationSet, doc: PMNode, highlights: readonly HighlightSpec[]): DecorationSet {
  if (highlights.length === 0) return set;
  const index = textIndexOf(doc);
  const stale: Decoration[] = [];
  for (const highlight of highlights) {
    const from = index.offsetToPos(highlight.start, 'forward');
    const to = index.offsetToPos(highlight.end, 'backward');
    stale.push(...set.find(from, to, (spec: DecorationSpec) => spec.annotationId === highlight.id));
  }
  return set.remove(stale);
}
