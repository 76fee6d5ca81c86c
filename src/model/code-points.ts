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
