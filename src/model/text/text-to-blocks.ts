/**
 * A reader's own plain text or Markdown turned into the reader's blocks: paragraphs by blank lines,
 * hard-wrapped lines joined as for the shipped article 001 (see documents/zweierlei-solidaritaet.json
 * against its seed), and, for Markdown, headings, lists and emphasis kept. Pure: no DOM.
 *
 * Every block this module returns has a text without line breaks and without whitespace at either
 * end (as `parseArticleBody` demands of shipped articles), and marks that lie inside that text.
 */
import type { ArticleBlock, BlockType, InlineMark } from '../documents/article.js';
import { parseInline } from './markdown-inline.js';

/**
 * A line longer than this is not hard-wrapped: people and programs wrap at 60–100 columns. A group
 * of lines holding one this long is a text with one paragraph per line (a word processor's export).
 */
const LONG_LINE = 160;

/**
 * The text with its line ends normalised to `\n`, a byte order mark removed and control
 * characters turned into spaces; Unicode's line and paragraph separators (and form feeds) become a
 * line end and a blank line. Not trimmed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\v\u0085\u2028]/g, '\n')
    .replace(/[\f\u2029]/g, '\n\n')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, ' ');
}

/**
 * Joins the lines of one paragraph as article 001's were joined: each line trimmed, then joined
 * with one space, except that a line ending in a hyphen right after a word (»Sanctuary«-) followed
 * by a line starting with an uppercase letter (Bewegung) is joined without a space: a compound split
 * at the line end. Before a lowercase letter the hyphen is a suspended compound ("Militär- und
 * Handelsschiffen") and the space stays. Words hyphenated for the line break ("Flücht-/linge") are
 * not recognised: 001 has none, and guessing would merge real compounds.
 */
export function joinLines(lines: readonly string[]): string {
  // Parts joined once at the end, each decision taken on the previous line: looking at the end of
  // a growing string would flatten it for every line, and a long paragraph would take quadratic time.
  const parts: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (parts.length > 0) parts.push(/\S-$/.test(previous) && /^\p{Lu}/u.test(line) ? '' : ' ');
    parts.push(line);
    previous = line;
  }
  return parts.join('');
}

/**
 * A block's text and marks made tidy: runs of ASCII whitespace (and line breaks) collapsed to one
 * space, whitespace of any kind trimmed from both ends, marks moved with the text, shrunk off the
 * whitespace at their edges, empty ones dropped and touching ones of one type merged.
 */
export function tidyInline(text: string, marks: readonly InlineMark[] = []): { text: string; marks: InlineMark[] } {
  // at[i]: where source index i lands in the collapsed text (for i = text.length, its end).
  const at = new Array<number>(text.length + 1);
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[ \t\n\r\f\v\u2028\u2029]/.test(ch)) {
      at[i] = out.length;
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    at[i] = out.length;
    out += ch;
  }
  at[text.length] = out.length;
  const lead = out.length - out.trimStart().length;
  const final = out.trim();
  const place = (index: number): number => Math.min(Math.max(at[index]! - lead, 0), final.length);
  const moved: InlineMark[] = [];
  for (const mark of marks) {
    const start0 = Math.max(0, Math.min(mark.start, text.length));
    const end0 = Math.max(start0, Math.min(mark.end, text.length));
    let start = place(start0);
    let end = place(end0);
    while (start < end && /\s/.test(final[start]!)) start++;
    while (end > start && /\s/.test(final[end - 1]!)) end--;
    if (start < end) moved.push({ type: mark.type, start, end });
  }
  return { text: final, marks: mergeMarks(moved) };
}

