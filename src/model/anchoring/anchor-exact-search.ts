/**
 * The exact stage of anchoring (anchoring.ts, stage 2): the quote's exact occurrences in the text,
 * searched outwards from the stored position in widening rings, and ranked by how much of the
 * target's context agrees around each, then by distance from the stored position.
 */
import { agreeingContextChars, mostContextChars } from './anchor-scoring.js';

/** The context an exact occurrence is ranked by (an anchor target's prefix and suffix). */
export interface QuoteContext {
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * What the exact search found: no occurrence; several that neither context nor position tell
 * apart (`count` occurrences in all); or the best one, with whether its context counts as evidence.
 */
export type ExactOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly count: number }
  | { readonly kind: 'found'; readonly start: number; readonly evidence: boolean };

/**
 * Context characters that must agree (common suffix of the prefix, common prefix of the suffix)
 * before an exact occurrence's context counts as evidence: two or three characters (", der ")
 * agree by chance around any common word.
 */
const MIN_CONTEXT_EVIDENCE = 8;
/** First radius of the exact search around the stored position (it doubles). */
const EXACT_WINDOW = 1024;

/**
 * The exact occurrence of `exact` in `text` that context and position point to (see
 * TextAnchorIndex.anchor in anchoring.ts for the rule): the whole text is scanned when there is no
 * stored position (`hint`), else rings around it until the best can no longer be beaten.
 */
export function findExactOccurrence(text: string, exact: string, context: QuoteContext, hint: number | undefined): ExactOutcome {
  const lastStart = text.length - exact.length;
  if (lastStart < 0) return { kind: 'none' };
  const ranking = new ExactRanking(text, exact, context, hint);
  // Occurrences starting in [from, to).
  const scan = (from: number, to: number): void => {
    if (from >= to) return;
    const slice = text.slice(from, to + exact.length - 1);
    for (let i = slice.indexOf(exact); i >= 0; i = slice.indexOf(exact, i + 1)) ranking.consider(from + i);
  };
  if (hint === undefined) {
    scan(0, lastStart + 1);
  } else {
    // Outwards from the stored position, in rings, until an occurrence with all its context
    // agreeing is found: anything further out could only tie on context and lose on distance.
    let low = Math.min(hint, lastStart + 1);
    let high = low;
    for (let radius = EXACT_WINDOW; !ranking.isComplete() && (low > 0 || high < lastStart + 1); radius *= 2) {
      const nextLow = Math.max(0, low - radius);
      const nextHigh = Math.min(lastStart + 1, high + radius);
      scan(nextLow, low);
      scan(high, nextHigh);
      low = nextLow;
      high = nextHigh;
    }
  }
  return ranking.outcome();
}

/**
 * Exact occurrences ranked as TextAnchorIndex.anchor says: by agreeing context characters
 * (from MIN_CONTEXT_EVIDENCE on), then by distance from the stored position.
 */
class ExactRanking {
  private best: { start: number; key: number; distance: number } | undefined;
  private ties = 0;
  private count = 0;
  private readonly most: number;
  private readonly floor: number;

  constructor(
    private readonly text: string,
    private readonly exact: string,
    private readonly context: QuoteContext,
    private readonly hint: number | undefined,
  ) {
    this.most = mostContextChars(context);
    this.floor = Math.min(MIN_CONTEXT_EVIDENCE, this.most);
  }

  consider(start: number): void {
    this.count += 1;
    const chars = agreeingContextChars(this.text, start, start + this.exact.length, this.context);
    const key = this.most > 0 && chars >= this.floor ? chars : 0;
    const distance = this.hint === undefined ? 0 : Math.abs(start - this.hint);
    const best = this.best;
    if (!best || key > best.key || (key === best.key && distance < best.distance)) {
      this.best = { start, key, distance };
      this.ties = 1;
    } else if (key === best.key && distance === best.distance) this.ties += 1;
  }

  /** Whether the best so far has all its context agreeing (nothing can rank above it but a nearer twin). */
  isComplete(): boolean {
    return this.best !== undefined && this.best.key === this.most;
  }

  outcome(): ExactOutcome {
    if (!this.best) return { kind: 'none' };
    if (this.ties > 1) return { kind: 'ambiguous', count: this.count };
    return { kind: 'found', start: this.best.start, evidence: this.best.key > 0 };
  }
}
