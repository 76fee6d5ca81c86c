/**
 * The class heat as a picture for slides (issue 16, "Export": a PNG or SVG of the heat view): a
 * 16:9 SVG (1920 × 1080, a full-HD slide) that shows the words the class tagged, with the heat of
 * one category drawn as rectangles behind them — the same five levels of the category's colour as
 * the page, the two highest also underlined — beside the title, the category with how many
 * students, and the scale of what each shade means.
 *
 * What text: the whole article when it fits the slide at a size that reads from the back of a
 * classroom (34 px of 1080, as 17 pt on a slide 540 pt high). A longer article would need type too
 * small to read, so the picture shows instead the passages most students tagged, most first, each
 * with about a line of its context (half a line before and after, cut at words, "…" where cut) and
 * its count in a column of its own, as many as fit (at most six, three lines each): what a class
 * discusses is where most agreed, and a count beside each says it without a legend.
 *
 * The colours are fixed (the light scheme's page), since a slide has no page around it. The
 * component passes every word in the reader's language and a measure of text widths
 * (heat-picture-wrap.ts); this file only lays them out.
 */
import { BLOCK_SEPARATOR } from '../../model/documents/article.js';
import { HEAT_LEVELS, heatFill, heatLevel } from './heat-levels.js';
import { framed, levelledText, type LevelledText, type Measure, PICTURE_ELLIPSIS, PICTURE_FONT, type PictureLine, wrapLevelled } from './heat-picture-wrap.js';

/** A passage the class tagged: where, and how many students. */
export interface PicturePassage {
  readonly start: number;
  readonly end: number;
  readonly students: number;
}

/** Everything the picture shows, its words already in the reader's language. */
export interface HeatPictureInput {
  /** The picture's title (the assignment's). */
  readonly title: string;
  /** The category and how many students: "Quote: how many of 30 students tagged each place". */
  readonly subtitle: string;
  readonly colour: string;
  /** The scale's lines, one per level 1 … HEAT_LEVELS ("1–6 of 30 students"); '' for a level no count reaches. */
  readonly scale: readonly string[];
  /** The article's canonical text. */
  readonly text: string;
  /** How many students tagged each character of `text` with the category. */
  readonly heat: ArrayLike<number>;
  /** How many students in all. */
  readonly students: number;
  /** The category's passages, in any order. */
  readonly passages: readonly PicturePassage[];
  /** The count beside a passage: "9 of 30". */
  readonly count: (students: number) => string;
  /** The caption over the passages, when the text is too long to show whole: "The 4 passages most students tagged (of 12)". */
  readonly passagesCaption: (shown: number, all: number) => string;
}

/** The picture's size: a 16:9 slide. */
export const PICTURE_WIDTH = 1920;
export const PICTURE_HEIGHT = 1080;
/** The size of the article's words, and the height of their lines. */
export const PICTURE_TEXT_SIZE = 34;
const LINE = 54;
/** How many passages at most, and lines each, when the article is too long. */
export const PICTURE_PASSAGES = 6;
const PASSAGE_LINES = 3;
/** The context shown on each side of a passage, in characters (about half a line). */
const CONTEXT = 40;

const MARGIN = 64;
const BODY_TOP = 214;
const BODY_BOTTOM = PICTURE_HEIGHT - MARGIN;
/** The text's column; the scale stands to its right. */
const TEXT_RIGHT = 1440;
const SCALE_LEFT = 1504;
const SCALE_TEXT_LEFT = SCALE_LEFT + 56;
const SCALE_SIZE = 26;
/** The count's column in front of each passage. */
const COUNT_WIDTH = 170;
const CAPTION_SIZE = 26;
const PARAGRAPH_GAP = 18;
const PASSAGE_GAP = 30;

const TEXT = '#1d1d1f';
const MUTED = '#575550';
const PAGE = '#fbfaf7';

