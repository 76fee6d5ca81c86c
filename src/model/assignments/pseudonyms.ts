/**
 * "Student A, B, …" in place of names (issue 16: the class view's names toggle, forced on in
 * presentation mode). Each hand-in gets a letter that stays the same however the table is sorted
 * and whether names are shown or not; the letters follow a hash of the set ids, not the names'
 * alphabetical order or the order of handing in, so that a letter does not give its student away.
 */

/** The letters of `ids` (set ids): A … Z, then AA, AB, …, by id. Unique for unique ids. */
export function pseudonymLetters(ids: readonly string[]): Map<string, string> {
  const order = [...new Set(ids)].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(order.map((id, index) => [id, letters(index)]));
}

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, … (spreadsheet columns). */
export function letters(index: number): string {
  let name = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    name = String.fromCharCode(65 + digit) + name;
    rest = Math.floor((rest - 1) / 26);
  }
  return name;
}

/**
 * FNV-1a over UTF-16 code units, then MurmurHash3's final mix: the same on every machine. Without the
 * mix, ids that differ only in their last characters ("… Kind 1", "… Kind 2") hash in their own order
 * about one time in seven, and the letters would follow the names.
 */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}
