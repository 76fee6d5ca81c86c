/**
 * Anchoring: placing a stored annotation's quote in a text that may have changed since it was made
 * (shared/ARCHITECTURE.md, "Anchoring"). Cheap first, as Hypothesis and Apache Annotator do:
 *
 * 1. the stored range, when the text there still equals the quote (O(1));
 * 2. the quote's exact occurrences, searched outwards from the stored position
 *    (anchor-exact-search.ts); context decides between several, the position breaks ties (see
 *    {@link TextAnchorIndex.anchor} for the rule);
 * 3. an approximate search (Myers' bit-parallel algorithm, approximate-match.ts) in a text where
 *    typographic quotes and whitespace runs are normalised, first in a window around the stored
 *    position and widening only when nothing good enough is found there; candidates are scored by
 *    quote, prefix, suffix and position with {@link SCORE_WEIGHTS}, and refused below
 *    {@link MIN_APPROXIMATE_SCORE}: unplaced is better than wrong;
 * 4. otherwise unplaced, with a short reason. The caller keeps the annotation, never drops it.
 *
 * Offsets are always UTF-16 offsets of the original text, whatever the normalisation did.
 */
import { findExactOccurrence } from './anchor-exact-search.js';
import {
  contentScore,
  normalizeForMatching,
  normalizedOffset,
  placeScore,
  POSITION_SCALE,
  positionScore,
  TargetEvidence,
  type NormalizedText,
  type PlaceEvidence,
} from './anchor-scoring.js';
import { findApproximateOccurrences, type ApproximateOccurrence } from './approximate-match.js';
import { placeAtStoredRange } from './text-quote.js';

export { POSITION_SCALE, SCORE_WEIGHTS } from './anchor-scoring.js';

/** What is known of an annotation's place: the quote, its context, and a stored range as a hint (UTF-16 offsets). */
export interface AnchorTarget {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly start?: number;
  readonly end?: number;
}

/**
 * Where anchoring put a target, how (the cheapest stage that succeeded) and how sure it is
 * (score in [0, 1], see {@link SCORE_WEIGHTS}); or why it could not place it.
 */
export type AnchorResult =
  | {
      readonly status: 'placed';
      readonly method: 'stored-range' | 'exact' | 'approximate';
      readonly start: number;
      readonly end: number;
      readonly score: number;
    }
  | { readonly status: 'unplaced'; readonly reason: string };

/**
 * The least content score (quote and context, see anchor-scoring.ts) an approximate match needs.
 * With the quote at the most errors allowed (75% similar) it takes most of one side of the
 * context; a quote that lost both its contexts is refused (unless it is long, see
 * SELF_EVIDENT_QUOTE_LENGTH): unplaced is better than wrong.
 */
export const MIN_APPROXIMATE_SCORE = 0.6;

/** Errors allowed in an approximate match, as a share of the (normalised) quote's length; at least 1. */
const MAX_ERROR_RATE = 0.25;
/** Below this many units a quote is not searched for approximately: one error would match almost anywhere. */
const MIN_APPROXIMATE_LENGTH = 4;
/**
 * A quote this long that is found at least this similar is placed even if its context changed:
 * chance does not produce 64 characters within 10% of a passage.
 */
const SELF_EVIDENT_QUOTE_LENGTH = 64;
const SELF_EVIDENT_SIMILARITY = 0.9;
/** First radius of the approximate search around the stored position (times 8 each widening). */
const APPROXIMATE_WINDOW = 1024;
/**
 * The widest radius an approximate search goes around a stored position. A whole news article
 * fits in it, so there it is no limit; in a 1 MB text it bounds what an edited-and-vanished quote
 * costs (a scan of the whole text takes ~20–30 ms; this window ~3 ms), at the price of not finding
 * a passage that was both edited and moved further than this. Without a stored position the whole
 * text is searched.
 */
const MAX_APPROXIMATE_RADIUS = 65_536;
/** Approximate candidates scored per window at most (fewest errors, then nearest, first). */
const MAX_CANDIDATES = 256;

/** A text indexed once, for placing many annotations in it quickly. */
export class TextAnchorIndex {
  /** The text annotations are placed in. */
  readonly text: string;
  // Built on the first search that needs it: placing at stored ranges never pays for it.
  private normalized: NormalizedText | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * Places one target, cheapest stage first (see the module comment). Exact occurrences are ranked
   * by how many context characters agree (counted only from MIN_CONTEXT_EVIDENCE on, see
   * anchor-exact-search.ts), then by nearness to the stored position, and the best one
   * - is taken at once when its context agrees and it lies within POSITION_SCALE of the stored
   *   position (or there is none), or when the target brings no context at all;
   * - else competes on score with the best approximate match: searched as widely as needed when the
   *   occurrence's context disagrees, only near the stored position when the occurrence is far
   *   away (the passage may have been edited in place, and the old wording survive elsewhere);
   * - is taken whatever its context, when it is the only occurrence and nothing beats it.
   * Several occurrences that neither context nor a stored position tell apart (a common word with
   * no context and no position) are left unplaced rather than guessed; with a stored position the
   * nearest one is taken.
   */
  anchor(target: AnchorTarget): AnchorResult {
    const { exact } = target;
    if (typeof exact !== 'string' || exact.length === 0) return unplaced('empty quote');
    if (isOffset(target.start) && isOffset(target.end)) {
      const at = placeAtStoredRange(this.text, { start: target.start, end: target.end, exact });
      if (at) return placed('stored-range', at.start, at.end, 1);
    }
    const hint = isOffset(target.start) ? Math.min(target.start, this.text.length) : undefined;
    const evidence = new TargetEvidence(target);
    const occurrence = findExactOccurrence(this.text, exact, target, hint);
    if (occurrence.kind === 'found') {
      const { start } = occurrence;
      const end = start + exact.length;
      const exactly = placed('exact', start, end, placeScore(this.evidenceAt(evidence, start, end, 0, exact.length, hint)));
      const near = hint === undefined || Math.abs(start - hint) <= POSITION_SCALE;
      if ((occurrence.evidence && near) || !evidence.hasContext) return exactly;
      const approximate = this.findApproximate(evidence, hint, !occurrence.evidence);
      const better = 'start' in approximate && approximate.score > exactly.score && approximate.start !== start;
      return better ? approximate : exactly;
    }
    const approximate = this.findApproximate(evidence, hint, true);
    if ('start' in approximate) return approximate;
    if (occurrence.kind === 'ambiguous') {
      return unplaced(`quote occurs ${occurrence.count} times and neither its context nor a stored position tells which is meant`);
    }
    return unplaced(approximate.reason);
  }

