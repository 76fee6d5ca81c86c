/**
 * Myers' bit-parallel edit distance (G. Myers, "A fast bit-vector algorithm for approximate string
 * matching based on dynamic programming", J. ACM 46(3), 1999), the engine of approximate-match.ts:
 * where in a text some substring ends that is at most k edits (insertions, deletions and
 * substitutions of UTF-16 units) from a pattern, and the edit distances of the text read from a
 * fixed position on (how far a context string is from the text just before or after a match).
 *
 * In its block form the dynamic-programming column of a pattern of any length is kept as 32-bit
 * words of vertical deltas, one word per 32 pattern characters, and a text character advances a
 * whole word in a dozen bit operations; a pattern of at most 32 units takes a one-word path with no
 * blocks. Only the blocks that can still hold a value ≤ k are computed (Ukkonen's cut-off), so a
 * search costs about O(text · k / 32). Hypothesis's annotator uses the same algorithm
 * (approx-string-match); this is our own code, over Uint16Array texts.
 */

/** UTF-16 units as the matcher reads them (a Uint16Array, or any array of numbers in tests). */
export type Units = ArrayLike<number>;

const WORD = 32;
const HIGH_BIT = 1 << 31;

/**
 * Where each character occurs in a pattern, as one bit mask per block of 32 pattern characters
 * (bit i of block b is set when pattern[32b + i] is that character). Built once per pattern.
 */
export class PatternMasks {
  /** The pattern's length in UTF-16 units. */
  readonly length: number;
  /** How many 32-bit blocks the pattern spans. */
  readonly blocks: number;
  /** The bit of the pattern's last character within its (last) block. */
  readonly lastBit: number;
  // Most of a German text's units are below 256: an array lookup for those, a Map for the rest.
  private readonly latin: Int32Array[];
  private readonly other = new Map<number, Int32Array>();
  private readonly none: Int32Array;

  constructor(pattern: Units) {
    this.length = pattern.length;
    this.blocks = Math.max(1, Math.ceil(pattern.length / WORD));
    this.lastBit = 1 << ((Math.max(1, pattern.length) - 1) % WORD);
    this.none = new Int32Array(this.blocks);
    this.latin = new Array<Int32Array>(256).fill(this.none);
    for (let i = 0; i < pattern.length; i += 1) {
      const unit = pattern[i]!;
      let masks = this.masksOf(unit);
      if (masks === this.none) {
        masks = new Int32Array(this.blocks);
        if (unit < 256) this.latin[unit] = masks;
        else this.other.set(unit, masks);
      }
      masks[(i / WORD) | 0]! |= 1 << i % WORD;
    }
  }

  /** The masks of one text unit (all zero when the pattern does not contain it). */
  masksOf(unit: number): Int32Array {
    return unit < 256 ? this.latin[unit]! : (this.other.get(unit) ?? this.none);
  }
}

/** The units of a string, for patterns and texts in tests and callers. */
export function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) units[i] = text.charCodeAt(i);
  return units;
}

/** The same units in reverse order (to match backwards from a position). */
export function reversedUnits(units: Units): Uint16Array {
  const reversed = new Uint16Array(units.length);
  for (let i = 0; i < units.length; i += 1) reversed[i] = units[units.length - 1 - i]!;
  return reversed;
}

/**
 * The column state of Myers' algorithm: per block, the positive and negative vertical deltas.
 * `advance` moves one block one text character on and returns the horizontal delta leaving its
 * last row (+1, 0 or -1), given the delta entering its first row.
 */
class Columns {
  readonly plus: Int32Array;
  readonly minus: Int32Array;

  constructor(blocks: number) {
    this.plus = new Int32Array(blocks).fill(-1);
    this.minus = new Int32Array(blocks);
  }

  advance(block: number, equal: number, carryIn: number, lastRowBit: number): number {
    const pv = this.plus[block]!;
    const mv = this.minus[block]!;
    let eq = equal;
    const xv = eq | mv;
    if (carryIn < 0) eq |= 1;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const carryOut = (ph & lastRowBit) !== 0 ? 1 : (mh & lastRowBit) !== 0 ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carryIn < 0) mh |= 1;
    else if (carryIn > 0) ph |= 1;
    this.plus[block] = mh | ~(xv | ph);
    this.minus[block] = ph & xv;
    return carryOut;
  }
}

/**
 * Calls `report(end, errors)` for every end position in text[from, to) at which some substring
 * text[s, end) with s ≥ from is at most `maxErrors` edits from the pattern, in increasing order of
 * `end`, with the smallest such edit count.
 */
