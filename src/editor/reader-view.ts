/**
 * The reader's ProseMirror view: the article as text a reader cannot change but can select like any
 * text, with mouse, touch and keyboard (a caret, Shift+arrows, Ctrl+Shift+arrows, Ctrl+A).
 *
 * Why not `editable: () => false`: a non-editable view has no caret, so keyboard selection is gone
 * (browsers only move a caret through contenteditable content). The view stays contenteditable and
 * every path that would change the text is closed instead: typing, deleting, pasting, dropping,
 * and composition are refused, cutting copies (ProseMirror's own cut handler deletes through a
 * transaction, which the filter drops), and a filter drops any transaction that changes the document
 * as a last guard.
 */
import { EditorState, Plugin, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

/** Keys that would change the text in a contenteditable; the reader swallows them. */
const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter']);

/** The plugin that keeps the text as it is while leaving selection free. */
export const readOnlyPlugin = new Plugin({
  filterTransaction: (tr: Transaction) => !tr.docChanged,
  props: {
    // Tab is not swallowed: it moves focus out of the text, as keyboard users expect.
    handleKeyDown: (_view, event) => EDITING_KEYS.has(event.key),
    handleKeyPress: () => true,
    handleTextInput: () => true,
    handlePaste: () => true,
    handleDrop: () => true,
    handleDOMEvents: {
      beforeinput: (_view, event) => {
        event.preventDefault();
        return true;
      },
      drop: (_view, event) => {
        event.preventDefault();
        return true;
      },
    },
  },
});

/** Options of {@link createReaderView}. */
export interface ReaderViewOptions {
  /** The accessible name of the text (the article's title). */
  readonly label: string;
  /**
   * More plugins (highlights, keys). They come before the read-only plugin, so a key they answer
   * (Enter on a highlight) is theirs; keys they leave alone still cannot edit the text.
   */
  readonly plugins?: readonly Plugin[];
  /**
   * The heading level of the article's headline (its subheadings one deeper, at most 6): 1 for the
   * reader's page, deeper where the article sits in a page's section (the class view), so that the
   * page's outline stays in order for screen readers.
   */
  readonly headingLevel?: number;
}

/** The editor state of a read-only article document. */
export function createReaderState(doc: PMNode, plugins: readonly Plugin[] = []): EditorState {
  return EditorState.create({ doc, plugins: [...plugins, readOnlyPlugin] });
}

/**
 * From this many positions on (about 100,000 characters, some 40 pages), a text is long: its blocks
 * render only near the viewport (`content-visibility: auto`), so a change anywhere, such as one new
 * highlight, does not lay out, paint and commit the whole text again.
 */
export const LONG_TEXT = 100_000;

/**
 * Mounts a read-only, selectable view of `doc` into `mount`. The caller destroys it
 * (`view.destroy()`) when the article closes.
 */
export function createReaderView(mount: HTMLElement, doc: PMNode, options: ReaderViewOptions): EditorView {
  const level = options.headingLevel ?? 1;
  return new EditorView(mount, {
    state: createReaderState(doc, options.plugins),
    ...(level === 1 ? {} : { nodeViews: { headline: headingAt(level, 'headline'), subheading: headingAt(level + 1, 'subheading') } }),
    // Keep a passage scrolled to clear of the sticky toolbars above the text.
    scrollMargin: { top: 160, bottom: 60, left: 0, right: 0 },
    scrollThreshold: { top: 160, bottom: 60, left: 0, right: 0 },
    attributes: {
      // A long text's blocks off screen are neither laid out nor painted (styles/reader.css).
      class: doc.content.size > LONG_TEXT ? 'cr-article-text cr-long-text' : 'cr-article-text',
      role: 'textbox',
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      'aria-label': options.label,
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
      // Touch devices: select without a virtual keyboard covering the text.
      inputmode: 'none',
      // Machine translation rewrites the DOM under ProseMirror and would desynchronise offsets.
      translate: 'no',
    },
  });
}

/** A node view that renders a heading block at `level` (capped at 6), with the schema's class and kind. */
function headingAt(level: number, kind: 'headline' | 'subheading'): () => { dom: HTMLElement; contentDOM: HTMLElement } {
  return () => {
    const dom = document.createElement(`h${Math.min(6, Math.max(1, level))}`);
    dom.className = `cr-block cr-${kind}`;
    dom.dataset['kind'] = kind;
    return { dom, contentDOM: dom };
  };
}
