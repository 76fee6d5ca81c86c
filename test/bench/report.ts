/**
 * The benchmark's results in words: one line per figure (what, sizes, ours, baseline, ratio, whether
 * the target holds) for the console, and the same rows as a Markdown table for BENCHMARKS.md.
 */
import type { ClassAppResult } from './bench-class-app.js';
import type { AddResult, AnchoringMethodResult, AnchoringResult, ClassResult, InputsResult, OpenResult, PaintTiming, StorageResult, W3CResult } from './bench-types.js';
import { formatBytes, formatCount, formatMs, formatRatio } from './stats.js';

/** One figure (or case of a figure) of the run. */
export interface Row {
  readonly what: string;
  readonly ours: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** Whether the target holds; undefined when the figure has none. */
  readonly met: boolean | undefined;
}

export function consoleLine(row: Row): string {
  const verdict = row.met === undefined ? 'no target' : `target ${row.target}: ${row.met ? 'met' : 'MISSED'}`;
  return [row.what, `ours ${row.ours}`, row.baseline, `ratio ${row.ratio}`, verdict].join(' | ');
}

const tallyText = (m: AnchoringMethodResult): string => {
  const of = m.measured !== undefined ? ` of ${formatCount(m.measured)}` : '';
  return `right ${formatCount(m.tally.right)}, wrong ${formatCount(m.tally.wrong)}, unplaced ${formatCount(m.tally.unplaced)}${of}`;
};

export function inputsRow(inputs: InputsResult): string {
  return (
    `inputs | article ${inputs.articleId}: ${formatCount(inputs.articleChars)} characters (${formatBytes(inputs.articleBytes)} UTF-8), ` +
    `${formatCount(inputs.articleAnnotations)} annotations | long text: ${formatCount(inputs.longChars)} characters (${formatBytes(inputs.longBytes)} UTF-8) ` +
    `in ${formatCount(inputs.longBlocks)} blocks, ${formatCount(inputs.longAnnotations)} annotations (${formatCount(inputs.longOverlapping)} overlap another) | ` +
    `anchoring sample ${formatCount(inputs.anchoringSample)} (${formatCount(inputs.sampleRepeated)} of them occur twice with their 32-character context)`
  );
}

export function anchoringRow(result: AnchoringResult): Row {
  const { ours, approximate, apache } = result;
  const what = `anchoring ${formatCount(result.annotations)} in the 1 MB text (${formatCount(result.textChars)} characters), ${result.label}`;
  const apacheNote = apache.measured < result.annotations ? `, est. from ${formatCount(apache.measured)}` : '';
  const baseline =
    `approx baseline ${formatMs(approximate.forAll)} (${tallyText(approximate)}) | ` +
    `Apache exact baseline ${formatMs(apache.forAll)}${apacheNote} (${tallyText(apache)})`;
  // Only where the baseline takes over 1 ms (and ours is above the clock's 0.1 ms tick): a ratio of ticks says nothing.
  const versus = (baseline: number, name: string): string => {
    if (baseline <= 1) return `not reported vs ${name} (it takes under 1 ms)`;
    if (ours.forAll < 0.1) return `not reported vs ${name} (ours is under the clock's 0.1 ms tick)`;
    return `${formatRatio(baseline / ours.forAll)} vs ${name}`;
  };
  const ratio = `${versus(approximate.forAll, 'approx')}, ${versus(apache.forAll, 'Apache')}`;
  if (result.case === 'unchanged') {
    return { what, ours: `${formatMs(ours.forAll)} (${tallyText(ours)})`, baseline, ratio, target: '≤ 50 ms', met: ours.forAll <= 50 };
  }
  const asGood = ours.tally.right >= approximate.tally.right;
  const met = ours.forAll <= 500 && asGood && result.oursWrongWhereApproxRight === 0;
  const target =
    `≤ 500 ms, right ≥ approx (${formatCount(ours.tally.right)} vs ${formatCount(approximate.tally.right)}), ` +
    `none wrong that approx placed right (${result.oursWrongWhereApproxRight}; unplaced ${result.oursUnplacedWhereApproxRight})` +
    (result.case === 'inserted' ? ' [the edited case’s target]' : '');
  return { what, ours: `${formatMs(ours.forAll)} (${tallyText(ours)})`, baseline, ratio, target, met };
}

const paintText = (p: PaintTiming): string =>
  `${formatMs(p.painted.median)} until painted (work ${formatMs(p.work.median)}: script ${formatMs(p.script.median)} + style and layout)`;

export function openRow(result: OpenResult): Row {
  const ratio = result.ours.painted.median / result.floor.painted.median;
  const workRatio = result.ours.work.median / result.floor.work.median;
  return {
    what: `open article (${formatCount(result.chars)} characters, ${formatCount(result.annotations)} annotations → ${formatCount(result.highlightSpans)} highlight spans)`,
    ours: `${paintText(result.ours)}; without highlights ${paintText(result.viewOnly)}`,
    baseline: `plain paragraphs floor ${paintText(result.floor)}`,
    ratio: `${formatRatio(ratio)} until painted, ${formatRatio(workRatio)} in work`,
    target: '≤ 1.5× floor (until painted, the rAF method)',
    met: ratio <= 1.5,
  };
}

/**
 * Figure 3 rows: ≤ 16 ms of work per add, painted no later than a frame with no change, and at
 * 10,000 about flat (≤ 2×, or ≤ 2 ms more, than with the fewest shown).
 */
