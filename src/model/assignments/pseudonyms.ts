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

/** FNV-1a over UTF-16 code units: the same on every machine, spread well enough for ordering. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
