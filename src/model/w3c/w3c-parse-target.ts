/**
 * The target of one incoming annotation (W3C model 3.2 and 4): which page it names, and the
 * passage, by TextQuoteSelector and TextPositionSelector, wherever the file put them: in the
 * target's `selector`, in a list of several, or nested in another selector's `refinedBy` (a quote
 * inside a RangeSelector or a FragmentSelector, 4.2.9). A position is a hint for the importer, not
 * a verdict: one that is not whole numbers 0 ≤ start ≤ end is dropped (the quote places the
 * passage) and counted for one warning. What cannot be placed at all says why (a SkipReason).
 */
import type { BlockType } from '../documents/article.js';
import { blockKindOfIri } from '../documents/block-kind-iri.js';
import { asArray, defined, iriOf, isJson, type Json } from './w3c-parse-json.js';
import type { IncomingAnnotation, SkipReason } from './w3c-parse.js';

/** What a target gives an incoming annotation. */
export type Target = Pick<IncomingAnnotation, 'source' | 'sourceAliases' | 'quote' | 'position' | 'blockKinds'>;

/** A target read, or why the annotation cannot be placed (with the field that says so and the page it names). */
export type TargetOutcome =
  | { readonly ok: true; readonly target: Target }
  | { readonly ok: false; readonly reason: SkipReason; readonly field: string; readonly source?: string };

/** What the reader counts for the file's warnings while targets are read. */
export interface TargetNotices {
  /** A selector of a kind Close Reader does not place by (by its `type`, "IRI" or "untyped"). */
  selectorIgnored(type: string): void;
  /** A TextPositionSelector dropped because its numbers cannot be a position. */
  positionIgnored(where: string): void;
  /** The annotation (1-based) has several targets; only one is read. */
  severalTargets(annotation: number): void;
}

/**
 * Reads `value`, an annotation's `target`. `annotationIds` are the ids of the file's items: a
 * target that names one of them (Recogito's `#uuid`, a `urn:uuid:`) makes the annotation a relation.
 */
export function readTarget(value: unknown, index: number, annotationIds: ReadonlySet<string>, notices: TargetNotices): TargetOutcome {
  const list = asArray(value).filter((target) => target !== null && target !== '');
  if (list.length === 0) return { ok: false, reason: 'no-target', field: 'target' };
  if (list.every((target) => isAnnotationRef(target, annotationIds))) return { ok: false, reason: 'relation', field: 'target' };
  if (list.length > 1) notices.severalTargets(index + 1);
  const found = list.map((target) => textSelectors(target));
  const chosen = Math.max(0, found.findIndex((selectors) => selectors.some((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector')));
  const target: unknown = list[chosen];
  const field = Array.isArray(value) ? `target[${chosen}]` : 'target';
  const source = sourceOf(target);
  if (!isJson(target)) return defined({ ok: false as const, reason: 'page-note' as const, field, source });
  let quote: Target['quote'];
  let position: Target['position'];
  let brokenQuote = false;
  for (const selector of found[chosen]!) {
    if (selector.type === 'TextQuoteSelector') {
      if (quote) continue;
      quote = quoteOf(selector);
      brokenQuote ||= quote === undefined;
    } else if (selector.type === 'TextPositionSelector') {
      if (position) continue;
      position = positionOf(selector);
      if (!position) notices.positionIgnored(`${field}.selector`);
    } else notices.selectorIgnored(selector.type);
  }
  if (!quote && !position) return defined({ ok: false as const, reason: brokenQuote ? ('bad-selector' as const) : ('page-note' as const), field: `${field}.selector`, source });
  const aliases = [...asArray(target.via), ...asArray(target.canonical)].map(iriOf).filter((iri): iri is string => iri !== undefined && iri !== source);
  const sourceAliases = aliases.length > 0 ? [...new Set(aliases)] : undefined;
  return { ok: true, target: defined({ source, sourceAliases, quote, position, blockKinds: blockKindsOf(target.scope) }) };
}

/** A selector seen in a target, flattened out of lists and `refinedBy`, with its kind. */
type Seen = Json & { readonly type: string };

/** The selectors of a target, in order, each followed by those it is refined by (any depth). */
function textSelectors(target: unknown): Seen[] {
  if (!isJson(target)) return [];
  const seen: Seen[] = [];
  const visit = (selector: unknown): void => {
    if (typeof selector === 'string') seen.push({ type: 'IRI' });
    else if (Array.isArray(selector)) selector.forEach(visit);
    else if (isJson(selector)) {
      seen.push({ ...selector, type: typeof selector.type === 'string' ? selector.type : 'untyped' });
      if (selector.refinedBy !== undefined) visit(selector.refinedBy);
    } else if (selector !== undefined) seen.push({ type: 'untyped' });
  };
  visit(target.selector);
  return seen;
}

/** The page a target names: a plain IRI, or a SpecificResource's `source` (else its `id`). */
function sourceOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (!isJson(target)) return undefined;
  return iriOf(target.source) ?? (target.source === undefined ? iriOf(target.id) : undefined);
}

/** Whether a target is another annotation: its IRI is an item of the file, or it says it is an Annotation. */
function isAnnotationRef(target: unknown, annotationIds: ReadonlySet<string>): boolean {
  if (isJson(target) && asArray(target.type).includes('Annotation')) return true;
  const iri = typeof target === 'string' ? target : isJson(target) && target.selector === undefined ? (iriOf(target.id) ?? iriOf(target.source)) : undefined;
  return iri !== undefined && annotationIds.has(iri);
}

/** A TextQuoteSelector's quote (4.2.4), or undefined when `exact` is no text or prefix/suffix are not text. */
function quoteOf(selector: Json): Target['quote'] {
  const { exact, prefix, suffix } = selector;
  if (typeof exact !== 'string' || exact === '') return undefined;
  const context = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return defined({ exact, prefix: context(prefix), suffix: context(suffix) });
}

/** A TextPositionSelector's range (4.2.5): whole numbers, 0 ≤ start ≤ end; anything else is no position. */
function positionOf(selector: Json): Target['position'] {
  const { start, end } = selector;
  const whole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  return whole(start) && whole(end) && end >= start ? { start, end } : undefined;
}

/**
 * The block kinds a target's `scope` names with our IRIs (w3c-export.ts), each once, or undefined
 * when it names none. Any other scope (another tool's web page) is context we do not use.
 */
function blockKindsOf(scope: unknown): BlockType[] | undefined {
  const kinds: BlockType[] = [];
  for (const value of asArray(scope)) {
    const iri = iriOf(value);
    const kind = iri === undefined ? undefined : blockKindOfIri(iri);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? kinds : undefined;
}
