/**
 * The Markdown of an assignment's instructions (issue 15) read into a small tree of blocks the UI
 * renders with Lit: headings (# to ###), paragraphs, lists (- or * for bullets, 1. for numbers),
 * **strong**, *em* and [text](url). Never HTML: a tag such as `<script>` or `<img onerror=…>` stays
 * literal text, a link is its text plus its URL as text (never an `href`, so no `javascript:` can
 * run), an image is its alt text plus its address (nothing is fetched). Emphasis is read by
 * markdown-inline.ts (CommonMark's delimiter rules). Pure: no DOM.
 */
import { parseInline } from './markdown-inline.js';

/** A run of text with its emphasis; `url` makes it a link, shown as its text and the URL. */
export interface MarkdownSpan {
  readonly text: string;
  readonly strong?: true;
  readonly em?: true;
  /** The link's target, as written (shown as text, never followed by the page). */
  readonly url?: string;
}

/** One block of instructions. */
export type MarkdownBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly spans: readonly MarkdownSpan[] }
  | { readonly kind: 'paragraph'; readonly spans: readonly MarkdownSpan[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly MarkdownSpan[])[] };

const HEADING = /^ {0,3}(#{1,3})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;
// A link or an image: [text](url) or ![alt](url), not after a backslash; no nesting of brackets,
// one level of parentheses in the URL (as Wikipedia's addresses have).
const LINK = /(?<!\\)(!?)\[([^[\]]*)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)>?(?:\s+"[^"]*")?\s*\)/g;
// Stands for `<` while markdown-inline.ts reads the text, which would drop tags: kept literal instead.
const LESS_THAN = '\uE000';

/** The instructions' Markdown as blocks; blank lines end paragraphs and lists. */
export function parseMarkdownBlocks(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', spans: parseSpans(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseSpans) });
    paragraph = [];
    list = undefined;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, spans: parseSpans(heading[2] ?? '') });
    } else if (item) {
      const ordered = !BULLET.test(line);
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!);
    } else if (list && /^[ \t]/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** One line or paragraph of Markdown as spans: links cut out first, emphasis read in the rest. */
export function parseSpans(source: string): MarkdownSpan[] {
  const spans: MarkdownSpan[] = [];
  let at = 0;
  for (const match of source.matchAll(LINK)) {
    spans.push(...emphasis(source.slice(at, match.index)));
    const text = emphasis(match[2]!).map((span) => span.text).join('');
    spans.push({ text: text || match[3]!, url: match[3]! });
    at = match.index + match[0].length;
  }
  spans.push(...emphasis(source.slice(at)));
  return merge(spans);
}

/** Text with its emphasis as spans; a `<` stays a `<` (markdown-inline.ts would drop a tag). */
function emphasis(source: string): MarkdownSpan[] {
  if (source === '') return [];
  const { text, marks } = parseInline(source.replaceAll(LESS_THAN, '\uFFFD').replaceAll('<', LESS_THAN));
  const cuts = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const spans: MarkdownSpan[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = marks.filter((mark) => mark.start <= start && end <= mark.end);
    spans.push({
      text: text.slice(start, end).replaceAll(LESS_THAN, '<'),
      ...(covering.some((mark) => mark.type === 'strong') ? { strong: true as const } : {}),
      ...(covering.some((mark) => mark.type === 'em') ? { em: true as const } : {}),
    });
  }
  return spans;
}

/** Neighbouring spans of the same emphasis (and no link) joined; empty ones dropped. */
function merge(spans: readonly MarkdownSpan[]): MarkdownSpan[] {
  const merged: MarkdownSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (span.text === '') continue;
    if (last && !last.url && !span.url && last.strong === span.strong && last.em === span.em) merged[merged.length - 1] = { ...last, text: last.text + span.text };
    else merged.push(span);
  }
  return merged;
}