/** The picture as SVG text. */
export function heatPictureSvg(input: HeatPictureInput, measure: Measure): string {
  const levelAt = (offset: number) => heatLevel(input.heat[offset] ?? 0, input.students);
  const body = wholeText(input, levelAt, measure) ?? topPassages(input, levelAt, measure);
  const title = fitted(input.title, TEXT_RIGHT - MARGIN, 48, measure, true);
  const subtitle = fitted(input.subtitle, PICTURE_WIDTH - 2 * MARGIN, 30, measure);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}" font-family="${escapeXml(PICTURE_FONT)}" font-size="${PICTURE_TEXT_SIZE}" fill="${TEXT}" xml:space="preserve">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" fill="${PAGE}"/>`,
    `<text x="${MARGIN}" y="104" font-size="48" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="${MARGIN}" y="158" font-size="30" fill="${MUTED}">${escapeXml(subtitle)}</text>`,
    scale(input, measure),
    body,
    '</svg>',
  ].join('\n');
}

/** The whole article, paragraph by paragraph, if it fits the slide; else undefined. */
function wholeText(input: HeatPictureInput, levelAt: (offset: number) => number, measure: Measure): string | undefined {
  const paragraphs: PictureLine[][] = [];
  let start = 0;
  let height = 0;
  for (const block of input.text.split(BLOCK_SEPARATOR)) {
    const lines = wrapLevelled(levelledText(input.text, start, start + block.length, levelAt), TEXT_RIGHT - MARGIN, PICTURE_TEXT_SIZE, measure);
    start += block.length + BLOCK_SEPARATOR.length;
    if (lines.length === 0) continue;
    height += (paragraphs.length > 0 ? PARAGRAPH_GAP : 0) + lines.length * LINE;
    if (BODY_TOP + height > BODY_BOTTOM) return undefined;
    paragraphs.push(lines);
  }
  let y = BODY_TOP;
  return paragraphs
    .map((lines) => {
      const drawn = drawLines(lines, MARGIN, y, input.colour);
      y += lines.length * LINE + PARAGRAPH_GAP;
      return `<g class="cr-picture-paragraph">${drawn}</g>`;
    })
    .join('\n');
}

/** The passages most students tagged, most first, with their context and count: as many as fit. */
function topPassages(input: HeatPictureInput, levelAt: (offset: number) => number, measure: Measure): string {
  const tagged = input.passages.filter((passage) => passage.students > 0);
  const ranked = [...tagged].sort((a, b) => b.students - a.students || a.start - b.start);
  const width = TEXT_RIGHT - MARGIN - COUNT_WIDTH;
  const out: string[] = [];
  /** The stretches of the text already shown: a passage inside one is there with its heat already. */
  const drawn: [number, number][] = [];
  const counted = new Set<PicturePassage>();
  const within = (passage: PicturePassage) => counted.has(passage) || drawn.some(([start, end]) => passage.start >= start && passage.end <= end);
  let y = BODY_TOP + CAPTION_SIZE + 30;
  for (const passage of ranked) {
    if (drawn.length === PICTURE_PASSAGES) break;
    if (within(passage)) continue;
    const excerpt = excerptLines(input.text, passage, levelAt, width, measure);
    const lines = excerpt.lines;
    if (y + lines.length * LINE > BODY_BOTTOM) break;
    const baseline = y + PICTURE_TEXT_SIZE;
    out.push(
      `<g class="cr-picture-passage"><text x="${MARGIN}" y="${baseline}" font-weight="bold">${escapeXml(input.count(passage.students))}</text>\n` +
        `${drawLines(lines, MARGIN + COUNT_WIDTH, y, input.colour)}</g>`,
    );
    drawn.push([excerpt.start, excerpt.end]);
    counted.add(passage);
    y += lines.length * LINE + PASSAGE_GAP;
  }
  const shown = tagged.filter(within).length;
  const caption = `<text x="${MARGIN}" y="${BODY_TOP + CAPTION_SIZE}" font-size="${CAPTION_SIZE}" fill="${MUTED}">${escapeXml(input.passagesCaption(shown, tagged.length))}</text>`;
  return [caption, ...out].join('\n');
}

/**
 * A passage's lines: the passage with {@link CONTEXT} characters on each side (within its
 * paragraph, cut at a word, "…" where cut); without the context when that makes more than
 * {@link PASSAGE_LINES} lines; cut with "…" when the passage alone is longer still.
 */
function excerptLines(
  text: string,
  passage: PicturePassage,
  levelAt: (offset: number) => number,
  width: number,
  measure: Measure,
): { readonly lines: PictureLine[]; readonly start: number; readonly end: number } {
  const paragraphStart = text.lastIndexOf(BLOCK_SEPARATOR, passage.start - 1);
  const from = paragraphStart < 0 ? 0 : paragraphStart + BLOCK_SEPARATOR.length;
  const paragraphEnd = text.indexOf(BLOCK_SEPARATOR, passage.end);
  const to = paragraphEnd < 0 ? text.length : paragraphEnd;
  const excerpt = (context: number): { piece: LevelledText; start: number; end: number } => {
    let start = Math.max(from, passage.start - context);
    if (start > from) start = wordStartAfter(text, start, passage.start);
    let end = Math.min(to, passage.end + context);
    if (end < to) end = wordEndBefore(text, end, passage.end);
    const piece = levelledText(text, start, end, levelAt);
    return { piece: framed(trimmed(piece), start > from ? PICTURE_ELLIPSIS : '', end < to ? PICTURE_ELLIPSIS : ''), start, end };
  };
  const wide = excerpt(CONTEXT);
  const withContext = wrapLevelled(wide.piece, width, PICTURE_TEXT_SIZE, measure);
  if (withContext.length <= PASSAGE_LINES) return { lines: withContext, start: wide.start, end: wide.end };
  const narrow = excerpt(0);
  const lines = wrapLevelled(narrow.piece, width, PICTURE_TEXT_SIZE, measure, PASSAGE_LINES);
  // Cut short: only the passage's start is surely shown.
  return { lines, start: narrow.start, end: lines.at(-1)?.text.endsWith(PICTURE_ELLIPSIS) ? narrow.start : narrow.end };
}

/** The first word start at or after `at` (not past `limit`). */
function wordStartAfter(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text[at - 1]!)) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space < 0 ? limit : at + space + 1;
}

/** The last word end at or before `at` (not before `limit`). */
function wordEndBefore(text: string, at: number, limit: number): number {
  if (at >= text.length || /\s/.test(text[at]!)) return at;
  const head = text.slice(limit, at);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  return space < 0 ? limit : limit + space;
}

/** `piece` without white space at its ends. */
function trimmed(piece: LevelledText): LevelledText {
  const lead = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  return { text, levels: piece.levels.slice(lead, lead + text.length) };
}

/**
 * Lines from `top` down at `x`: for each, the heat's rectangles behind it (one per stretch of one
 * level, `data-level` says which), the underlines of the two highest levels, and the words, each
 * stretch in a `tspan` placed where its rectangle is.
 */
function drawLines(lines: readonly PictureLine[], x: number, top: number, colour: string): string {
  return lines
    .map((line, index) => {
      const y = top + index * LINE;
      const baseline = y + PICTURE_TEXT_SIZE;
      const heat = line.segments
        .filter((segment) => segment.level > 0)
        .map((segment) => {
          const left = round(x + segment.x);
          const width = round(segment.width);
          const rect = `<rect data-level="${segment.level}" x="${left}" y="${y + 1}" width="${width}" height="${LINE - 8}" fill="${heatFill(colour, segment.level)}"/>`;
          const thick = segment.level === HEAT_LEVELS ? 5 : 3;
          const underline = segment.level >= HEAT_LEVELS - 1 ? `<rect data-underline="${segment.level}" x="${left}" y="${baseline + 6}" width="${width}" height="${thick}" fill="${colour}"/>` : '';
          return rect + underline;
        })
        .join('');
      const words = line.segments.map((segment) => `<tspan x="${round(x + segment.x)}">${escapeXml(segment.text)}</tspan>`).join('');
      return `${heat}<text class="cr-picture-line" y="${baseline}">${words}</text>`;
    })
    .join('\n');
}

/** The scale: a swatch per level that a count reaches, with what it means, wrapped to the column. */
function scale(input: HeatPictureInput, measure: Measure): string {
  let y = BODY_TOP;
  const rows: string[] = [];
  input.scale.forEach((line, index) => {
    const level = index + 1;
    if (line === '') return;
    const lines = wrapLevelled({ text: line, levels: Array.from(line, () => 0) }, PICTURE_WIDTH - MARGIN - SCALE_TEXT_LEFT, SCALE_SIZE, measure);
    const thick = level === HEAT_LEVELS ? 5 : 3;
    rows.push(
      `<rect data-scale="${level}" x="${SCALE_LEFT}" y="${y}" width="40" height="40" fill="${heatFill(input.colour, level)}" stroke="${MUTED}" stroke-width="1"/>` +
        (level >= HEAT_LEVELS - 1 ? `<rect x="${SCALE_LEFT}" y="${y + 40 - thick}" width="40" height="${thick}" fill="${input.colour}"/>` : '') +
        `<text x="${SCALE_TEXT_LEFT}" y="${y + 29}" font-size="${SCALE_SIZE}">${lines
          .map((wrapped, row) => `<tspan x="${SCALE_TEXT_LEFT}" dy="${row === 0 ? 0 : 34}">${escapeXml(wrapped.text)}${row < lines.length - 1 ? ' ' : ''}</tspan>`)
          .join('')}</text>`,
    );
    y += Math.max(56, 22 + lines.length * 34);
  });
  return rows.join('\n');
}

/** `text` on one line `width` wide, cut with "…" when longer. */
function fitted(text: string, width: number, size: number, measure: Measure, bold = false): string {
  if (measure(text, size, bold) <= width) return text;
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}${PICTURE_ELLIPSIS}`, size, bold) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}${PICTURE_ELLIPSIS}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `text` safe inside SVG text and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
