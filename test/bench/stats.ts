/**
 * Timing statistics for the benchmarks: each figure is the median of at least five timed runs,
 * after one or two warm-up runs that let the JIT compile and caches fill. Used in the page (the
 * measurements) and in Node (the formatting).
 */

/** How many runs a figure takes. */
export interface RunPlan {
  readonly warmup: number;
  readonly runs: number;
}

export const DEFAULT_PLAN: RunPlan = { warmup: 1, runs: 5 };

/** The median of `samples` (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure's timings: the median and every timed run (warm-ups left out). */
export interface Timing {
  readonly median: number;
  readonly samples: readonly number[];
}

export function timingOf(samples: readonly number[]): Timing {
  return { median: median(samples), samples };
}

/**
 * Runs `run` plan.warmup + plan.runs times, one after the other, and keeps the timed runs' results.
 * `run` measures itself and returns milliseconds (or a record of several, see {@link medians}).
 */
export async function repeat<T>(plan: RunPlan, run: (index: number) => T | Promise<T>): Promise<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i += 1) {
    const result = await run(i);
    if (i >= plan.warmup) kept.push(result);
  }
  return kept;
}

/** Times a synchronous or asynchronous call with performance.now(). */
export async function timed(call: () => unknown): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/** Per key, the timing of a list of records of milliseconds. */
export function medians<K extends string>(records: readonly Record<K, number>[], keys: readonly K[]): Record<K, Timing> {
  const out = {} as Record<K, Timing>;
  for (const key of keys) out[key] = timingOf(records.map((record) => record[key]));
  return out;
}

/** Milliseconds for a reader: three significant digits, thousands separated. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  // Without cross-origin isolation the page's clock ticks in 0.1 ms steps.
  if (ms < 0.1) return '< 0.1 ms';
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en')} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** A count with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** A ratio such as 1.3× or 1,250×. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  if (ratio >= 100) return `${Math.round(ratio).toLocaleString('en')}×`;
  if (ratio >= 10) return `${ratio.toFixed(1)}×`;
  return `${ratio.toFixed(2)}×`;
}

/** Bytes as KB (1,000) or MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1000).toFixed(1)} KB`;
}
