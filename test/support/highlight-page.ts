/**
 * What end-to-end tests read of the highlights in the open article, now that they are painted
 * through the CSS Custom Highlight API and are no elements a locator could find. Everything here
 * reads the probe the highlight plugin puts on the text (`.ProseMirror`'s `crHighlights`,
 * src/editor/highlight-probe.ts): the runs of text really painted, each with its categories (as
 * drawn), its annotations and where it is on screen. Where the API is missing the probe reads the
 * fallback spans, so these helpers work with either paint.
 *
 * A filter picks runs as a locator with `[data-category~="x"]` and `hasText` picked spans: a run
 * carrying category `category` whose text contains `hasText` (case-insensitive, spaces normalised)
 * or matches it (a RegExp).
 */
import type { Page } from 'playwright-core';
import type { PaintedRange } from '../../src/editor/highlight-probe.js';

/** One painted run of the article text (see highlight-probe.ts). */
export type HighlightRun = PaintedRange;

/** Which runs: those of a category (any when left out) whose text contains or matches `hasText`. */
export interface RunFilter {
  readonly category?: string;
  readonly hasText?: string | RegExp;
}

/** How long the waiting helpers wait, as Playwright's own default. */
const TIMEOUT_MS = 30_000;

/** Every painted run of the article text, in text order (none while no article is shown). */
export async function highlightedRanges(page: Page): Promise<HighlightRun[]> {
  return page.evaluate(() => {
    const text = document.querySelector('.ProseMirror') as (Element & { crHighlights?: { ranges(): PaintedRange[] } }) | null;
    return text?.crHighlights?.ranges() ?? [];
  });
}

/** The painted runs that `filter` picks, in text order. */
export async function highlightRuns(page: Page, filter: RunFilter = {}): Promise<HighlightRun[]> {
  return (await highlightedRanges(page)).filter((run) => matches(run, filter));
}

/** How many painted runs `filter` picks (as a locator's count of highlight spans). */
export async function highlightCount(page: Page, filter: RunFilter = {}): Promise<number> {
  return (await highlightRuns(page, filter)).length;
}

/** Waits until `filter` picks at least one painted run; returns those it picks. */
export async function waitForHighlight(page: Page, filter: RunFilter = {}, timeout = TIMEOUT_MS): Promise<HighlightRun[]> {
  return poll(page, filter, (runs) => runs.length > 0, timeout, 'no highlight');
}

/** Waits until `filter` picks no painted run (as waiting for a span to be detached). */
export async function waitForNoHighlight(page: Page, filter: RunFilter = {}, timeout = TIMEOUT_MS): Promise<void> {
  await poll(page, filter, (runs) => runs.length === 0, timeout, 'still a highlight');
}

/** Which run to click of those a filter picks, and how. */
export interface ClickOptions {
  /** The run's place among those picked (default 0; -1 for the last). */
  readonly index?: number;
  /** Tap (touch) instead of a mouse click. */
  readonly tap?: boolean;
}

/**
 * Clicks (or taps) the middle of the first line of a painted run that `filter` picks, once there
 * is one, scrolling it into view first if it is not: as a reader clicking the highlighted text.
 */
export async function clickHighlight(page: Page, filter: RunFilter = {}, { index = 0, tap = false }: ClickOptions = {}): Promise<void> {
  const picked = await waitForHighlight(page, filter);
  const run = picked.at(index);
  if (!run) throw new Error(`no highlight number ${index} of ${picked.length} (${describe(filter)})`);
  await page.evaluate((start) => {
    const text = document.querySelector('.ProseMirror') as (Element & { crHighlights?: { reveal(start: number): void } }) | null;
    text?.crHighlights?.reveal(start);
  }, run.start);
  let { x, y } = await middleOf(page, run);
  // Like a locator's click: when something else (a sticky toolbar, a panel) is over that point,
  // scroll the point to the middle of the window and measure again.
  const covered = await page.evaluate(({ x, y }) => !document.querySelector('.ProseMirror')?.contains(document.elementFromPoint(x, y)), { x, y });
  if (covered) {
    await page.evaluate((by) => window.scrollBy(0, by), y - (await page.evaluate(() => window.innerHeight)) / 2);
    ({ x, y } = await middleOf(page, run));
  }
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** The first client rectangle of the first run `filter` picks, once there is one (as a locator's bounding box of the first span). */
export async function firstHighlightRect(page: Page, filter: RunFilter = {}): Promise<{ left: number; top: number; width: number; height: number }> {
  const [run] = await waitForHighlight(page, filter);
  return run!.rects[0]!;
}

/** The middle of the first line of `run` as it is on screen now. */
async function middleOf(page: Page, run: HighlightRun): Promise<{ x: number; y: number }> {
  const now = (await highlightedRanges(page)).find((candidate) => candidate.start === run.start && candidate.end === run.end) ?? run;
  const rect = now.rects.find((candidate) => candidate.width > 0) ?? now.rects[0];
  if (!rect) throw new Error(`the highlight "${run.text}" is not on screen`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function matches(run: HighlightRun, { category, hasText }: RunFilter): boolean {
  if (category !== undefined && !run.categories.includes(category)) return false;
  if (hasText === undefined) return true;
  if (hasText instanceof RegExp) return hasText.test(run.text);
  const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normalise(run.text).includes(normalise(hasText));
}

async function poll(page: Page, filter: RunFilter, done: (runs: HighlightRun[]) => boolean, timeout: number, failure: string): Promise<HighlightRun[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const runs = await highlightRuns(page, filter);
    if (done(runs)) return runs;
    if (Date.now() > until) throw new Error(`${failure} (${describe(filter)}) after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

function describe({ category, hasText }: RunFilter): string {
  return `category ${category ?? 'any'}, text ${hasText === undefined ? 'any' : String(hasText)}`;
}
