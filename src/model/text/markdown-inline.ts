/**
 * Markdown's inline syntax read down to text and emphasis marks: what a reader's own .md file keeps.
 * Emphasis follows CommonMark's delimiter-run rules (https://spec.commonmark.org/0.31.2/#emphasis-and-strong-emphasis):
 * flanking, `_` not inside words, the rule of three, strong taking two characters of a run from the
 * inside. Code spans keep their text literally; links keep their text and lose their target; images,
 * raw HTML tags and comments go; autolinks keep their address; backslash escapes lose the backslash.
 * Pure: no DOM.
 */
import type { InlineMark } from '../documents/article.js';

/** A run of `*` or `_` that may open or close emphasis; `count` is what is still unused. */
interface Delimiter {
  readonly kind: 'delimiter';
  readonly char: '*' | '_';
  readonly length: number;
  count: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  active: boolean;
  /** Marks this run closes (their end is where its unused characters begin). */
  readonly closes: PendingMark[];
  /** Marks this run opens (their start is where its unused characters end). */
  readonly opens: PendingMark[];
}

interface PendingMark {
  readonly type: InlineMark['type'];
  start: number;
  end: number;
}

type Piece = { readonly kind: 'text'; readonly text: string } | Delimiter;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Sticky: each is tried at one index of the source (lastIndex), never copying the rest of it.
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/y;
const BACKTICKS = /`+/y;
const STARS = /\*+/y;
const UNDERSCORES = /_+/y;

/**
 * How far a link or a code span may reach: CommonMark sets no limit, but a 20 MB file of unclosed
 * brackets should not take quadratic time to read.
 */
const REACH = 1000;

/** The match of sticky `pattern` at `index` of `source`, or null. */
function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

const isSpace = (ch: string): boolean => ch === '' || /\s/u.test(ch);
const isPunctuation = (ch: string): boolean => /[\p{P}\p{S}]/u.test(ch);

/** Index of the bracket closing the one at `open` (`[`…`]` or `(`…`)`), or -1. Escapes are skipped. */
function matching(source: string, open: number): number {
  const opener = source[open]!;
  const closer = opener === '[' ? ']' : ')';
  let depth = 0;
  for (let i = open; i < Math.min(source.length, open + REACH); i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === opener) depth++;
    else if (ch === closer && --depth === 0) return i;
  }
  return -1;
}

/** Where a link that starts with `[` at `open` ends, and where its text ends; undefined if none. */
function linkAt(source: string, open: number): { textEnd: number; end: number } | undefined {
  const textEnd = matching(source, open);
  if (textEnd < 0) return undefined;
  const next = source[textEnd + 1];
  if (next !== '(' && next !== '[') return undefined;
  const end = matching(source, textEnd + 1);
  return end < 0 ? undefined : { textEnd, end: end + 1 };
}

/** Splits `source` into literal text and delimiter runs. */
function tokenize(source: string): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') pieces.push({ kind: 'text', text });
    text = '';
  };
  // Where a link's text ends: jump over its "](target)" or "][label]".
  const skips = new Map<number, number>();
  for (let i = 0; i < source.length; ) {
    const skip = skips.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const ch = source[i]!;
    const link = ch === '[' ? linkAt(source, i) : ch === '!' && source[i + 1] === '[' ? linkAt(source, i + 1) : undefined;
    if (ch === '\\' && i + 1 < source.length && ASCII_PUNCTUATION.test(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
    } else if (ch === '`') {
      const run = matchAt(BACKTICKS, source, i)![0];
      const close = source.slice(i + run.length, i + run.length + REACH).search(new RegExp(`(?<!\`)${run}(?!\`)`));
      if (close < 0) {
        text += run;
        i += run.length;
      } else {
        let code = source.slice(i + run.length, i + run.length + close);
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        text += code;
        i += run.length * 2 + close;
      }
    } else if (link) {
      // An image goes whole: its picture is not fetched, and its alt text is not the document's text.
      if (ch === '!') i = link.end;
      else {
        skips.set(link.textEnd, link.end);
        i++;
      }
    } else if (ch === '<' && matchAt(AUTOLINK, source, i)) {
      const match = matchAt(AUTOLINK, source, i)!;
      text += match[1];
      i += match[0].length;
    } else if (ch === '<' && matchAt(HTML_TAG, source, i)) {
      i += matchAt(HTML_TAG, source, i)![0].length;
    } else if (ch === '*' || ch === '_') {
      const run = matchAt(ch === '*' ? STARS : UNDERSCORES, source, i)![0];
      const before = source[i - 1] ?? '';
      const after = source[i + run.length] ?? '';
      const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      flush();
      pieces.push({
        kind: 'delimiter',
        char: ch,
        length: run.length,
        count: run.length,
        canOpen: ch === '*' ? left : left && (!right || isPunctuation(before)),
        canClose: ch === '*' ? right : right && (!left || isPunctuation(after)),
        active: true,
        closes: [],
        opens: [],
      });
      i += run.length;
    } else {
      text += ch;
      i++;
    }
  }
  flush();
  return pieces;
}

/** CommonMark's rule of three: whether `opener` and `closer` may not pair up. */
function ruleOfThree(opener: Delimiter, closer: Delimiter): boolean {
  return (
    (opener.canClose || closer.canOpen) &&
    (opener.length + closer.length) % 3 === 0 &&
    !(opener.length % 3 === 0 && closer.length % 3 === 0)
  );
}

/** Pairs closers with the nearest fitting opener before them, innermost first (CommonMark's "process emphasis"). */
function pairDelimiters(delimiters: readonly Delimiter[]): PendingMark[] {
  const marks: PendingMark[] = [];
  // CommonMark's openers_bottom: below this index no opener fits a closer of this kind, so a
  // paragraph of thousands of unpaired stars is read in linear time.
  const bottom = new Map<string, number>();
  delimiters.forEach((closer, c) => {
    if (!closer.canClose) return;
    const kind = `${closer.char}${closer.length % 3}${closer.canOpen}`;
    while (closer.count > 0) {
      let o = c - 1;
      for (; o > (bottom.get(kind) ?? -1); o--) {
        const d = delimiters[o]!;
        if (d.active && d.canOpen && d.count > 0 && d.char === closer.char && !ruleOfThree(d, closer)) break;
      }
      if (o <= (bottom.get(kind) ?? -1)) {
        bottom.set(kind, c - 1);
        return;
      }
      const opener = delimiters[o]!;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      const mark: PendingMark = { type: use === 2 ? 'strong' : 'em', start: 0, end: 0 };
      marks.push(mark);
      opener.opens.push(mark);
      closer.closes.push(mark);
      opener.count -= use;
      closer.count -= use;
      // Runs between the pair can no longer pair with anything: they stay as literal characters.
      for (let k = o + 1; k < c; k++) delimiters[k]!.active = false;
    }
  });
  return marks;
}

/**
 * The text of a line (or a paragraph's joined lines) of Markdown, and its emphasis as marks whose
 * offsets count in that text. Unpaired `*` and `_` stay in the text. Whitespace is left as it is.
 */
export function parseInline(source: string): { text: string; marks: InlineMark[] } {
  const pieces = tokenize(source);
  const marks = pairDelimiters(pieces.filter((piece): piece is Delimiter => piece.kind === 'delimiter'));
  let text = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      text += piece.text;
      continue;
    }
    for (const mark of piece.closes) mark.end = text.length;
    text += piece.char.repeat(piece.count);
    for (const mark of piece.opens) mark.start = text.length;
  }
  return { text, marks: marks.filter((mark) => mark.start < mark.end).map(({ type, start, end }) => ({ type, start, end })) };
}
