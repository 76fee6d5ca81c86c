/**
 * Figure 1, in the page: one anchoring case placed by ours (anchorAll: one TextAnchorIndex per
 * run, as the app builds it), by Hypothesis's quote matching, and by Apache Annotator's DOM
 * matcher (on an evenly spaced subsample: it walks the text nodes for every annotation), each
 * placement judged against where the passage really is.
 */
import { anchorAll, type AnchorResult } from '../../src/model/anchoring/anchoring.js';
import { BLOCK_SEPARATOR } from '../../src/model/documents/article.js';
import { tally, verdictOf, type AnchoringCase, type Span, type Verdict } from './bench-cases.js';
import type { AnchoringMethodResult, AnchoringResult } from './bench-types.js';
import { ApacheTextDocument } from './apache-matcher.js';
import { hypothesisMatch } from './hypothesis-match.js';
import { repeat, timed, timingOf, type RunPlan } from './stats.js';

function methodResult(samples: readonly number[], verdicts: readonly Verdict[], total: number): AnchoringMethodResult {
  const timing = timingOf(samples);
  return { timing, measured: verdicts.length, forAll: (timing.median / verdicts.length) * total, tally: tally(verdicts) };
}

export async function benchAnchoring(
  anchoringCase: AnchoringCase,
  plan: RunPlan,
  baselinePlan: RunPlan,
  apacheSample: number,
): Promise<AnchoringResult> {
  const { text, targets, expected } = anchoringCase;
  const total = targets.length;

  let ours: AnchorResult[] = [];
  const oursTimes = await repeat(plan, () =>
    timed(() => {
      ours = anchorAll(text, targets);
    }),
  );
  const oursSpans = ours.map((result): Span | undefined => (result.status === 'placed' ? { start: result.start, end: result.end } : undefined));
  const oursVerdicts = oursSpans.map((span, i) => verdictOf(span, expected[i]!));
  const oursMethods: Record<string, number> = {};
  for (const result of ours) {
    const key = result.status === 'placed' ? result.method : 'unplaced';
    oursMethods[key] = (oursMethods[key] ?? 0) + 1;
  }

  // The baselines take seconds per run: their warm-ups place a tenth of the annotations.
  const timedRuns: RunPlan = { warmup: 0, runs: baselinePlan.runs };
  for (let w = 0; w < baselinePlan.warmup; w += 1) for (const target of targets.slice(0, Math.ceil(total / 10))) hypothesisMatch(text, target);
  let approx: (Span | undefined)[] = [];
  const approxTimes = await repeat(timedRuns, () =>
    timed(() => {
      approx = targets.map((target) => hypothesisMatch(text, target));
    }),
  );
  const approxVerdicts = approx.map((span, i) => verdictOf(span, expected[i]!));

  const step = total / Math.min(apacheSample, total);
  const picked = Array.from({ length: Math.min(apacheSample, total) }, (_, k) => Math.floor(k * step));
  const apacheDocument = new ApacheTextDocument(text, BLOCK_SEPARATOR);
  let apache: (Span | undefined)[] = [];
  try {
    for (let w = 0; w < baselinePlan.warmup; w += 1) {
      for (const i of picked.slice(0, Math.ceil(picked.length / 10))) await apacheDocument.match(targets[i]!);
    }
    const apacheTimes = await repeat(timedRuns, () =>
      timed(async () => {
        apache = [];
        for (const i of picked) apache.push(await apacheDocument.match(targets[i]!));
      }),
    );
    const apacheVerdicts = apache.map((span, k) => verdictOf(span, expected[picked[k]!]!));
    let oursWrongWhereApproxRight = 0;
    let oursUnplacedWhereApproxRight = 0;
    approxVerdicts.forEach((verdict, i) => {
      if (verdict !== 'right') return;
      if (oursVerdicts[i] === 'wrong') oursWrongWhereApproxRight += 1;
      if (oursVerdicts[i] === 'unplaced') oursUnplacedWhereApproxRight += 1;
    });
    return {
      figure: 'anchoring',
      case: anchoringCase.key,
      label: anchoringCase.label,
      change: anchoringCase.change,
      textChars: text.length,
      annotations: total,
      ours: methodResult(oursTimes, oursVerdicts, total),
      approximate: methodResult(approxTimes, approxVerdicts, total),
      apache: methodResult(apacheTimes, apacheVerdicts, total),
      oursWrongWhereApproxRight,
      oursUnplacedWhereApproxRight,
      oursMethods,
    };
  } finally {
    apacheDocument.dispose();
  }
}
