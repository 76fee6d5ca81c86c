/**
 * The benchmark's inputs, made from the shipped articles and a seeded PRNG, so every run and every
 * machine measures the same texts and annotations: a long text (the articles repeated with varied
 * paragraphs), annotations on a text (including overlaps and multiple categories), and the edited
 * versions of a text with where each annotated passage really is afterwards. Pure: no DOM, no I/O.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { BLOCK_SEPARATOR, canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';
import { describeRange } from '../../src/model/anchoring/text-quote.js';
import { makeAnnotation } from '../support/annotations.js';

/** A seeded PRNG (mulberry32): floats in [0, 1). */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` distinct items of `items`, in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = 0; i < Math.min(count, copy.length); i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words of `text` of at least `minLength` characters, each once. */
export function vocabulary(texts: readonly string[], minLength = 4): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(WORD)) if (word.length >= minLength) words.add(word);
  return [...words].sort();
}

/**
 * A paragraph of an article, varied: its sentences shuffled (half of the time) and about one in
 * four of its words of four letters or more replaced by another word of the articles, so that
 * copies of it read alike without being identical passages (about 6% of passages with their
 * 32-character contexts still occur twice in the long text; half of the bare quotes do).
 */
export function varyParagraph(text: string, random: Random, words: readonly string[], rate = 1 / 4): string {
  let sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ»„"])/u);
  if (sentences.length > 1 && random() < 0.5) sentences = sample(random, sentences, sentences.length);
  return sentences.join(' ').replace(WORD, (word) => (word.length >= 4 && random() < rate ? pick(random, words) : word));
}

/**
 * A long text of at least `minChars` UTF-16 units: the articles once as shipped, then again and
 * again in shuffled order with every block varied (see {@link varyParagraph}).
 */
export function buildLongText(articles: readonly (readonly ArticleBlock[])[], minChars: number, random: Random): ArticleBlock[] {
  const words = vocabulary(articles.flatMap((blocks) => blocks.map((block) => block.text)));
  const blocks: ArticleBlock[] = articles.flatMap((article) => article.map(({ type, text }) => ({ type, text })));
  let length = canonicalText(blocks).length;
  while (length < minChars) {
    for (const article of sample(random, articles, articles.length)) {
      for (const block of article) {
        const text = varyParagraph(block.text, random, words);
        blocks.push({ type: block.type, text });
        length += text.length + BLOCK_SEPARATOR.length;
      }
    }
  }
  return blocks;
}

/** Where a block's text starts in the canonical text, per block. */
export function blockStarts(blocks: readonly ArticleBlock[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The categories generated annotations are tagged with (the default scheme's). */
const CATEGORY_IDS = ['actor', 'policy', 'quote', 'statistic'];

/**
 * `count` annotations on the canonical text of `blocks`: passages of whole words within one block,
 * mostly short (a name, a phrase) and some a sentence long; a quarter overlap an earlier one (start
 * inside it, or enclose it); one in ten has two categories. No two share range and category.
 */
export function generateAnnotations(blocks: readonly ArticleBlock[], documentId: string, count: number, random: Random): Annotation[] {
  const text = canonicalText(blocks);
  const starts = blockStarts(blocks);
  const words: Span[] = [];
  const blockOfWord: number[] = [];
  blocks.forEach((block, b) => {
    for (const match of block.text.matchAll(WORD)) {
      words.push({ start: starts[b]! + match.index, end: starts[b]! + match.index + match[0].length });
      blockOfWord.push(b);
    }
  });
  const taken = new Set<string>();
  const chosen: { first: number; last: number }[] = [];
  const annotations: Annotation[] = [];
  const created = Date.UTC(2026, 0, 5, 9, 0, 0);
  while (annotations.length < count) {
    const size = random() < 0.4 ? randomInt(random, 1, 3) : random() < 2 / 3 ? randomInt(random, 4, 10) : randomInt(random, 11, 30);
    let first = randomInt(random, 0, words.length - 1);
    const earlier = chosen.length > 0 && random() < 0.25 ? pick(random, chosen) : undefined;
    if (earlier) first = random() < 0.5 ? randomInt(random, earlier.first, earlier.last) : Math.max(0, earlier.first - randomInt(random, 1, 3));
    let last = Math.min(words.length - 1, first + size - 1);
    if (earlier && first < earlier.first) last = Math.max(last, earlier.last);
    while (blockOfWord[last] !== blockOfWord[first]) last -= 1;
    const key = `${first}:${last}`;
    if (taken.has(key)) continue;
    taken.add(key);
    chosen.push({ first, last });
    const range = describeRange(text, words[first]!.start, words[last]!.end);
    const n = annotations.length;
    const category = pick(random, CATEGORY_IDS);
    const second = random() < 0.1 ? pick(random, CATEGORY_IDS.filter((id) => id !== category)) : undefined;
    const time = new Date(created + n * 61_000).toISOString();
    annotations.push(
      makeAnnotation({
        id: uuidFrom(random),
        documentId,
        ...range,
        categoryIds: second ? [category, second] : [category],
        ...(n % 7 === 0 ? { note: `Benchmark note ${n}` } : {}),
        created: time,
        modified: time,
      }),
    );
  }
  return annotations;
}

/** A version-4-shaped UUID from the PRNG. */
function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** One change of a text: `remove` units at `at` replaced by `insert`. */
export interface TextEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** `text` with `edits` (which must not overlap) applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const edit of sorted) {
    if (edit.at < from) throw new Error(`applyEdits: overlapping edits at ${edit.at}`);
    out += text.slice(from, edit.at) + edit.insert;
    from = edit.at + edit.remove;
  }
  return out + text.slice(from);
}

/**
 * Where a passage [start, end) of the old text is in the edited text: an edit before it shifts it,
 * an edit inside it (also one that starts at `start` and replaces text) stays inside it, and an
 * insertion exactly at `start` goes before it.
 */
export function mapRange(edits: readonly TextEdit[], start: number, end: number): Span {
  let newStart = start;
  let newEnd = end;
  for (const { at, remove, insert } of edits) {
    const delta = insert.length - remove;
    if ((at < start && at + remove > start) || (at < end && at + remove > end)) {
      throw new Error(`mapRange: edit at ${at} straddles an edge of ${start}-${end}`);
    }
    if (at < start || (at === start && remove === 0)) newStart += delta;
    if (at < end) newEnd += delta;
  }
  return { start: newStart, end: newEnd };
}
