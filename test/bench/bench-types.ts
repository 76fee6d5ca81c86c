/**
 * What the page's `window.runBench(config)` is asked and answers: plain JSON, so it crosses from
 * the browser to run-bench.ts through playwright's evaluate.
 */
import type { Tally } from './bench-cases.js';
import type { RunPlan, Timing } from './stats.js';

/** Which figure to measure, with how many runs. */
export type BenchConfig =
  | { readonly figure: 'inputs' }
  | { readonly figure: 'anchoring'; readonly case: 'unchanged' | 'edited' | 'inserted'; readonly plan: RunPlan; readonly baselinePlan: RunPlan; readonly apacheSample: number }
  | { readonly figure: 'open'; readonly plan: RunPlan }
  | { readonly figure: 'add'; readonly shown: number; readonly plan: RunPlan }
  | { readonly figure: 'storage'; readonly plan: RunPlan }
  | { readonly figure: 'w3c'; readonly plan: RunPlan }
  /** Writes `count` annotations of the article (or of the long text, stored as an own document) into the app's database. */
  | { readonly figure: 'seed'; readonly text: 'article' | 'long'; readonly count: number }
  /** Renders the article as plain paragraphs, stamped for the trace (bench-app-page.ts). */
  | { readonly figure: 'plain' };

/** The generated inputs, described. */
export interface InputsResult {
  readonly figure: 'inputs';
  readonly articleId: string;
  readonly articleChars: number;
  readonly articleBytes: number;
  readonly articleAnnotations: number;
  readonly longChars: number;
  readonly longBytes: number;
  readonly longBlocks: number;
  readonly longAnnotations: number;
  /** Annotations of the long text that overlap another one. */
  readonly longOverlapping: number;
  readonly anchoringSample: number;
  /** Sampled passages whose prefix + quote + suffix occurs more than once in the long text. */
  readonly sampleRepeated: number;
}

/** One anchoring method on one case. */
export interface AnchoringMethodResult {
  readonly timing: Timing;
  /** Annotations timed and judged (the Apache baseline runs on a subsample). */
  readonly measured: number;
  /** Milliseconds for all of the case's annotations (extrapolated per annotation when subsampled). */
  readonly forAll: number;
  readonly tally: Tally;
}

export interface AnchoringResult {
  readonly figure: 'anchoring';
  readonly case: 'unchanged' | 'edited' | 'inserted';
  readonly label: string;
  readonly change: string;
  readonly textChars: number;
  readonly annotations: number;
  readonly ours: AnchoringMethodResult;
  readonly approximate: AnchoringMethodResult;
  readonly apache: AnchoringMethodResult;
  /** Annotations the approximate baseline placed right that ours placed wrong / left unplaced. */
  readonly oursWrongWhereApproxRight: number;
  readonly oursUnplacedWhereApproxRight: number;
  /** How ours placed them: by stored range, exact search or approximate search. */
  readonly oursMethods: Readonly<Record<string, number>>;
}

/** A change measured: its script; script, style and layout (forced); until painted (two frames later). */
export interface PaintTiming {
  readonly script: Timing;
  readonly work: Timing;
  readonly painted: Timing;
}

export interface OpenResult {
  readonly figure: 'open';
  readonly chars: number;
  readonly annotations: number;
  readonly highlightSpans: number;
  readonly ours: PaintTiming;
  /** The same view without highlights. */
  readonly viewOnly: PaintTiming;
  readonly floor: PaintTiming;
}

export interface AddResult {
  readonly figure: 'add';
  readonly shown: number;
  readonly chars: number;
  readonly ours: PaintTiming;
  /** Two frames with no change at all: what the rAF method measures for nothing. */
  readonly idle: Timing;
}

export interface StorageResult {
  readonly figure: 'storage';
  readonly records: number;
  readonly repository: Timing;
  readonly raw: Timing;
  /** AnnotationStore.load: the repository plus sorting into text order. */
  readonly storeLoad: Timing;
}

export interface W3CResult {
  readonly figure: 'w3c';
  readonly annotations: number;
  /** Annotations per timed run: all, or a tenth when a full run is slow (timings then scaled to all). */
  readonly measuredOn: number;
  readonly jsonBytes: number;
  /** One run with every annotation (the last timed run, or one more when the timed runs took a tenth). */
  readonly fullRun: { readonly exported: number; readonly imported: number };
  readonly exportTiming: Timing;
  readonly importTiming: Timing;
  readonly parseTiming: Timing;
  readonly planTiming: Timing;
  /** The import's IndexedDB write (AnnotationRepository.importAll). */
  readonly writeTiming: Timing;
  readonly placed: number;
}

/** The app's database holds what a figure needs. */
export interface SeedResult {
  readonly figure: 'seed';
  readonly written: number;
}

/** The plain paragraphs were rendered (the trace has their timing). */
export interface PlainResult {
  readonly figure: 'plain';
  readonly chars: number;
}

export type BenchResult = InputsResult | AnchoringResult | OpenResult | AddResult | StorageResult | W3CResult | SeedResult | PlainResult;

/**
 * The class view's figures (bench-class.ts, run in Node): classDataOf for a generated class on
 * article 001 against the naive per-character baseline.
 */
export interface ClassResult {
  readonly figure: 'class';
  readonly handIns: number;
  /** The mean, rounded. */
  readonly annotationsPerHandIn: number;
  readonly modelAnnotations: number;
  readonly chars: number;
  readonly categories: number;
  readonly ours: Timing;
  readonly naive: Timing;
}
