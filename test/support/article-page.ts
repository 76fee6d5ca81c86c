/**
 * What end-to-end tests do to the article text (`.ProseMirror`) of an open reader page: find a
 * phrase, select it or put the caret there as a reader would, tag it, and read back the highlights.
 *
 * Functions that run in the page (passed to `page.evaluate`) must not define named functions or
 * named arrow-function consts inside: tsx (esbuild) wraps those in a `__name` helper the page does
 * not have ("ReferenceError: __name is not defined").
 */
import type { Page } from 'playwright-core';
import type { HighlightProbe } from '../../src/editor/highlight-probe.js';
import { waitForHighlight } from './highlight-page.js';

/** Where a phrase is on screen, in CSS pixels: its left and right edges and the middle of its line. */
export interface PhraseBox {
  left: number;
  right: number;
  middle: number;
}

/**
 * Runs in the page: finds the first occurrence of `wanted` in the article text, across text nodes
 * (so across highlights and other inline marks), and either selects it, focusing the text, or
 * measures it. Throws when the phrase is not there, or when it is measured and wraps over two
 * lines. No named functions inside: see the module comment.
 */
function findPhraseInPage({ wanted, select }: { wanted: string; select: boolean }): PhraseBox | null {
  const text = document.querySelector<HTMLElement>('.ProseMirror')!;
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  const starts: number[] = [];
  let seen = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    starts.push(seen.length);
    seen += node.textContent;
  }
  const at = seen.indexOf(wanted);
  if (at < 0) throw new Error(`"${wanted}" is not in the text`);
  const ends = [at, at + wanted.length].map((offset) => {
    let i = starts.length - 1;
    while (starts[i]! > offset) i -= 1;
    return { node: nodes[i]!, offset: offset - starts[i]! };
  });
  if (select) {
    text.focus();
    document.getSelection()!.setBaseAndExtent(ends[0]!.node, ends[0]!.offset, ends[1]!.node, ends[1]!.offset);
    return null;
  }
  const range = document.createRange();
  range.setStart(ends[0]!.node, ends[0]!.offset);
  range.setEnd(ends[1]!.node, ends[1]!.offset);
  const rects = range.getClientRects();
  const first = rects[0]!;
  const last = rects[rects.length - 1]!;
  if (first.top !== last.top) throw new Error(`"${wanted}" wraps over two lines`);
  return { left: first.left, right: last.right, middle: first.top + first.height / 2 };
}

/**
 * Sets the reader's selection over the first occurrence of `phrase` in the article text (across
 * text nodes) and focuses the text, as if the reader had selected it. Throws if it is not there.
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate(findPhraseInPage, { wanted: phrase, select: true });
}

/** Selects `phrase` (see {@link selectPhrase}) and tags it by pressing a category's key. */
export async function tagWithKey(page: Page, phrase: string, key: string): Promise<void> {
  await selectPhrase(page, phrase);
  await page.keyboard.press(key);
}

/**
 * Where the first occurrence of `phrase` in the article text is on screen. Throws if it is not
 * there or wraps over two lines.
 */
export async function phraseBox(page: Page, phrase: string): Promise<PhraseBox> {
  return (await page.evaluate(findPhraseInPage, { wanted: phrase, select: false }))!;
}

/**
 * Selects `phrase` by dragging the mouse across it, from just inside its left edge to just inside
 * its right. Waits 600 ms first (a reader's pause), so that a press right after an earlier click
 * is not taken for a double click. Returns where the phrase is, for clicks that follow.
 */
export async function dragSelect(page: Page, phrase: string): Promise<PhraseBox> {
  const box = await phraseBox(page, phrase);
  await page.waitForTimeout(600);
  await page.mouse.move(box.left + 1, box.middle);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.middle, { steps: 8 });
  await page.mouse.up();
  return box;
}

/** The text the document selection holds now ('' for none or a caret). */
export async function selectionText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/**
 * The text under the article's highlights of one category (the painted runs carrying it, in text
 * order, highlight-page.ts), joined, once there is at least one (waits for it).
 */
export async function highlightText(page: Page, category: string): Promise<string> {
  return (await waitForHighlight(page, { category })).map((run) => run.text).join('');
}

/**
 * Puts the caret at the start of the first occurrence of `phrase` in the article text (the text
 * focused), as a reader who clicked there or moved there with the arrow keys. Throws if it is not there.
 */
export async function caretBefore(page: Page, phrase: string): Promise<void> {
  await selectPhrase(page, phrase);
  await page.evaluate(() => document.getSelection()!.collapseToStart());
}

/** What the highlight over one character says: its categories (sorted) and how many annotations are there. */
export interface HighlightOver {
  readonly categories: readonly string[];
  readonly count: number;
}

/**
 * The highlight over character `index` of the first occurrence of `phrase` in the article text
 * (read from the painted run holding it: one per run of text, carrying all its categories; see
 * highlight-page.ts), or null when that character is not highlighted. Throws when the phrase is not there.
 */
export async function highlightOver(page: Page, phrase: string, index: number): Promise<HighlightOver | null> {
  return page.evaluate(
    ({ wanted, at }) => {
      const text = document.querySelector<HTMLElement>('.ProseMirror')! as HTMLElement & { crHighlights: HighlightProbe };
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const nodes: Node[] = [];
      const starts: number[] = [];
      let seen = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node);
        starts.push(seen.length);
        seen += node.textContent;
      }
      const offset = seen.indexOf(wanted);
      if (offset < 0) throw new Error(`"${wanted}" is not in the text`);
      let i = starts.length - 1;
      while (starts[i]! > offset + at) i -= 1;
      const place = text.crHighlights.offsetOf(nodes[i]!, offset + at - starts[i]!);
      const run = text.crHighlights.ranges().find((candidate) => candidate.start <= place && place < candidate.end);
      if (!run) return null;
      return { categories: [...run.categories].sort(), count: run.count };
    },
    { wanted: phrase, at: index },
  );
}
