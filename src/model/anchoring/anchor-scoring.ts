/**
 * How well a place in a text agrees with an annotation's target, for anchoring.ts: the loose form
 * of texts that approximate matching compares, how much of a target's context agrees around a
 * place, and the weights that turn quote, context and position into one score (after
 * Hypothesis's match-quote.ts, which keeps its weights named and commented in the same way).
 */
import { distanceEndingAt, distanceStartingAt, PatternMasks, reversedUnits } from './approximate-match.js';

/**
 * How much each kind of evidence weighs in a placement's score. Each part is in [0, 1]; a score is
 * their weighted mean. Quote, prefix and suffix are Hypothesis's weights; position weighs more here
 * (see below).
 */
export const SCORE_WEIGHTS = {
  /** The quote itself, 1 − errors / length. It dominates: a place whose text is not the quote is not its place. */
  quote: 50,
  /**
   * The context before and after, as edit similarity beyond chance (see
   * UNRELATED_CONTEXT_SIMILARITY). Together nearly as heavy as the quote, so that an edited quote
   * needs about one side of its context to agree before anchoring accepts it.
   */
  prefix: 20,
  suffix: 20,
  /**
   * Nearness to the stored position, POSITION_SCALE / (POSITION_SCALE + distance). Hypothesis gives
   * it 2, because its positions were counted in a page's DOM text that may differ from the one it
   * matches in; ours count in the same canonical text and move only by the edits before them. So
   * it weighs 10: enough that the passage edited in place (a few errors, same context, same
   * position) beats a verbatim twin of the old wording far away, too little to beat agreeing
   * context. It is never evidence that the quote is there: acceptance looks at quote and context
   * only ({@link contentScore}).
   */
  position: 10,
} as const;

/**
 * Distance from the stored position at which the position part is one half: about a paragraph or
 * two, the shift that edits near a passage typically cause.
 */
export const POSITION_SCALE = 1000;

/** What is known of one candidate place, each part in [0, 1] (see {@link SCORE_WEIGHTS}). */
export interface PlaceEvidence {
  readonly quote: number;
  readonly prefix: number;
  readonly suffix: number;
  /** Undefined when the target has no stored position. */
  readonly position: number | undefined;
}

/** How well quote and context agree at a place, in [0, 1]: what decides whether a match is good enough. */
export function contentScore(evidence: PlaceEvidence): number {
  const W = SCORE_WEIGHTS;
  return (W.quote * evidence.quote + W.prefix * evidence.prefix + W.suffix * evidence.suffix) / (W.quote + W.prefix + W.suffix);
}

/** The score of a place, in [0, 1]: quote, context and (when there is one) position; what ranks places. */
export function placeScore(evidence: PlaceEvidence): number {
  const W = SCORE_WEIGHTS;
  const content = W.quote * evidence.quote + W.prefix * evidence.prefix + W.suffix * evidence.suffix;
  if (evidence.position === undefined) return content / (W.quote + W.prefix + W.suffix);
  return (content + W.position * evidence.position) / (W.quote + W.prefix + W.suffix + W.position);
}

/** The position part of a place `distance` units from the stored position. */
export function positionScore(distance: number): number {
  return POSITION_SCALE / (POSITION_SCALE + distance);
}

/**
 * Edit similarity of two unrelated contexts. Measured on the shipped articles: two unrelated
 * 32-character stretches are typically 75% apart by edit distance, 99% of them at least 62.5%. A
 * context's similarity counts only above that: 0 for unrelated text, 1 for the same text, about
 * 0.75 for a context with one word changed.
 */
const UNRELATED_CONTEXT_SIMILARITY = 0.375;

/** A text in its loose form, with the way back to the original's offsets. */
export interface NormalizedText {
  /** The normalised UTF-16 units. */
  readonly units: Uint16Array;
  /**
   * For each normalised unit, the original offset it starts at; one entry more at the end holding
   * the original length. A whitespace run maps to the offset of its first character.
   */
  readonly origin: Int32Array;
}

/**
 * The loose form of `text`: every quotation mark or apostrophe („ “ ” » « › ‹ ‚ ‘ ’ " ') is the same
 * mark, and every run of whitespace (spaces, line breaks, no-break spaces) is one space. An editor
 * who swaps "…" for „…“ or rewraps a paragraph has not changed the quote. Linear in the text.
 */
export function normalizeForMatching(text: string): NormalizedText {
  const units = new Uint16Array(text.length);
  const origin = new Int32Array(text.length + 1);
  let length = 0;
  let inWhitespace = false;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (isWhitespaceUnit(unit)) {
      if (inWhitespace) continue;
      inWhitespace = true;
      units[length] = 0x20;
    } else {
      inWhitespace = false;
      units[length] = isQuotationMarkUnit(unit) ? 0x22 : unit;
    }
    origin[length] = i;
    length += 1;
  }
  origin[length] = text.length;
  return { units: units.subarray(0, length), origin: origin.subarray(0, length + 1) };
}

