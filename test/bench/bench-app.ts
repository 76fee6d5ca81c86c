/**
 * The figures a reader waits for, measured in the built app (dist/) through its real path, so they
 * need no change when the app's insides do: opening an article from the library by a route change
 * with its annotations already in IndexedDB (sidebar included), adding one highlight by selecting a
 * passage and pressing a category's key, and scrolling through a crowded article. Each is timed by
 * a Chrome trace (trace.ts): from the action to the end of the main thread's frame that shows the
 * result, and the main thread's work in between; scrolling by each frame's work.
 *
 * The bench page is served from the same origin (run-bench.ts puts it under the app's folder), so
 * it writes the annotations with the app's storage into the app's database before each figure
 * (bench-app-page.ts). Service workers are blocked: the bench page must not be served the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { selectPhrase } from '../support/article-page.js';
import type { BenchConfig, BenchResult } from './bench-types.js';
import { ARTICLE_ID } from './bench-setup.js';
import { framesBetween, paintedAfter, TRACE_CATEGORIES, type FramesTrace, type PaintedTrace, type TraceEvent } from './trace.js';
import { repeat, type RunPlan } from './stats.js';

/** The long text's id as an own document of the app (bench-setup.ts). */
const LONG_ID = 'benchmark-long-text';
/** Between the pointer reaching an article's link and the click (a typical hover-to-click time). */
export const POINT_TO_CLICK_MS = 250;
/** Setting up a crowded article or the 1 MB text may take long on a busy machine: generous, never timed. */
const SETUP = { timeout: 300_000 };

/** Opening figure: the app's open, and the plain render of the same text, per timed run. */
export interface OpenAppResult {
  readonly annotations: number;
  readonly ours: readonly PaintedTrace[];
  readonly plain: readonly PaintedTrace[];
}

/** Adding one highlight with `shown` already shown. */
export interface AddAppResult {
  readonly shown: number;
  readonly ours: readonly PaintedTrace[];
}

/** Scrolling through the article with `annotations` to its end. */
export interface ScrollAppResult extends FramesTrace {
  readonly annotations: number;
  readonly steps: number;
}

/**
 * In the page, a rAF loop that stamps `cr-seen` (for the trace) in the first frame whose rAF finds
 * `predicate` (an expression) true, and sets `window.crSeen` to a promise of that. A string, not a
 * function: tsx would wrap named functions in a helper the page does not have.
 */
const watch = (predicate: string, thenStart: string): string => `(() => {
  window.crSeen = new Promise((resolve) => {
    const check = () => {
      if (${predicate}) { console.timeStamp('cr-seen'); resolve(true); } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  console.timeStamp('cr-start');
  ${thenStart}
})()`;

/** Waits for `cr-seen`, and two frames more: the seen frame's task must have ended before the trace stops. */
const SEEN_AND_RENDERED = 'window.crSeen.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))';

/** The article is shown with its highlights and the sidebar lists annotations. */
const OPEN_SHOWN = (lastText: string): string =>
  `(() => { const text = document.querySelector('.ProseMirror');
    if (!text || !text.textContent.includes(${JSON.stringify(lastText)})) return false;
    if (!document.querySelector('cr-annotation-sidebar')?.shadowRoot?.querySelector('.item[data-id]')) return false;
    return text.querySelector('.cr-highlight') !== null || (globalThis.CSS?.highlights?.size ?? 0) > 0; })()`;

let traceCount = 0;

/**
 * Traces `act` on `page`. With CR_BENCH_TRACES=<folder>, every trace is also written there
 * (trace-<n>.json) to open in DevTools' Performance panel.
 */