  /**
   * The best approximate match, searched near the stored position first (and only there unless
   * `widen`), or in the whole text when there is none; or why there is none.
   */
  private findApproximate(evidence: TargetEvidence, hint: number | undefined, widen: boolean): Placed | { reason: string } {
    const normalized = this.normalizedText();
    const { units } = normalized;
    const quote = evidence.quote;
    const m = quote.length;
    if (m < MIN_APPROXIMATE_LENGTH) return { reason: 'quote not found, and too short to search for approximately' };
    const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
    const center = hint === undefined ? undefined : normalizedOffset(normalized, hint);
    let closest = 0;
    for (let radius = Math.max(APPROXIMATE_WINDOW, 4 * m); ; radius = Math.min(8 * radius, MAX_APPROXIMATE_RADIUS)) {
      const from = center === undefined ? 0 : Math.max(0, center - radius);
      const to = center === undefined ? units.length : Math.min(units.length, center + m + radius);
      let occurrences = findApproximateOccurrences(units, from, to, quote, maxErrors);
      if (occurrences.length > MAX_CANDIDATES) {
        const away = (o: ApproximateOccurrence): number => (center === undefined ? 0 : Math.abs(o.ranges[0]!.start - center));
        occurrences = [...occurrences].sort((a, b) => a.errors - b.errors || away(a) - away(b)).slice(0, MAX_CANDIDATES);
      }
      let best: Placed | undefined;
      for (const { errors, ranges } of occurrences) {
        // The same occurrence aligned a little differently: the context chooses (ties: the matcher's order).
        for (const range of ranges) {
          const place = this.evidenceAt(evidence, range.start, range.end, errors, m, hint, true);
          const content = contentScore(place);
          closest = Math.max(closest, content);
          const selfEvident = m >= SELF_EVIDENT_QUOTE_LENGTH && place.quote >= SELF_EVIDENT_SIMILARITY;
          const score = placeScore(place);
          if ((content >= MIN_APPROXIMATE_SCORE || selfEvident) && (!best || score > best.score)) {
            const original = this.originalRange(range.start, range.end);
            if (original) best = placed('approximate', original.start, original.end, score);
          }
        }
      }
      if (best) return best;
      if (!widen || (from === 0 && to === units.length) || radius >= MAX_APPROXIMATE_RADIUS) break;
    }
    if (closest === 0) return { reason: 'quote not found' };
    return { reason: `quote not found; the closest match scores ${closest.toFixed(2)}, below ${MIN_APPROXIMATE_SCORE}` };
  }

  /**
   * The evidence for a place: [start, end) in original offsets, or in normalised offsets when
   * `isNormalized`; `errors` edits of a quote of `length` units.
   */
  private evidenceAt(
    evidence: TargetEvidence,
    start: number,
    end: number,
    errors: number,
    length: number,
    hint: number | undefined,
    isNormalized = false,
  ): PlaceEvidence {
    const normalized = this.normalizedText();
    const from = isNormalized ? start : normalizedOffset(normalized, start);
    const to = isNormalized ? end : normalizedOffset(normalized, end);
    const originalStart = isNormalized ? normalized.origin[start]! : start;
    return {
      quote: 1 - errors / length,
      prefix: evidence.prefixScore(normalized.units, from),
      suffix: evidence.suffixScore(normalized.units, to),
      position: hint === undefined ? undefined : positionScore(Math.abs(originalStart - hint)),
    };
  }

  /** Normalised [start, end) as original offsets, never splitting a surrogate pair. */
  private originalRange(start: number, end: number): { start: number; end: number } | undefined {
    const { origin } = this.normalizedText();
    let from = origin[start]!;
    let to = origin[end]!;
    if (from > 0 && isLowSurrogate(this.text, from) && isHighSurrogate(this.text, from - 1)) from -= 1;
    if (to < this.text.length && isLowSurrogate(this.text, to) && isHighSurrogate(this.text, to - 1)) to += 1;
    return from < to ? { start: from, end: to } : undefined;
  }

  private normalizedText(): NormalizedText {
    this.normalized ??= normalizeForMatching(this.text);
    return this.normalized;
  }
}

/** Places every target in `text` (builds the index once). */
export function anchorAll(text: string, targets: readonly AnchorTarget[]): AnchorResult[] {
  const index = new TextAnchorIndex(text);
  return targets.map((target) => index.anchor(target));
}

type Placed = Extract<AnchorResult, { status: 'placed' }>;

function placed(method: Placed['method'], start: number, end: number, score: number): Placed {
  return { status: 'placed', method, start, end, score };
}

function unplaced(reason: string): AnchorResult {
  return { status: 'unplaced', reason };
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isHighSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
