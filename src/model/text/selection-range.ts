/**
 * Cleaning up a reader's selection before it is tagged: no whitespace at either end and, when the
 * reader wants it, whole words instead of parts of words. Pure string offsets (UTF-16).
 */

/** A half-open range of the canonical text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const WHITESPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_'’-]/u;

/** The range without whitespace at its ends; empty (start === end) if it held only whitespace. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && WHITESPACE.test(text[start]!)) start += 1;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * The range grown to whole words at any end that falls inside a word ("ürgermeist" becomes
 * "Bürgermeister"). Ends already at a word edge, or at punctuation, stay where they are, so a
 * reader can still select a quotation mark or part of a compound on purpose by starting at it.
 */
export function snapToWords(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  if (start >= end) return { start, end };
  if (isWord(text, start) && isWord(text, start - 1)) {
    while (start > 0 && isWord(text, start - 1)) start -= 1;
  }
  if (isWord(text, end - 1) && isWord(text, end)) {
    while (end < text.length && isWord(text, end)) end += 1;
  }
  return { start, end };
}

/** Trims, then snaps to words if asked: what a tag is applied to. */
export function tidySelection(text: string, range: TextRange, wholeWords: boolean): TextRange {
  const trimmed = trimRange(text, range);
  if (!wholeWords || trimmed.start === trimmed.end) return trimmed;
  return trimRange(text, snapToWords(text, trimmed));
}

function isWord(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const char = text[index]!;
  if (char === '-' || char === "'" || char === '’') {
    // a hyphen or apostrophe is part of a word only between letters ("US-Präsident", "Trump’s")
    return /[\p{L}\p{N}]/u.test(text[index - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[index + 1] ?? '');
  }
  return WORD_CHAR.test(char);
}
