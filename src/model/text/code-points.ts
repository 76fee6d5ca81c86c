/**
 * UTF-16 ↔ code point offsets. JavaScript strings count UTF-16 code units; the W3C
 * TextPositionSelector counts Unicode code points
 * (https://www.w3.org/TR/annotation-model/#text-position-selector), so an emoji before a passage
 * shifts the two apart. Convert only at the W3C boundary, with these two functions.
 */

/**
 * The code point offset of a UTF-16 offset in `text`. An offset that falls between the two halves
 * of a surrogate pair counts as after the pair's code point has started, i.e. it is rounded down
 * to the pair's start.
 */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  const end = clamp(utf16Offset, 0, text.length);
  let codePoints = 0;
  for (let i = 0; i < end; i += 1) {
    if (isLowSurrogateAfterHigh(text, i)) continue;
    codePoints += 1;
  }
  if (end < text.length && isLowSurrogateAfterHigh(text, end)) codePoints -= 1;
  return codePoints;
}

/**
 * The UTF-16 offset of a code point offset in `text`; offsets past the end give `text.length`
 * (callers that must refuse those check against {@link codePointLength} first).
 */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  let utf16 = 0;
  let remaining = Math.max(0, codePointOffset);
  while (remaining > 0 && utf16 < text.length) {
    utf16 += isHighSurrogatePair(text, utf16) ? 2 : 1;
    remaining -= 1;
  }
  return utf16;
}

/** The length of `text` in code points. */
export function codePointLength(text: string): number {
  return utf16ToCodePoint(text, text.length);
}

function isHighSurrogatePair(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  return index > 0 && isHighSurrogatePair(text, index - 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Code point ↔ UTF-16 conversion for one text, many times over: the astral characters' places are
 * found once, and each conversion is a binary search over them. Converting every offset of 10,000
 * annotations in a 1 MB text with the one-off functions above walks the text 10,000 times; with
 * this it walks it once (the export and import benchmarks).
 */
export class CodePointIndex {
  /** UTF-16 offsets of the first unit of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];
  /** The text's length in code points. */
  readonly length: number;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length - 1; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(i);
          i += 1;
        }
      }
    }
    this.length = text.length - this.pairs.length;
  }

  /** As {@link utf16ToCodePoint}, for this text. */
  toCodePoint(utf16Offset: number): number {
    const offset = Math.min(Math.max(utf16Offset, 0), this.text.length);
    // Pairs wholly before the offset count one code point for two units; a pair the offset
    // splits is rounded down to its start, so it does not count at all.
    const whole = countBelow(this.pairs, offset - 1);
    const split = this.pairs[whole] === offset - 1 ? 1 : 0;
    return offset - whole - split;
  }

  /** As {@link codePointToUtf16}, for this text. */
  toUtf16(codePointOffset: number): number {
    const target = Math.max(0, codePointOffset);
    if (target >= this.length) return this.text.length;
    // the UTF-16 offset is target + (pairs starting before it); find that count by binary search
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      // pair `mid` starts at code point pairs[mid] - mid
      if (this.pairs[mid]! - mid < target) low = mid + 1;
      else high = mid;
    }
    return target + low;
  }
}

/** How many values of ascending `values` are < `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

const recentIndexes = new Map<string, CodePointIndex>();

/**
 * The code point index of a text, kept for the few texts in use (an export or import works through
 * one article after another), so each is scanned once.
 */
export function codePointIndexFor(text: string): CodePointIndex {
  let index = recentIndexes.get(text);
  if (!index) {
    index = new CodePointIndex(text);
    if (recentIndexes.size >= 8) recentIndexes.delete(recentIndexes.keys().next().value as string);
    recentIndexes.set(text, index);
  }
  return index;
}