/** Marks sorted by start (em before strong on a tie), with overlapping or touching marks of one type merged. */
export function mergeMarks(marks: readonly InlineMark[]): InlineMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: InlineMark[] = [];
  for (const type of ['em', 'strong'] as const) {
    let current: { start: number; end: number } | undefined;
    for (const mark of sorted) {
      if (mark.type !== type) continue;
      if (current && mark.start <= current.end) current.end = Math.max(current.end, mark.end);
      else {
        if (current) merged.push({ type, ...current });
        current = { start: mark.start, end: mark.end };
      }
    }
    if (current) merged.push({ type, ...current });
  }
  return merged.sort((a, b) => a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** A block of `type` from text and marks, tidied; undefined when nothing but whitespace is left. */
function makeBlock(type: BlockType, text: string, marks: readonly InlineMark[] = []): ArticleBlock | undefined {
  const tidy = tidyInline(text, marks);
  if (tidy.text === '') return undefined;
  return tidy.marks.length > 0 ? { type, text: tidy.text, marks: tidy.marks } : { type, text: tidy.text };
}

/** The text's lines in groups separated by blank (or whitespace-only) lines. */
function lineGroups(text: string): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const line of normaliseText(text).split('\n')) {
    if (line.trim() === '') {
      if (group.length > 0) groups.push(group);
      group = [];
    } else group.push(line);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * Plain text as paragraphs: one per group of lines between blank lines, its hard-wrapped lines
 * joined (see {@link joinLines}). A group holding a line longer than any hard wrap is a text with
 * one paragraph per line, and each line becomes a paragraph. No markup is read.
 */
export function plainTextToBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const group of lineGroups(text)) {
    const paragraphs = group.some((line) => line.trim().length > LONG_LINE) ? group.map((line) => [line]) : [group];
    for (const lines of paragraphs) {
      const block = makeBlock('paragraph', joinLines(lines));
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

/** A Markdown block while its lines are being gathered. */
interface RawBlock {
  kind: 'paragraph' | 'list-item' | 'heading' | 'code';
  level: number;
  readonly quoted: boolean;
  readonly lines: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;

/** The line without its block quote markers, and whether it had any. */
function unquote(line: string): { line: string; quoted: boolean } {
  let rest = line;
  while (QUOTE_MARKER.test(rest)) rest = rest.replace(QUOTE_MARKER, '');
  return { line: rest, quoted: rest !== line };
}

/** Markdown's blocks, lines gathered but not yet joined or parsed inline. */
function gatherMarkdown(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let open: RawBlock | undefined;
  let fence: { readonly marker: string; readonly block: RawBlock } | undefined;
  const start = (kind: RawBlock['kind'], quoted: boolean, lines: string[], level = 0): RawBlock => {
    const block: RawBlock = { kind, level, quoted, lines };
    blocks.push(block);
    return block;
  };
  for (const source of normaliseText(text).split('\n')) {
    if (fence) {
      const closing = FENCE.exec(source);
      if (closing && closing[1]![0] === fence.marker[0] && closing[1]!.length >= fence.marker.length && source.trim() === closing[1]) {
        fence = undefined;
      } else fence.block.lines.push(source);
      continue;
    }
    const { line, quoted } = unquote(source);
    if (open && open.quoted !== quoted) open = undefined;
    if (line.trim() === '') {
      open = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    const setext = SETEXT_UNDERLINE.exec(line);
    const heading = ATX_HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    if (fenceOpen) {
      fence = { marker: fenceOpen[1]!, block: start('code', quoted, []) };
      open = undefined;
    } else if (setext && open?.kind === 'paragraph') {
      open.kind = 'heading';
      open.level = setext[1]!.startsWith('=') ? 1 : 2;
      open = undefined;
    } else if (THEMATIC_BREAK.test(line)) {
      open = undefined;
    } else if (heading) {
      start('heading', quoted, [heading[2] ?? ''], heading[1]!.length);
      open = undefined;
    } else if (item && (open?.kind !== 'paragraph' || /^(?:[-*+]|1[.)])$/.test(item[1]!))) {
      // An ordered item interrupts a paragraph only when it counts from 1 (CommonMark), so a
      // hard-wrapped "… Das\n21. Jahrhundert …" stays one paragraph.
      open = start('list-item', quoted, [item[2] ?? '']);
    } else if (!open && LINK_DEFINITION.test(line)) {
      // "[label]: https://…" defines a link target: nothing to read.
    } else if (open) {
      open.lines.push(line);
    } else {
      open = start('paragraph', quoted, [line]);
    }
  }
  return blocks;
}

/**
 * Markdown as blocks: ATX (`#`) and Setext headings, the first level-1 heading as the headline and
 * every other heading as a subheading; list items (`-`, `*`, `+`, `1.`, `1)`, at any depth) as
 * 'list-item' blocks without their markers; block quotes and fenced code as paragraphs; thematic
 * breaks and link definitions dropped. Inline, emphasis (`*em*`, `_em_`, `**strong**`,
 * `__strong__`) becomes marks with the markers removed, links keep their text, images, raw HTML
 * tags and backslash escapes go (see markdown-inline.ts).
 */
export function markdownToBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let headline = false;
  for (const raw of gatherMarkdown(text)) {
    let type: BlockType = raw.kind === 'list-item' ? 'list-item' : 'paragraph';
    if (raw.kind === 'heading') {
      type = raw.level === 1 && !headline ? 'headline' : 'subheading';
      headline ||= type === 'headline';
    }
    const source = joinLines(raw.kind === 'code' ? raw.lines : raw.lines.map((line) => line.replace(/\\$/, '')));
    const inline = raw.kind === 'code' ? { text: source, marks: [] } : parseInline(source);
    const block = makeBlock(type, inline.text, inline.marks);
    if (block) blocks.push(block);
  }
  return blocks;
}