export function addRows(results: readonly AddResult[]): Row[] {
  const fewest = results[0]!;
  return results.map((result) => {
    const last = result === results[results.length - 1];
    const growth = result.ours.work.median / fewest.ours.work.median;
    const flat = growth <= 2 || result.ours.work.median - fewest.ours.work.median <= 2;
    const inTime = result.ours.painted.median <= result.idle.median + 8;
    return {
      what: `add 1 highlight with ${formatCount(result.shown)} shown (${formatCount(result.chars)}-character text)`,
      ours: paintText(result.ours),
      baseline: `no change, two frames: ${formatMs(result.idle.median)}`,
      ratio: `${formatRatio(result.ours.painted.median / result.idle.median)} of no change; work ${formatRatio(growth)} of ${formatCount(fewest.shown)} shown`,
      target:
        'work ≤ 16 ms, painted as soon as no change (≤ +8 ms)' + (last ? `, about flat from ${formatCount(fewest.shown)} (≤ 2× or ≤ +2 ms)` : ''),
      met: result.ours.work.median <= 16 && inTime && (!last || flat),
    };
  });
}

export function storageRow(result: StorageResult): Row {
  const ratio = result.repository.median / result.raw.median;
  return {
    what: `load ${formatCount(result.records)} annotations of an article from IndexedDB`,
    ours: `AnnotationRepository.listByDocument ${formatMs(result.repository.median)} (AnnotationStore.load, with sorting: ${formatMs(result.storeLoad.median)})`,
    baseline: `raw IndexedDB index getAll ${formatMs(result.raw.median)}`,
    ratio: formatRatio(ratio),
    target: '≤ 1.3× raw',
    met: ratio <= 1.3,
  };
}

export function w3cRows(result: W3CResult): Row[] {
  const size = `${formatCount(result.annotations)} annotations, ${formatBytes(result.jsonBytes)} of JSON`;
  const scaled =
    result.measuredOn < result.annotations
      ? `; runs of ${formatCount(result.measuredOn)} (every tenth) × ${result.annotations / result.measuredOn}, one full run `
      : '';
  return [
    {
      what: `export to W3C JSON (${size})`,
      ours:
        `toW3CCollection + JSON.stringify ${formatMs(result.exportTiming.median)}` +
        (scaled ? ` (${scaled.slice(2)}${formatMs(result.fullRun.exported)})` : ''),
      baseline: 'no baseline',
      ratio: 'n/a',
      target: '< 200 ms',
      met: result.exportTiming.median < 200,
    },
    {
      what: `import that file into the 10% edited text, anchor and store it (${size})`,
      ours:
        `parseAnnotationFile + planImport + IndexedDB write ${formatMs(result.importTiming.median)} (parse ${formatMs(result.parseTiming.median)}, ` +
        `plan with anchoring ${formatMs(result.planTiming.median)}, write ${formatMs(result.writeTiming.median)}${scaled}${scaled ? formatMs(result.fullRun.imported) : ''}; placed ${formatCount(result.placed)})`,
      baseline: 'no baseline',
      ratio: 'n/a',
      target: '< 1 s',
      met: result.importTiming.median < 1000,
    },
  ];
}

/** The budget from the last file read to the class view interactive, by hand-ins. */
const CLASS_BUDGET_MS = new Map([
  [30, 1000],
  [200, 3000],
]);

/** Computing the class view's figures: within the budget to interactive (the figures alone; the paint is not in it). */
export function classRow(result: ClassResult): Row {
  const budget = CLASS_BUDGET_MS.get(result.handIns);
  return {
    what:
      `class view figures for ${formatCount(result.handIns)} hand-ins × ${formatCount(result.annotationsPerHandIn)} annotations on article 001 ` +
      `(${formatCount(result.chars)} characters, ${result.categories} categories, model answer ${formatCount(result.modelAnnotations)}; computed in Node)`,
    ours: `classDataOf (αU, passages, heat, per student against the model answer and the class) ${formatMs(result.ours.median)}`,
    baseline: `naive: per pair of students and category every character walked ${formatMs(result.naive.median)}`,
    ratio: `${formatRatio(result.naive.median / result.ours.median)} faster`,
    target: budget ? `figures within the ${formatMs(budget)} to interactive (paint not included)` : 'none',
    met: budget ? result.ours.median <= budget : undefined,
  };
}

/** The class view in the built app: from the last hand-in stored to every part painted, within the budget. */
export function classAppRow(result: ClassAppResult): Row {
  const budget = CLASS_BUDGET_MS.get(result.handIns);
  return {
    what:
      `class view interactive after ${formatCount(result.handIns)} hand-ins × ${formatCount(result.annotationsPerHandIn)} annotations dropped as a Moodle ZIP ` +
      `(built app; from the last hand-in read and stored to the overview and heat view painted; ${result.interactive.samples.length} run(s))`,
    ours: `painted ${formatMs(result.interactive.median)} after the last hand-in stored (collecting the ZIP before it: ${formatMs(result.collect.median)})`,
    baseline: 'no baseline',
    ratio: 'n/a',
    target: budget ? `≤ ${formatMs(budget)}` : 'none',
    met: budget ? result.interactive.median <= budget : undefined,
  };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| Figure | Ours | Baseline | Ratio | Target | Holds |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const holds = row.met === undefined ? '–' : row.met ? 'yes' : '**no**';
    lines.push(`| ${[row.what, row.ours, row.baseline, row.ratio, row.target, holds].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