async function traced(browser: Browser, page: Page, act: () => Promise<void>): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let buffer: Buffer;
  try {
    await act();
  } finally {
    buffer = await browser.stopTracing();
  }
  const keep = process.env['CR_BENCH_TRACES'];
  if (keep) {
    mkdirSync(keep, { recursive: true });
    traceCount += 1;
    writeFileSync(join(keep, `trace-${traceCount}.json`), buffer);
  }
  return (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** Runs the app figures: one browser context with the bench page and the app page side by side. */
export class AppBench {
  private constructor(
    private readonly browser: Browser,
    private readonly bench: Page,
    private readonly app: Page,
    private readonly appUrl: string,
  ) {}

  static async start(browser: Browser, appUrl: string, benchUrl: string): Promise<AppBench> {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const bench = await context.newPage();
    bench.on('pageerror', (error) => console.error('bench page error:', error.message));
    await bench.goto(benchUrl);
    await bench.waitForFunction('window.benchReady === true');
    const app = await context.newPage();
    app.on('pageerror', (error) => console.error('app page error:', error.message));
    return new AppBench(browser, bench, app, appUrl);
  }

  async close(): Promise<void> {
    await this.app.context().close();
  }

  private async run<T extends BenchResult>(config: BenchConfig): Promise<T> {
    return (await this.bench.evaluate(`window.runBench(${JSON.stringify(config)})`)) as T;
  }

  /** The app at the library, loaded afresh (a reload: the annotations are read from IndexedDB). */
  private async library(): Promise<void> {
    await this.app.bringToFront();
    await this.app.goto('about:blank');
    await this.app.goto(`${this.appUrl}#/`);
    await this.app.getByRole('listitem').first().waitFor(SETUP);
  }

  /**
   * Opening the article with `count` annotations from the library (the pointer on its link, then
   * the click: a route change to #/doc/<id>), until its text, highlights and first sidebar items
   * are painted, timed from the click; against the
   * plain paragraphs of the same text in the bench page, interleaved run by run.
   */
  async open(count: number, plan: RunPlan): Promise<OpenAppResult> {
    await this.run({ figure: 'seed', text: 'article', count });
    const lastText = await this.lastBlockStart();
    const link = `a[href="#/doc/${ARTICLE_ID}"]`;
    const runs = await repeat(plan, async () => {
      await this.library();
      const ours = paintedAfter(
        await traced(this.browser, this.app, async () => {
          // As a reader with a mouse: the pointer reaches the link (the reader page starts loading),
          // and the click follows a typical hover-to-click time later.
          await this.app.hover(link);
          await this.app.waitForTimeout(POINT_TO_CLICK_MS);
          await this.app.evaluate(watch(OPEN_SHOWN(lastText), `(document.querySelector('cr-library-view')?.shadowRoot ?? document).querySelector(${JSON.stringify(link)}).click();`));
          await this.app.evaluate(SEEN_AND_RENDERED);
        }),
        'cr-start',
        'cr-seen',
      );
      // A page in the background gets no frames: each page is brought to the front for its part.
      await this.bench.bringToFront();
      const plain = paintedAfter(
        await traced(this.browser, this.bench, () => this.run({ figure: 'plain' }).then(() => undefined)),
        'cr-start',
        'cr-seen',
      );
      return { ours, plain };
    });
    return { annotations: count, ours: runs.map((run) => run.ours), plain: runs.map((run) => run.plain) };
  }

  /** The start of the article's last block, read from the bench page's inputs. */
  private async lastBlockStart(): Promise<string> {
    await this.app.goto(`${this.appUrl}#/doc/${ARTICLE_ID}`);
    const text = this.app.locator('.ProseMirror');
    await text.waitFor(SETUP);
    return this.app.evaluate(`(() => { const blocks = document.querySelector('.ProseMirror').children; return blocks[blocks.length - 1].textContent.slice(0, 40); })()`);
  }

  /**
   * Adding one highlight with `shown` annotations of the 1 MB text shown: a passage near the top
   * selected (untimed), then the key "1" (the first category) pressed; until the frame that paints
   * it after the app has stored it and said so. Each run tags another passage.
   */
  async add(shown: number, plan: RunPlan): Promise<AddAppResult> {
    await this.run({ figure: 'seed', text: 'long', count: shown });
    await this.app.bringToFront();
    await this.app.goto('about:blank');
    await this.app.goto(`${this.appUrl}#/doc/${LONG_ID}`);
    await this.app.locator('.ProseMirror').waitFor(SETUP);
    await this.app.locator('cr-annotation-sidebar .item[data-id]').first().waitFor(SETUP);
    const phrases = (await this.app.evaluate(
      `[...document.querySelector('.ProseMirror').children].slice(1, 12).map((block) => block.textContent.split(/\\s+/).slice(0, 2).join(' '))`,
    )) as string[];
    const unique = phrases.filter((phrase, i) => /^[\p{L}]+ [\p{L}]+$/u.test(phrase) && phrases.indexOf(phrase) === i);
    if (unique.length < plan.warmup + plan.runs) throw new Error(`only ${unique.length} passages to tag near the top`);
    const samples = await repeat(plan, async (i) => {
      const phrase = unique[i]!;
      await selectPhrase(this.app, phrase);
      const predicate =
        `(() => { const status = [...document.querySelectorAll('cr-reader-view [role=status]')].map((e) => e.textContent).join(' ');` +
        ` return status !== window.crBefore && status.includes('tagged') && status.includes(${JSON.stringify(phrase)}); })()`;
      await this.app.evaluate(`window.crBefore = [...document.querySelectorAll('cr-reader-view [role=status]')].map((e) => e.textContent).join(' ')`);
      return paintedAfter(
        await traced(this.browser, this.app, async () => {
          await this.app.evaluate(watch(predicate, ''));
          await this.app.keyboard.press('1');
          await this.app.evaluate(SEEN_AND_RENDERED);
        }),
        'cr-start',
        'cr-seen',
        'keydown',
      );
    });
    return { shown, ours: samples };
  }

  /** Scrolling the article with `count` annotations from top to end by wheel steps, each frame's work from the trace. */
  async scroll(count: number): Promise<ScrollAppResult> {
    await this.run({ figure: 'seed', text: 'article', count });
    await this.app.bringToFront();
    await this.app.goto('about:blank');
    await this.app.goto(`${this.appUrl}#/doc/${ARTICLE_ID}`);
    const text = this.app.locator('.ProseMirror');
    await text.waitFor(SETUP);
    await this.app.locator('cr-annotation-sidebar .item[data-id]').first().waitFor(SETUP);
    const box = (await text.boundingBox())!;
    await this.app.mouse.move(box.x + box.width / 2, 400);
    let steps = 0;
    const events = await traced(this.browser, this.app, async () => {
      await this.app.evaluate(`console.timeStamp('cr-scroll-start')`);
      let last = Number.NaN;
      let still = 0;
      while (still < 3 && steps < 400) {
        await this.app.mouse.wheel(0, 240);
        steps += 1;
        const top = (await this.app.evaluate(
          `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('.ProseMirror').getBoundingClientRect().top))))`,
        )) as number;
        still = top === last ? still + 1 : 0;
        last = top;
      }
      await this.app.evaluate(`console.timeStamp('cr-scroll-end')`);
    });
    return { annotations: count, steps, ...framesBetween(events, 'cr-scroll-start', 'cr-scroll-end') };
  }
}
