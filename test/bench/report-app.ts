/**
 * The app figures' rows (bench-app.ts): opening an article against the plain render, adding one
 * highlight at 10 to 10,000 shown, and scrolling; each "painted" and "work" from the trace, the
 * median of the timed runs.
 */
import type { AddAppResult, OpenAppResult, ScrollAppResult } from './bench-app.js';
import type { Row } from './report.js';
import { formatCount, formatMs, formatRatio, median } from './stats.js';
import type { PaintedTrace } from './trace.js';

/** Per field, the median of the runs. */
function medianTrace(runs: readonly PaintedTrace[]): PaintedTrace {
  return {
    painted: median(runs.map((run) => run.painted)),
    work: median(runs.map((run) => run.work)),
    styleLayout: median(runs.map((run) => run.styleLayout)),
    paint: median(runs.map((run) => run.paint)),
  };
}

const traceText = (t: PaintedTrace): string =>
  `painted ${formatMs(t.painted)} (work ${formatMs(t.work)}: style and layout ${formatMs(t.styleLayout)}, paint ${formatMs(t.paint)})`;

/** Targets of the opening figure by annotations: painted ≤ this × the plain render. */
const OPEN_TARGETS = new Map([
  [500, 1.3],
  [5_000, 1.6],
]);

export function openAppRow(result: OpenAppResult): Row {
  const ours = medianTrace(result.ours);
  const plain = medianTrace(result.plain);
  const ratio = ours.painted / plain.painted;
  const limit = OPEN_TARGETS.get(result.annotations);
  return {
    what: `open the article with ${formatCount(result.annotations)} annotations from the library (pointer on the link 250 ms, then the click; from IndexedDB, sidebar included)`,
    ours: traceText(ours),
    baseline: `plain paragraphs of the same text: ${traceText(plain)}`,
    ratio: `${formatRatio(ratio)} painted, ${formatRatio(ours.work / plain.work)} work`,
    target: limit ? `painted ≤ ${limit}× plain` : 'none',
    met: limit ? ratio <= limit : undefined,
  };
}

/** Adding one highlight: ≤ 16 ms to the painted frame at the most shown, and that ≤ 1.3× the fewest. */
export function addAppRows(results: readonly AddAppResult[]): Row[] {
  const fewest = medianTrace(results[0]!.ours);
  return results.map((result) => {
    const ours = medianTrace(result.ours);
    const last = result === results[results.length - 1];
    const growth = ours.painted / fewest.painted;
    return {
      what: `add 1 highlight with ${formatCount(result.shown)} shown (1 MB text; select, press 1, stored in IndexedDB, painted)`,
      ours: traceText(ours),
      baseline: result === results[0] ? 'none (the fewest shown is the others’ baseline)' : `${formatCount(results[0]!.shown)} shown: painted ${formatMs(fewest.painted)}`,
      ratio: `${formatRatio(growth)} of ${formatCount(results[0]!.shown)} shown`,
      target: last ? `painted ≤ 16 ms and ≤ 1.3× ${formatCount(results[0]!.shown)} shown` : 'none',
      met: last ? ours.painted <= 16 && growth <= 1.3 : undefined,
    };
  });
}

export function scrollAppRow(result: ScrollAppResult): Row {
  return {
    what: `scroll the article with ${formatCount(result.annotations)} annotations to its end (${formatCount(result.steps)} wheel steps, ${formatCount(result.frames)} frames)`,
    ours: `longest frame: ${formatMs(result.longestFrameWork)} of main-thread work (longest task ${formatMs(result.longestTask)}); ${formatCount(result.framesOver16)} frames over 16 ms`,
    baseline: 'no baseline',
    ratio: 'n/a',
    target: 'no frame over 16 ms of main-thread work',
    met: result.framesOver16 === 0,
  };
}
