/**
 * Paints layers of text ranges on a read-only article view through the CSS Custom Highlight API,
 * for the class view (issue 16): the heat layer (one layer per count level), a student against the
 * model answer (found, missed, extra, wrong category). The reader's own highlights have their
 * registry (highlight-registry.ts) with windowing and hit-testing; these views show a few hundred
 * ranges at most and replace them all at once, so this is the plain form of the same technique.
 *
 * Each layer is one `Highlight` registered under a name unique to the painter
 * (`cr-layer-<n>-<key>`) and styled by a `::highlight()` rule in a constructable stylesheet adopted
 * by the tree scope of the text. Only `background-color`, `color` and `text-decoration` (with its
 * style, colour and thickness) take effect in `::highlight()`; a layer's non-colour cue is its
 * decoration style (solid, dotted, dashed, wavy, double).
 */
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { textIndexOf } from './text-offsets.js';

/** One layer: its key (letters, digits, dashes), the text ranges, and its `::highlight()` declarations. */
export interface PaintLayer {
  readonly key: string;
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  /** CSS declarations, e.g. `background-color: var(--cr-heat-3)`. */
  readonly style: string;
  /** Higher paints over lower where layers overlap (the Highlight's priority). */
  readonly priority?: number;
}

let painters = 0;

/** See the module comment. Destroy it with the view. */
export class RangePainter {
  /** The prefix of this painter's highlight names. */
  readonly prefix: string;
  private readonly sheet = new CSSStyleSheet();
  private readonly scope: Document | ShadowRoot;
  private names: string[] = [];

  constructor(private readonly view: EditorView) {
    painters += 1;
    this.prefix = `cr-layer-${painters}-`;
    const root = view.dom.getRootNode();
    this.scope = root instanceof ShadowRoot ? root : view.dom.ownerDocument;
    this.scope.adoptedStyleSheets = [...this.scope.adoptedStyleSheets, this.sheet];
  }

  /** The highlight name of the layer with `key` (what `CSS.highlights` holds it under). */
  nameOf(key: string): string {
    return `${this.prefix}${key}`;
  }

  /** Replaces what is painted with `layers`. Ranges outside the text are cut; empty ones skipped. */
  paint(layers: readonly PaintLayer[]): void {
    this.clear();
    const index = textIndexOf(this.view.state.doc);
    const rules: string[] = [];
    for (const layer of layers) {
      const name = this.nameOf(layer.key);
      const highlight = new Highlight();
      highlight.priority = layer.priority ?? 0;
      for (const { start, end } of layer.ranges) {
        const from = index.offsetToPos(start, 'forward');
        const to = index.offsetToPos(end, 'backward');
        if (!(to > from)) continue;
        const startAt = this.view.domAtPos(from, 1);
        const endAt = this.view.domAtPos(to, -1);
        const range = new Range();
        range.setStart(startAt.node, startAt.offset);
        range.setEnd(endAt.node, endAt.offset);
        highlight.add(range);
      }
      CSS.highlights.set(name, highlight);
      this.names.push(name);
      rules.push(`::highlight(${name}) { ${layer.style} }`);
    }
    this.sheet.replaceSync(rules.join('\n'));
  }

  /** Removes every layer. */
  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names = [];
    this.sheet.replaceSync('');
  }

  /** Removes the layers and the stylesheet from the page. */
  destroy(): void {
    this.clear();
    this.scope.adoptedStyleSheets = this.scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}

/** The text offset at a point of the viewport (a click), or undefined off the text. */
export function offsetAtPoint(view: EditorView, x: number, y: number): number | undefined {
  const found = view.posAtCoords({ left: x, top: y });
  return found ? textIndexOf(view.state.doc).posToOffset(found.pos) : undefined;
}

/**
 * The text offset of the character under a point of the viewport (hover, click), or undefined off
 * the text. `posAtCoords` answers the nearest gap between characters, which over the right half of
 * a character is the gap after it; this steps back to the character whose box holds the point
 * (left-to-right text).
 */
export function characterAtPoint(view: EditorView, x: number, y: number): number | undefined {
  const found = view.posAtCoords({ left: x, top: y });
  if (!found) return undefined;
  const index = textIndexOf(view.state.doc);
  const offset = index.posToOffset(found.pos);
  if (offset === 0) return offset;
  const gap = view.coordsAtPos(found.pos, -1);
  return x < gap.left && y >= gap.top && y <= gap.bottom ? offset - 1 : offset;
}

/** The caret's text offset (for Enter on a passage with the keyboard). */
export function caretOffset(view: EditorView): number {
  return textIndexOf(view.state.doc).posToOffset(view.state.selection.head);
}

/** The box of the text at `offset` in viewport coordinates (to scroll to a passage or mark it on a strip). */
export function boxAtOffset(view: EditorView, offset: number): { readonly top: number; readonly bottom: number; readonly left: number } {
  const pos = textIndexOf(view.state.doc).offsetToPos(offset, 'forward');
  const { top, bottom, left } = view.coordsAtPos(pos);
  return { top, bottom, left };
}

/** What {@link caretPlugin} tells its owner. */
export interface CaretHandlers {
  /** The caret moved (keyboard, click, or {@link placeCaretAt}): its text offset. */
  readonly onCaret?: (offset: number) => void;
  /** Enter was pressed with the caret at `offset`. */
  readonly onEnter?: (offset: number) => void;
}

/**
 * A plugin for a read-only article view that reports where the caret is and Enter on it, so that a
 * view like the class heat can say what is under the caret and list a passage with the keyboard.
 * Give it to `createReaderView` in `plugins` (it comes before the read-only plugin, so Enter is its).
 */
export function caretPlugin(handlers: CaretHandlers): Plugin {
  return new Plugin({
    props: {
      handleKeyDown: (view, event) => {
        if (event.key !== 'Enter' || !handlers.onEnter) return false;
        handlers.onEnter(caretOffset(view));
        return true;
      },
    },
    view: () => ({
      update: (view, previous) => {
        if (!view.state.selection.eq(previous.selection)) handlers.onCaret?.(caretOffset(view));
      },
    }),
  });
}

/** Puts the caret at `offset` and scrolls it into view (a click on a map of the text, say); focuses the text. */
export function placeCaretAt(view: EditorView, offset: number): void {
  const pos = textIndexOf(view.state.doc).offsetToPos(offset, 'forward');
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))).scrollIntoView());
}