export function forEachMatchEnd(
  text: Units,
  from: number,
  to: number,
  masks: PatternMasks,
  maxErrors: number,
  report: (end: number, errors: number) => void,
): void {
  const m = masks.length;
  if (m === 0) return;
  const k = Math.min(maxErrors, m);
  if (masks.blocks === 1) {
    forEachMatchEndInOneWord(text, from, to, masks, k, report);
    return;
  }
  const last = masks.blocks - 1;
  const lastHeight = m - last * WORD;
  const columns = new Columns(masks.blocks);
  // Score of each block = the DP value at its last row; before any text, row r holds r.
  const score = new Int32Array(masks.blocks);
  for (let b = 0; b <= last; b += 1) score[b] = Math.min((b + 1) * WORD, m);
  // The last active block: below it every value is known to exceed k (Ukkonen's cut-off).
  let y = Math.min(last, Math.max(0, Math.ceil(k / WORD) - 1));
  for (let j = from; j < to; j += 1) {
    const equal = masks.masksOf(text[j]!);
    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = columns.advance(b, equal[b]!, carry, b === last ? masks.lastBit : HIGH_BIT);
      score[b]! += carry;
    }
    if (y < last && score[y]! - carry <= k && ((equal[y + 1]! & 1) !== 0 || carry < 0)) {
      // The block below can now reach a value ≤ k: start it from "each row one more than the last".
      y += 1;
      columns.plus[y] = -1;
      columns.minus[y] = 0;
      const height = y === last ? lastHeight : WORD;
      score[y] = score[y - 1]! - carry + height + columns.advance(y, equal[y]!, carry, y === last ? masks.lastBit : HIGH_BIT);
    } else {
      while (y > 0 && score[y]! >= k + WORD) y -= 1;
    }
    if (y === last && score[y]! <= k) report(j + 1, score[y]!);
  }
}

/** {@link forEachMatchEnd} for a pattern of at most 32 units: the whole column in one word, no blocks. */
function forEachMatchEndInOneWord(
  text: Units,
  from: number,
  to: number,
  masks: PatternMasks,
  k: number,
  report: (end: number, errors: number) => void,
): void {
  const lastBit = masks.lastBit;
  let pv = -1;
  let mv = 0;
  let score = masks.length;
  for (let j = from; j < to; j += 1) {
    const eq = masks.masksOf(text[j]!)[0]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & lastBit) !== 0) score += 1;
    else if ((mh & lastBit) !== 0) score -= 1;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) report(j + 1, score);
  }
}

/**
 * Edit distances between the pattern and the text read from `at` on (step 1: text[at, at + n)) or
 * back from `at` (step -1: text[at - n, at), with masks of the REVERSED pattern), for n = 1 up to
 * `limit` units or the text's edge; calls `visit(n, distance)`. No cut-off: every block is computed.
 */
export function forEachAnchoredDistance(
  text: Units,
  at: number,
  step: 1 | -1,
  limit: number,
  masks: PatternMasks,
  visit: (consumed: number, distance: number) => void,
): void {
  const m = masks.length;
  const last = masks.blocks - 1;
  const columns = new Columns(masks.blocks);
  let distance = m;
  const available = step === 1 ? text.length - at : at;
  const count = Math.min(limit, available);
  for (let n = 1; n <= count; n += 1) {
    const equal = masks.masksOf(text[step === 1 ? at + n - 1 : at - n]!);
    // Anchored: the row above the pattern grows by one per text unit consumed.
    let carry = 1;
    for (let b = 0; b <= last; b += 1) {
      carry = columns.advance(b, equal[b]!, carry, b === last ? masks.lastBit : HIGH_BIT);
    }
    distance += carry;
    visit(n, distance);
  }
}

/**
 * The fewest edits that turn the pattern into some text ending exactly at `at` (the pattern's
 * masks must be of its reversed units), looking back at most `limit` units. With no text to
 * read, the pattern's own length.
 */
export function distanceEndingAt(text: Units, at: number, reversedMasks: PatternMasks, limit: number): number {
  let best = reversedMasks.length;
  forEachAnchoredDistance(text, at, -1, limit, reversedMasks, (_n, distance) => {
    if (distance < best) best = distance;
  });
  return best;
}

/** The fewest edits that turn the pattern into some text starting exactly at `at`, reading at most `limit` units. */
export function distanceStartingAt(text: Units, at: number, masks: PatternMasks, limit: number): number {
  let best = masks.length;
  forEachAnchoredDistance(text, at, 1, limit, masks, (_n, distance) => {
    if (distance < best) best = distance;
  });
  return best;
}
