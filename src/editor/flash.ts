/**
 * A passage flashed for a moment, so the eye finds where the reader was taken (from the sidebar,
 * the distribution strip or the keyboard). One decoration at most; the UI clears it when the
 * animation is over.
 */
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { textIndexOf } from './text-offsets.js';

const flashKey = new PluginKey<DecorationSet>('cr-flash');

/** The flash plugin. */
export function flashPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: flashKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const range = tr.getMeta(flashKey) as { start: number; end: number } | null | undefined;
        if (range === undefined) return set.map(tr.mapping, tr.doc);
        if (range === null) return DecorationSet.empty;
        const index = textIndexOf(tr.doc);
        const from = index.offsetToPos(range.start, 'forward');
        const to = index.offsetToPos(range.end, 'backward');
        return to > from ? DecorationSet.create(tr.doc, [Decoration.inline(from, to, { nodeName: 'span', class: 'cr-flash' })]) : DecorationSet.empty;
      },
    },
    props: { decorations: (state) => flashKey.getState(state) },
  });
}

/** Flashes the text range `start`–`end`, or clears the flash with null. */
export function setFlash(tr: Transaction, range: { start: number; end: number } | null): Transaction {
  return tr.setMeta(flashKey, range);
}