/**
 * The normalised offset of an original offset: how many normalised units start before it (an
 * offset inside a whitespace run lands after the run's one space).
 */
export function normalizedOffset(normalized: NormalizedText, offset: number): number {
  const { origin, units } = normalized;
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (origin[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a UTF-16 unit is whitespace (all that /\s/ matches; it is all in the BMP). */
function isWhitespaceUnit(unit: number): boolean {
  return (
    unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/** Whether a UTF-16 unit is a quotation mark or apostrophe: " ' « » ‘ ’ ‚ ‛ “ ” „ ‟ ‹ ›. */
function isQuotationMarkUnit(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0xab || unit === 0xbb || (unit >= 0x2018 && unit <= 0x201f) || unit === 0x2039 || unit === 0x203a;
}

/** What a target says about its place: quote and context, normalised; built once per target. */
export class TargetEvidence {
  /** The normalised quote. */
  readonly quote: Uint16Array;
  /** Whether the target brings any context (an empty one still says "at the text's edge"). */
  readonly hasContext: boolean;
  private readonly prefix: Uint16Array | undefined;
  private readonly suffix: Uint16Array | undefined;
  private prefixMasks: PatternMasks | undefined;
  private suffixMasks: PatternMasks | undefined;

  constructor(target: { readonly exact: string; readonly prefix?: string; readonly suffix?: string }) {
    this.quote = normalizeForMatching(target.exact).units;
    this.prefix = typeof target.prefix === 'string' ? normalizeForMatching(target.prefix).units : undefined;
    this.suffix = typeof target.suffix === 'string' ? normalizeForMatching(target.suffix).units : undefined;
    this.hasContext = this.prefix !== undefined || this.suffix !== undefined;
  }

  /** How well the prefix agrees with the normalised text ending at `at`, in [0, 1]. */
  prefixScore(units: Uint16Array, at: number): number {
    if (!this.prefix) return 0;
    if (this.prefix.length === 0) return at === 0 ? 1 : 0;
    this.prefixMasks ??= new PatternMasks(reversedUnits(this.prefix));
    // Looking back twice the prefix's length leaves room for words inserted into the context.
    return beyondChance(1 - distanceEndingAt(units, at, this.prefixMasks, 2 * this.prefix.length) / this.prefix.length);
  }

  /** How well the suffix agrees with the normalised text starting at `at`, in [0, 1]. */
  suffixScore(units: Uint16Array, at: number): number {
    if (!this.suffix) return 0;
    if (this.suffix.length === 0) return at === units.length ? 1 : 0;
    this.suffixMasks ??= new PatternMasks(this.suffix);
    return beyondChance(1 - distanceStartingAt(units, at, this.suffixMasks, 2 * this.suffix.length) / this.suffix.length);
  }
}

function beyondChance(similarity: number): number {
  return Math.max(0, (similarity - UNRELATED_CONTEXT_SIMILARITY) / (1 - UNRELATED_CONTEXT_SIMILARITY));
}

/**
 * How many context characters agree exactly around text[start, end): the common suffix of the
 * prefix with the text before, plus the common prefix of the suffix with the text after. An empty
 * context agrees (as one character) when the place is at the text's edge. Cheap enough to run on
 * every exact occurrence of a common word.
 */
export function agreeingContextChars(
  text: string,
  start: number,
  end: number,
  target: { readonly prefix?: string; readonly suffix?: string },
): number {
  let chars = 0;
  const { prefix, suffix } = target;
  if (typeof prefix === 'string') {
    if (prefix.length === 0) chars += start === 0 ? 1 : 0;
    let run = 0;
    while (run < prefix.length && run < start && prefix.charCodeAt(prefix.length - 1 - run) === text.charCodeAt(start - 1 - run)) run += 1;
    chars += run;
  }
  if (typeof suffix === 'string') {
    if (suffix.length === 0) chars += end === text.length ? 1 : 0;
    let run = 0;
    while (run < suffix.length && end + run < text.length && suffix.charCodeAt(run) === text.charCodeAt(end + run)) run += 1;
    chars += run;
  }
  return chars;
}

/** The most that {@link agreeingContextChars} can count for a target. */
export function mostContextChars(target: { readonly prefix?: string; readonly suffix?: string }): number {
  const side = (context: string | undefined): number => (typeof context !== 'string' ? 0 : Math.max(1, context.length));
  return side(target.prefix) + side(target.suffix);
}
