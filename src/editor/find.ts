/**
 * Find in the article: every match of the reader's query marked in the text, one of them current.
 * A decoration source of its own, apart from the highlights, so a search never touches
 * annotations. Same shape as highlights.ts (and prosemirror-search): a module-level key, state
 * changed through transaction metadata, pure matching in src/model/text/text-search.ts.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { findAll, foldText, type FoldedText, type SearchOptions, type TextMatch } from '../model/text/text-search.js';
import { textIndexOf } from './text-offsets.js';

/** What the find plugin holds: the query, its matches (text offsets) and which one is current. */
export interface FindState {
  readonly query: string;
  readonly options: SearchOptions;
  readonly matches: readonly TextMatch[];
  /** Index into `matches`, or -1 when there is none. */
  readonly current: number;
  readonly decorations: DecorationSet;
}

type FindMeta = { readonly query: string; readonly options: SearchOptions } | { readonly current: number };

const EMPTY: FindState = { query: '', options: {}, matches: [], current: -1, decorations: DecorationSet.empty };

/** The plugin's key. */
export const findKey = new PluginKey<FindState>('cr-find');

const foldedTexts = new WeakMap<PMNode, FoldedText>();

/** The find plugin. */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply(tr, previous) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (!meta) return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
        if ('current' in meta) return withCurrent(tr.doc, previous, meta.current);
        return search(tr.doc, meta.query, meta.options);
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
  });
}

/** Searches for `query` (an empty query clears the marks); the first match becomes current. */
export function setFindQuery(tr: Transaction, query: string, options: SearchOptions = {}): Transaction {
  return tr.setMeta(findKey, { query, options } satisfies FindMeta);
}

/** Makes match `index` the current one (wrapping around at either end). */
export function setFindCurrent(tr: Transaction, index: number): Transaction {
  return tr.setMeta(findKey, { current: index } satisfies FindMeta);
}

/** The find state of an editor state. */
export function getFind(state: EditorState): FindState {
  return findKey.getState(state) ?? EMPTY;
}

function search(doc: PMNode, query: string, options: SearchOptions): FindState {
  const text = textIndexOf(doc).text;
  let folded = foldedTexts.get(doc);
  if (!folded && !options.matchCaseAndAccents) {
    folded = foldText(text);
    foldedTexts.set(doc, folded);
  }
  const matches = findAll(text, query, options, folded);
  return withCurrent(doc, { query, options, matches, current: -1, decorations: DecorationSet.empty }, matches.length ? 0 : -1);
}

function withCurrent(doc: PMNode, state: FindState, requested: number): FindState {
  const count = state.matches.length;
  const current = count === 0 ? -1 : ((requested % count) + count) % count;
  const index = textIndexOf(doc);
  const decorations = state.matches.map((match, i) =>
    Decoration.inline(index.offsetToPos(match.start, 'forward'), index.offsetToPos(match.end, 'backward'), {
      nodeName: 'mark',
      class: i === current ? 'cr-find-match cr-find-current' : 'cr-find-match',
    }),
  );
  return { ...state, current, decorations: DecorationSet.create(doc, decorations) };
}
