/**
 * The approximate baseline of figure 1: Hypothesis's anchoring (client src/annotator/anchoring/
 * html.ts tries the stored position first: a TextPositionSelector is accepted when the text there
 * equals the stored quote) and then its quote matching (match-quote.ts), restated: all exact occurrences of the quote by
 * indexOf, or else approx-string-match's search (the library Hypothesis uses) over the whole text
 * with at most min(256, quote.length / 2) errors; each candidate scored 50 × quote + 20 × prefix +
 * 20 × suffix + 2 × position (context similarity by the same search), the best taken, with no
 * minimum score. Pure: it runs in the page and in Node.
 */
import approxSearch from 'approx-string-match';
import type { AnchorTarget } from '../../src/model/anchoring/anchoring.js';
import type { Span } from './bench-cases.js';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

function searchQuote(text: string, quote: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) exact.push({ start: at, end: at + quote.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, quote, maxErrors);
}

function similarity(text: string, context: string): number {
  if (context.length === 0 || text.length === 0) return 0;
  const best = searchQuote(text, context, context.length)[0];
  return best ? 1 - best.errors / context.length : 0;
}

/** Hypothesis's anchoring: the stored position when the quote is there, else matchQuote's best-scoring place of the quote in `text`, or undefined. */
export function hypothesisMatch(text: string, target: AnchorTarget): Span | undefined {
  const { exact: quote, prefix, suffix, start: hint, end: hintEnd } = target;
  if (quote.length === 0) return undefined;
  // The stored position first, as Hypothesis's anchor() does before it searches for the quote.
  if (typeof hint === 'number' && typeof hintEnd === 'number' && text.slice(hint, hintEnd) === quote) return { start: hint, end: hintEnd };
  const candidates = searchQuote(text, quote, Math.min(256, quote.length / 2));
  let best: { span: Span; score: number } | undefined;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
    const positionScore = typeof hint === 'number' ? 1 - Math.abs(candidate.start - hint) / text.length : 1;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    // Hypothesis sorts by score, which is stable: the first of equal scores wins.
    if (!best || score > best.score) best = { span: { start: candidate.start, end: candidate.end }, score };
  }
  return best?.span;
}
