/**
 * Outside strings (ids, IRIs, labels, file names, quotes from a file or from storage) shortened
 * for a message: a file may hold a 1 MB id, and a dialog that says it whole is a million
 * characters long. The start and the end are kept with an ellipsis between them, so the reader
 * still recognises the thing (an id's scheme, a file name's extension). Counted in code points:
 * a cut never splits a surrogate pair (an emoji), and the limit means the same for every script.
 * Only what is shown is shortened; the value itself is kept whole wherever it is stored.
 */

/** How many code points one outside string keeps in a message, ellipsis included. */
export const SHORT_LENGTH = 80;

/**
 * How many code points a place in a file (`where`: a file name, an annotation's id, a field)
 * keeps in a message: up to three outside strings, each shortened alone first.
 */
export const PLACE_LENGTH = 3 * SHORT_LENGTH;

/** What separates the parts of a place in a file: ", " and ": " and the brackets around an id. */
export const PLACE_SEPARATORS = /(, |: | \(|\)(?=:|,|$))/;

/** What stands for the part left out. */
export const ELLIPSIS = '…';

/**
 * `text` as it is when it has at most `max` code points; else its first and last code points with
 * {@link ELLIPSIS} between them, `max` code points in all (the start gets the odd one). `max` below
 * 1 is taken as 1.
 */
export function shorten(text: string, max = SHORT_LENGTH): string {
  const limit = Math.max(1, Math.floor(max));
  // Fewer UTF-16 units than the limit means fewer code points too; more than twice as many means
  // more code points: only in between is it worth counting them.
  if (text.length <= limit) return text;
  if (text.length <= 2 * limit && [...text].length <= limit) return text;
  const keep = limit - 1;
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  return `${text.slice(0, codePointsFromStart(text, head))}${ELLIPSIS}${text.slice(codePointsFromEnd(text, tail))}`;
}

/**
 * A text made of outside strings and separators (a `where` such as "notes.jsonld, annotation 3
 * (urn:uuid:…): target.selector"): each part between two {@link PLACE_SEPARATORS} is shortened
 * alone to `partMax`, so a long id does not push the field out of view, and then the whole to
 * `max`, so that a text of very many parts stays short too.
 */
export function shortenParts(text: string, max = PLACE_LENGTH, partMax = SHORT_LENGTH): string {
  // Short already: nothing to do (the common case, and no splitting of a large text into parts).
  if (text.length <= Math.min(max, partMax)) return text;
  // split() with a capturing group keeps the separators, at the odd indexes.
  const parts = text.split(PLACE_SEPARATORS);
  return shorten(parts.map((part, index) => (index % 2 === 0 ? shorten(part, partMax) : part)).join(''), max);
}

/** The UTF-16 length of the first `count` code points of `text`. */
function codePointsFromStart(text: string, count: number): number {
  let units = 0;
  for (let taken = 0; taken < count && units < text.length; taken += 1) units += isPairAt(text, units) ? 2 : 1;
  return units;
}

/** The UTF-16 offset where the last `count` code points of `text` begin. */
function codePointsFromEnd(text: string, count: number): number {
  let start = text.length;
  for (let taken = 0; taken < count && start > 0; taken += 1) start -= isPairAt(text, start - 2) ? 2 : 1;
  return start;
}

/** Whether a high surrogate at `index` is followed by a low one: one code point in two units. */
function isPairAt(text: string, index: number): boolean {
  if (index < 0 || index + 1 >= text.length) return false;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
