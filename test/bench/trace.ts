/**
 * Reading a Chrome trace (playwright-core's `browser.startTracing`, the devtools.timeline
 * categories) for what a reader waits for: main-thread time from an action to the end of the frame
 * that shows its result ("painted"), the main thread's busy time in between ("work") split into
 * style and layout and paint, and, for scrolling, the work of each frame. Pure: runs in Node on the
 * trace's JSON.
 *
 * The page marks moments with `console.timeStamp(name)` (a `TimeStamp` event on its main thread):
 * the action (or the moment just before an input event, see {@link paintedAfter}) and the rAF
 * callback that first sees the result in the DOM. That callback runs in the rendering task of the
 * frame that paints the result; the end of that task (rAF, style, layout, pre-paint, paint,
 * layerize, commit to the compositor) is the end of the frame on the main thread.
 */

/** The categories a trace needs for these figures. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  ...(process.env['CR_BENCH_PROFILE'] ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** One event of a Chrome trace (the fields used here). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Microseconds. */
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly data?: { readonly message?: string; readonly type?: string } };
}

/** Main-thread figures of one change, in milliseconds. */
export interface PaintedTrace {
  /** From the action to the end of the frame that shows its result. */
  readonly painted: number;
  /** Main-thread busy time in that span (tasks: script, style, layout, paint). */
  readonly work: number;
  /** Of which style recalculation and layout. */
  readonly styleLayout: number;
  /** Of which pre-paint, paint, layerize and commit. */
  readonly paint: number;
}

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);

interface Interval {
  readonly start: number;
  readonly end: number;
}

/** The first `TimeStamp` named `message` (at or after `after`, µs). */
export function timeStamp(events: readonly TraceEvent[], message: string, after = -Infinity): TraceEvent {
  const found = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === message && e.ts >= after)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!found) throw new Error(`the trace has no timeStamp "${message}"`);
  return found;
}

/** The complete events named in `names` on the thread of `on`, as intervals, merged where they nest or touch. */
function intervals(events: readonly TraceEvent[], on: TraceEvent, names: ReadonlySet<string>): Interval[] {
  const raw = events
    .filter((e) => e.ph === 'X' && e.pid === on.pid && e.tid === on.tid && names.has(e.name) && e.dur !== undefined)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur! }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of raw) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else merged.push(next);
  }
  return merged;
}

/** How much of `spans` lies within [from, to] (µs). */
function within(spans: readonly Interval[], from: number, to: number): number {
  let sum = 0;
  for (const span of spans) sum += Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
  return sum;
}

/**
 * The change that begins at the `TimeStamp` `startMark` (or, with `input`, at the start of the task
 * that dispatches the first such DOM event after the mark: a key press sent by the test) and is
 * first seen by the rAF callback that stamped `seenMark`: until painted is the end of that
 * callback's task (the frame's rendering on the main thread), work the main thread's tasks between.
 */
export function paintedAfter(events: readonly TraceEvent[], startMark: string, seenMark: string, input?: string): PaintedTrace {
  const mark = timeStamp(events, startMark);
  const seen = timeStamp(events, seenMark, mark.ts);
  const tasks = intervals(events, mark, TASKS);
  let start = mark.ts;
  if (input) {
    const dispatch = events
      .filter((e) => e.name === 'EventDispatch' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts && e.args?.data?.type === input)
      .sort((a, b) => a.ts - b.ts)[0];
    if (!dispatch) throw new Error(`the trace has no ${input} event after "${startMark}"`);
    start = tasks.find((task) => task.start <= dispatch.ts && dispatch.ts <= task.end)?.start ?? dispatch.ts;
  }
  const frame = tasks.find((task) => task.start <= seen.ts && seen.ts <= task.end);
  if (!frame) throw new Error(`"${seenMark}" is in no task of the main thread`);
  const end = frame.end;
  const ms = (us: number): number => us / 1000;
  return {
    painted: ms(end - start),
    work: ms(within(tasks, start, end)),
    styleLayout: ms(within(intervals(events, mark, STYLE_LAYOUT), start, end)),
    paint: ms(within(intervals(events, mark, PAINT), start, end)),
  };
}

/** The frames between two marks: each frame's main-thread work, and the longest task. */
export interface FramesTrace {
  readonly frames: number;
  /** The most main-thread work in one frame (ms): tasks since the previous frame's rendering ended, up to and including this one's. */
  readonly longestFrameWork: number;
  /** The longest single task (ms). */
  readonly longestTask: number;
  /** Frames with more than 16 ms of main-thread work. */
  readonly framesOver16: number;
}

/**
 * Frames between `startMark` and `endMark`: a frame ends with the task in which the main thread
 * began it (`BeginMainThreadFrame`) and rendered it; its work is every task since the previous
 * frame's end.
 */
export function framesBetween(events: readonly TraceEvent[], startMark: string, endMark: string): FramesTrace {
  const mark = timeStamp(events, startMark);
  const last = timeStamp(events, endMark, mark.ts);
  const tasks = intervals(events, mark, TASKS).filter((task) => task.end >= mark.ts && task.start <= last.ts);
  const begins = events.filter((e) => e.name === 'BeginMainThreadFrame' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts && e.ts <= last.ts);
  const frameEnds = tasks.filter((task) => begins.some((b) => task.start <= b.ts && b.ts <= task.end)).map((task) => task.end);
  let previous = mark.ts;
  let longestFrameWork = 0;
  let framesOver16 = 0;
  for (const end of frameEnds) {
    const work = within(tasks, previous, end) / 1000;
    longestFrameWork = Math.max(longestFrameWork, work);
    if (work > 16) framesOver16 += 1;
    previous = end;
  }
  return {
    frames: frameEnds.length,
    longestFrameWork,
    longestTask: Math.max(0, ...tasks.map((task) => (Math.min(task.end, last.ts) - Math.max(task.start, mark.ts)) / 1000)),
    framesOver16,
  };
}
