/**
 * The three anchoring cases of figure 1, each a text and stored annotations with the range where
 * each annotated passage really is in that text: unchanged; about a tenth of the quoted passages
 * edited (a word changed, whitespace changed, typographic quotes changed); paragraphs inserted
 * before passages. Pure and seeded, like bench-inputs.ts.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import type { AnchorTarget } from '../../src/model/anchoring/anchoring.js';
import { BLOCK_SEPARATOR, type ArticleBlock } from '../../src/model/documents/article.js';
import { applyEdits, blockStarts, mapRange, randomInt, sample, varyParagraph, type Random, type TextEdit } from './bench-inputs.js';

/** A range of a text (UTF-16 offsets). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One anchoring case: the text now, what was stored, and where each passage really is now. */
export interface AnchoringCase {
  readonly key: 'unchanged' | 'edited' | 'inserted';
  readonly label: string;
  readonly text: string;
  readonly targets: readonly AnchorTarget[];
  readonly expected: readonly Span[];
  /** How many targets' quotes were changed (edited case) or shifted (inserted case). */
  readonly touched: number;
  /** What was done to the text, in words. */
  readonly change: string;
}

/** What anchoring stores of an annotation: quote, context and the stored range as a hint. */
export function targetOf(annotation: Annotation): AnchorTarget {
  const { exact, prefix, suffix, start, end } = annotation;
  return { exact, prefix, suffix, start, end };
}

export function unchangedCase(text: string, annotations: readonly Annotation[]): AnchoringCase {
  return {
    key: 'unchanged',
    label: 'unchanged',
    text,
    targets: annotations.map(targetOf),
    expected: annotations.map(({ start, end }) => ({ start, end })),
    touched: 0,
    change: 'the text as the annotations were made on it',
  };
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const QUOTE_MARK = /["'«»„“”‚‘’]/gu;
/** Each quotation mark as it is written in another typographic style. */
const RESTYLED: Record<string, string> = {
  '»': '„',
  '«': '“',
  '„': '"',
  '“': '"',
  '”': '"',
  '"': '“',
  "'": '’',
  '’': "'",
  '‘': "'",
  '‚': "'",
};
const SPACES = ['  ', '\n', '\u00a0'];
type EditKind = 'word' | 'whitespace' | 'typographic';

/**
 * About `share` of the annotations' passages edited, a third each by kind: one word replaced by
 * another word of the articles, one space doubled or turned into a line break or a no-break space,
 * or every quotation mark of the passage restyled (»…« → „…“, „…“ → "…", ' → ’). Edits never touch
 * each other; an edit inside one passage also edits the passages that overlap it.
 */
export function editedCase(text: string, annotations: readonly Annotation[], random: Random, words: readonly string[], share = 0.1): AnchoringCase {
  const wanted = Math.round(share * annotations.length);
  const kinds: EditKind[] = ['word', 'whitespace', 'typographic'];
  const edits: TextEdit[] = [];
  const busy = new Set<number>();
  const free = (edit: TextEdit): boolean => {
    for (let i = edit.at - 1; i <= edit.at + edit.remove; i += 1) if (busy.has(i)) return false;
    return true;
  };
  const perKind: Record<EditKind, number> = { word: 0, whitespace: 0, typographic: 0 };
  let done = 0;
  for (const annotation of sample(random, annotations, annotations.length)) {
    if (done >= wanted) break;
    const kind = kinds[done % kinds.length]!;
    const planned = editsFor(kind, annotation, random, words).filter(free);
    if (planned.length === 0) continue;
    for (const edit of planned) {
      edits.push(edit);
      for (let i = edit.at; i < edit.at + Math.max(1, edit.remove); i += 1) busy.add(i);
    }
    perKind[kind] += 1;
    done += 1;
  }
  edits.sort((a, b) => a.at - b.at);
  const touched = annotations.filter((a) => edits.some((e) => e.at >= a.start && e.at < a.end)).length;
  return {
    key: 'edited',
    label: `${Math.round(share * 100)}% edited`,
    text: applyEdits(text, edits),
    targets: annotations.map(targetOf),
    expected: annotations.map((a) => mapRange(edits, a.start, a.end)),
    touched,
    change: `${done} passages edited (${perKind.word} a word changed, ${perKind.whitespace} whitespace, ${perKind.typographic} typographic quotes); ${touched} stored quotes changed with overlaps`,
  };
}

function editsFor(kind: EditKind, annotation: Annotation, random: Random, words: readonly string[]): TextEdit[] {
  const { exact, start } = annotation;
  if (kind === 'word') {
    const found = [...exact.matchAll(WORD)];
    if (found.length === 0) return [];
    const word = found[Math.floor(random() * found.length)]!;
    let other = word[0];
    while (other === word[0]) other = words[Math.floor(random() * words.length)]!;
    return [{ at: start + word.index, remove: word[0].length, insert: other }];
  }
  if (kind === 'whitespace') {
    const spaces = [...exact.matchAll(/ /g)];
    if (spaces.length === 0) return [];
    const space = spaces[Math.floor(random() * spaces.length)]!;
    return [{ at: start + space.index, remove: 1, insert: SPACES[Math.floor(random() * SPACES.length)]! }];
  }
  return [...exact.matchAll(QUOTE_MARK)].map((mark) => ({ at: start + mark.index, remove: 1, insert: RESTYLED[mark[0]]! }));
}

/**
 * `count` new paragraphs inserted before blocks of the text (always one before the first): each
 * a paragraph of the articles varied as the long text's copies are, so it reads like the rest and
 * may repeat a phrase of a passage that follows it.
 */
export function insertedCase(
  blocks: readonly ArticleBlock[],
  annotations: readonly Annotation[],
  random: Random,
  words: readonly string[],
  paragraphs: readonly string[],
  count = 60,
): AnchoringCase {
  const starts = blockStarts(blocks);
  const before = new Set([0, ...sample(random, starts.slice(1).map((_, i) => i + 1), count - 1)]);
  const edits: TextEdit[] = [...before]
    .sort((a, b) => a - b)
    .map((b) => ({ at: starts[b]!, remove: 0, insert: varyParagraph(paragraphs[randomInt(random, 0, paragraphs.length - 1)]!, random, words) + BLOCK_SEPARATOR }));
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const added = edits.reduce((sum, edit) => sum + edit.insert.length, 0);
  return {
    key: 'inserted',
    label: 'paragraphs inserted before',
    text: applyEdits(text, edits),
    targets: annotations.map(targetOf),
    expected: annotations.map((a) => mapRange(edits, a.start, a.end)),
    touched: annotations.length,
    change: `${edits.length} paragraphs (${added.toLocaleString('en')} characters) inserted before blocks; every passage after the first insertion shifted`,
  };
}

/** How a placement compares with where the passage really is. */
export type Verdict = 'right' | 'wrong' | 'unplaced';

/**
 * Right when both ends are within max(3, a quarter of the passage's length) of the true ends (an
 * approximate match may take or leave a changed character at an edge); wrong when placed anywhere
 * else; unplaced when not placed.
 */
export function verdictOf(found: Span | undefined, expected: Span): Verdict {
  if (!found) return 'unplaced';
  const tolerance = Math.max(3, Math.ceil((expected.end - expected.start) / 4));
  return Math.abs(found.start - expected.start) <= tolerance && Math.abs(found.end - expected.end) <= tolerance ? 'right' : 'wrong';
}

/** Verdict counts. */
export interface Tally {
  right: number;
  wrong: number;
  unplaced: number;
}

export function tally(verdicts: readonly Verdict[]): Tally {
  const counts: Tally = { right: 0, wrong: 0, unplaced: 0 };
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
