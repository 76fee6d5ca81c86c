/**
 * Text for the class heat's picture for slides (heat-picture.ts), wrapped by us: an SVG does not
 * wrap text, so each line is cut here at the spaces, by widths that a `Measure` gives. In the page
 * the measure is a canvas 2D context in the picture's own font (the same font stack the SVG names,
 * resolved by the same browser that draws the PNG); tests give a measure of their own, so that the
 * lines are exact and do not depend on the fonts installed. Each line comes back cut into segments
 * of one heat level, each with its x and width, so the heat is drawn behind exactly those words.
 */

/** The width of `text` in pixels at `size` pixels, bold or not, in the picture's font. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/** The font stack of the picture; the canvas measure and the SVG both name it. */
export const PICTURE_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** A stretch of text and the heat level of each of its UTF-16 units. */
export interface LevelledText {
  readonly text: string;
  readonly levels: readonly number[];
}

/** A stretch of one line at one level: where it starts, how wide it is, its text. */
export interface LineSegment {
  readonly x: number;
  readonly width: number;
  readonly text: string;
  readonly level: number;
}

/** One wrapped line: its text (no trailing space) and its segments, left to right. */
export interface PictureLine {
  readonly text: string;
  readonly segments: readonly LineSegment[];
}

/** What stands for text left out. */
export const PICTURE_ELLIPSIS = '…';

/** A measure by a canvas 2D context in {@link PICTURE_FONT}: what the browser will draw. */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const cache = new Map<string, number>();
  return (text, size, bold = false) => {
    const key = `${size}|${bold ? 1 : 0}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 'bold ' : ''}${size}px ${PICTURE_FONT}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * `text` from `start` to `end` with the level of each character (`levelAt`), every run of white
 * space (a paragraph break among them) made one space with the level of its first character, so
 * that a passage over two paragraphs reads on one line.
 */
export function levelledText(text: string, start: number, end: number, levelAt: (offset: number) => number): LevelledText {
  let out = '';
  const levels: number[] = [];
  for (let offset = start; offset < end; offset++) {
    const char = text[offset]!;
    if (/\s/.test(char)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += char;
    }
    levels.push(levelAt(offset));
  }
  return { text: out, levels };
}

/** `piece` with `before` and `after` (at level 0) around it: the ellipses of an excerpt. */
export function framed(piece: LevelledText, before: string, after: string): LevelledText {
  return {
    text: before + piece.text + after,
    levels: [...Array.from(before, () => 0), ...piece.levels, ...Array.from(after, () => 0)],
  };
}

/**
 * `piece` in lines at most `width` wide at `size` pixels: cut after the spaces, a word wider than a
 * line cut between its characters (never inside a surrogate pair). At most `maxLines` lines; when
 * the text is longer, the last line ends with {@link PICTURE_ELLIPSIS}.
 */
export function wrapLevelled(piece: LevelledText, width: number, size: number, measure: Measure, maxLines = Infinity): PictureLine[] {
  const ranges: [number, number][] = [];
  const text = piece.text;
  const words = [...text.matchAll(/\s*\S+\s*|\s+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  let start = 0;
  let end = 0;
  const fits = (from: number, to: number) => measure(text.slice(from, to).trimEnd(), size) <= width;
  for (const [wordStart, wordEnd] of words) {
    if (fits(start, wordEnd)) {
      end = wordEnd;
      continue;
    }
    if (end > start) {
      ranges.push([start, end]);
      start = end;
    }
    // The word alone: cut it between characters while it is wider than a line.
    let from = wordStart;
    while (!fits(from, wordEnd)) {
      let to = from + 1;
      while (to < wordEnd && fits(from, nextBoundary(text, to))) to = nextBoundary(text, to);
      if (isHighSurrogate(text, to - 1)) to += 1;
      ranges.push([from, to]);
      from = to;
    }
    start = from;
    end = wordEnd;
  }
  if (end > start) ranges.push([start, end]);
  let lines = ranges;
  let cut = false;
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    cut = true;
  }
  return lines.map(([from, to], index) => {
    let lineEnd = from + text.slice(from, to).trimEnd().length;
    const ellipsis = cut && index === lines.length - 1;
    if (ellipsis) {
      while (lineEnd > from && measure(`${text.slice(from, lineEnd).trimEnd()}${PICTURE_ELLIPSIS}`, size) > width) lineEnd -= 1;
      if (isHighSurrogate(text, lineEnd - 1)) lineEnd -= 1;
      lineEnd = from + text.slice(from, lineEnd).trimEnd().length;
    }
    return lineOf(piece, from, lineEnd, size, measure, ellipsis ? PICTURE_ELLIPSIS : '');
  });
}

/** The line of `piece` from `from` to `to`, cut into runs of one level, `tail` at level 0 after it. */
function lineOf(piece: LevelledText, from: number, to: number, size: number, measure: Measure, tail: string): PictureLine {
  const segments: LineSegment[] = [];
  let runStart = from;
  const push = (start: number, end: number, segmentText: string, level: number) => {
    const prefix = piece.text.slice(from, start);
    segments.push({ x: measure(prefix, size), width: measure(segmentText, size), text: segmentText, level });
  };
  for (let offset = from + 1; offset <= to; offset++) {
    if (offset === to || piece.levels[offset] !== piece.levels[runStart]) {
      push(runStart, offset, piece.text.slice(runStart, offset), piece.levels[runStart] ?? 0);
      runStart = offset;
    }
  }
  const text = piece.text.slice(from, to);
  if (tail) segments.push({ x: measure(text, size), width: measure(tail, size), text: tail, level: 0 });
  return { text: text + tail, segments };
}

function nextBoundary(text: string, index: number): number {
  return isHighSurrogate(text, index) ? index + 2 : index + 1;
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}
