/**
 * Marks in the text for relations (issue 17; shared/ARCHITECTURE.md, "Highlights": the few
 * interactive decorations): the partners of the annotation that is focused (its card open, or
 * stepped to) or under the mouse, and, while the reader makes a link, the passage it starts from
 * and the candidate it would go to. Few at a time, so ProseMirror decorations, beside the
 * highlight plugin (highlights.ts, which reports the annotation under the mouse here). The shape
 * of prosemirror-search (STYLE.md 6): a module-level key, changes as transaction metadata.
 *
 * The UI hands over, once per change of the relations, each annotation's partners as text ranges;
 * what is marked is then worked out here whenever the focused or hovered annotation changes.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { textIndexOf } from './text-offsets.js';

/** A range of the canonical text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** What the marks are worked out from. */
interface MarksInput {
  /** Per annotation id, the ranges of its relation partners. */
  readonly partners: ReadonlyMap<string, readonly TextRange[]>;
  readonly focused: string | undefined;
  readonly hovered: string | undefined;
  /** While a link is being made: the passage it starts from. */
  readonly linkSource: TextRange | undefined;
  /** While a link is being made: the candidate offered. */
  readonly linkCandidate: TextRange | undefined;
}

/** The plugin's state: its input and the decorations drawn from it. */
interface MarksState extends MarksInput {
  readonly decorations: DecorationSet;
}

/** The class of a partner's mark (styles/reader.css gives it a dashed outline, not only a colour). */
export const PARTNER_CLASS = 'cr-relation-partner';
/** The class of the candidate offered while linking. */
export const CANDIDATE_CLASS = 'cr-link-candidate';
/** The class of the passage a link being made starts from. */
export const LINK_SOURCE_CLASS = 'cr-link-source';

const EMPTY: MarksState = {
  partners: new Map(),
  focused: undefined,
  hovered: undefined,
  linkSource: undefined,
  linkCandidate: undefined,
  decorations: DecorationSet.empty,
};

const marksKey = new PluginKey<MarksState>('cr-relation-marks');

/** The relation marks plugin. */
export function relationMarksPlugin(): Plugin<MarksState> {
  return new Plugin<MarksState>({
    key: marksKey,
    state: {
      init: () => EMPTY,
      apply(tr, previous) {
        const change = tr.getMeta(marksKey) as Partial<MarksInput> | undefined;
        if (!change) return tr.docChanged ? { ...previous, decorations: draw(tr.doc, previous) } : previous;
        const next = { ...previous, ...change };
        return { ...next, decorations: draw(tr.doc, next) };
      },
    },
    props: { decorations: (state) => marksKey.getState(state)?.decorations },
  });
}

function withChange(tr: Transaction, change: Partial<MarksInput>): Transaction {
  const earlier = tr.getMeta(marksKey) as Partial<MarksInput> | undefined;
  return tr.setMeta(marksKey, { ...earlier, ...change });
}

/** Hands over each annotation's partners (built once per change of the relations). */
export function setRelationPartners(tr: Transaction, partners: ReadonlyMap<string, readonly TextRange[]>): Transaction {
  return withChange(tr, { partners });
}

/** The annotation focused (its card open, or stepped to), whose partners are marked; undefined for none. */
export function setFocusedAnnotation(tr: Transaction, id: string | undefined): Transaction {
  return withChange(tr, { focused: id });
}

/** The annotation under the mouse, whose partners are marked too (highlights.ts reports it). */
export function setHoveredAnnotation(tr: Transaction, id: string | undefined): Transaction {
  return withChange(tr, { hovered: id });
}

/** While a link is made: the passage it starts from and the candidate offered; both undefined when done. */
export function setLinkMarks(tr: Transaction, marks: { readonly source?: TextRange; readonly candidate?: TextRange }): Transaction {
  return withChange(tr, { linkSource: marks.source, linkCandidate: marks.candidate });
}

/** The focused annotation's id, as the plugin holds it. */
export function focusedAnnotation(state: EditorState): string | undefined {
  return marksKey.getState(state)?.focused;
}

/**
 * Whether the annotation under the mouse is worth reporting: the plugin is there and either some
 * annotation has partners or a hovered one is still held. Keeps mouse moves over an article
 * without relations from dispatching anything.
 */
export function hoverWanted(state: EditorState, id: string | undefined): boolean {
  const marks = marksKey.getState(state);
  return marks !== undefined && marks.hovered !== id && (marks.partners.size > 0 || marks.hovered !== undefined);
}

/** What is marked now, in text order: each range with its class (for tests and the probe). */
export function relationMarks(state: EditorState): { readonly start: number; readonly end: number; readonly kind: string }[] {
  const marks = marksKey.getState(state);
  if (!marks) return [];
  return wanted(marks).map(({ range, kind }) => ({ start: range.start, end: range.end, kind }));
}

function wanted(marks: MarksInput): { range: TextRange; kind: string }[] {
  const seen = new Set<string>();
  const out: { range: TextRange; kind: string }[] = [];
  const push = (range: TextRange | undefined, kind: string): void => {
    if (!range) return;
    const key = `${kind} ${range.start} ${range.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ range, kind });
  };
  for (const id of [marks.focused, marks.hovered]) for (const range of (id && marks.partners.get(id)) || []) push(range, PARTNER_CLASS);
  push(marks.linkSource, LINK_SOURCE_CLASS);
  push(marks.linkCandidate, CANDIDATE_CLASS);
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

function draw(doc: PMNode, marks: MarksInput): DecorationSet {
  const list = wanted(marks);
  if (list.length === 0) return DecorationSet.empty;
  const index = textIndexOf(doc);
  const decorations = list.flatMap(({ range, kind }) => {
    const from = index.offsetToPos(range.start, 'forward');
    const to = index.offsetToPos(range.end, 'backward');
    return to > from ? [Decoration.inline(from, to, { nodeName: 'span', class: kind })] : [];
  });
  return DecorationSet.create(doc, decorations);
}
