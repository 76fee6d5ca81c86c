/**
 * Every screen works, end to end against the built app: at the sizes people read on (a laptop, a
 * projector, a tablet, a phone) the reader tags a passage deep in the article with the category
 * buttons still in reach, opens its card next to the passage and in view without the page moving,
 * opens the sidebar and is taken from it back to the passage; no page scrolls sideways, down to a
 * 320 px phone; axe-core finds no violation at any size. A screenshot per size is kept in
 * test-artifacts/screens/ (git-ignored), for a person to look at.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { highlightText, phraseBox, selectPhrase } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, firstHighlightRect, waitForHighlight, type RunFilter } from '../support/highlight-page.js';
import type { HighlightProbe } from '../../src/editor/highlight-probe.js';

const ARTICLE = 'zweierlei-solidaritaet';
/** Near the start of the article. */
const EARLY = 'Benjamin Barber';
/** Three quarters into the article. */
const DEEP = 'Präsident Donald Trump';
/** In the article's last paragraph. */
const LAST = 'radikaler Demokratisierung';
/** The space the card keeps from its passage when it opens above or below it (CARD_GAP). */
const CARD_GAP = 6;
const ARTIFACTS = 'test-artifacts/screens';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Screen {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** A touch screen: the category buttons are tapped. */
  readonly touch: boolean;
  /** Wide enough for the sidebar column beside the text (the card opens in it). */
  readonly wide: boolean;
}

const SCREENS: readonly Screen[] = [
  { name: 'laptop', width: 1280, height: 800, touch: false, wide: true },
  { name: 'projector', width: 1024, height: 768, touch: false, wide: true },
  { name: 'tablet', width: 768, height: 1024, touch: true, wide: false },
  { name: 'phone', width: 390, height: 844, touch: true, wide: false },
];

/** The pages a reader visits, and what shows that each has rendered. */
const PAGES = [
  ['the library', '#/', 'cr-library-view li a'],
  ['the scheme editor', '#/schemes', 'cr-scheme-editor-view select'],
  ['adding a document', '#/add', 'cr-add-document-view textarea'],
  ['the reader', `#/doc/${ARTICLE}`, '.ProseMirror'],
] as const;

interface Rect {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The window's width and the page's, and the elements (shadow roots included) that reach past the window's right edge. */
async function sideways(page: Page): Promise<{ innerWidth: number; scrollWidth: number; tooWide: string[] }> {
  return page.evaluate(() => {
    const tooWide: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > innerWidth + 0.5) tooWide.push(`${element.localName}.${element.getAttribute('class') ?? ''} (right edge ${Math.round(box.right)})`);
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    return { innerWidth, scrollWidth: document.documentElement.scrollWidth, tooWide: tooWide.slice(0, 8) };
  });
}

/** Asserts that the page is exactly as wide as the window: nothing to scroll sideways to. */
async function assertNoSidewaysScroll(page: Page, width: number, where: string): Promise<void> {
  const found = await sideways(page);
  assert.equal(found.innerWidth, width, `${where}: the window is ${width} px wide (a wider one means the page was zoomed out to fit)`);
  assert.ok(found.scrollWidth <= found.innerWidth, `${where}: the page is ${found.scrollWidth} px wide; too wide: ${found.tooWide.join(', ')}`);
}

/** Every axe-core violation on the page, named with where it is. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** Scrolls the window so that `phrase` (one line of text) sits `fraction` of the way down it. */
async function scrollPhraseTo(page: Page, phrase: string, fraction: number): Promise<void> {
  const box = await phraseBox(page, phrase);
  await page.evaluate(({ by }) => window.scrollBy(0, by), { by: box.middle - page.viewportSize()!.height * fraction });
}

/** The first line box of the first highlight run that `filter` picks (highlight-page.ts), in viewport pixels. */
async function firstRect(page: Page, filter: RunFilter): Promise<Rect> {
  const { top, left, width, height } = await firstHighlightRect(page, filter);
  return { top, right: left + width, bottom: top + height, left };
}

/** The element at a point of the window, as far as its category highlight or custom element: what a tap there reaches. */
async function hitAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    // Highlights are painted, not elements: the text at the point, and the painted run there (highlight-probe.ts).
    const text = element?.closest('.ProseMirror') as (Element & { crHighlights: HighlightProbe }) | null | undefined;
    const highlight = text?.crHighlights
      .ranges()
      .find((run) => run.rects.some((rect) => rect.left <= x && x <= rect.left + rect.width && rect.top <= y && y <= rect.top + rect.height));
    if (highlight) return `highlight ${highlight.categories.join(' ')}: ${highlight.text}`;
    return element?.closest('cr-annotation-card, cr-annotation-sidebar, cr-tag-toolbar')?.localName ?? element?.localName ?? 'nothing';
  }, { x, y });
}

/** The element that has focus, inside shadow roots too: its tag, class and text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return `${element?.localName}.${element?.getAttribute('class') ?? ''}: ${element?.textContent?.replace(/\s+/g, ' ').trim()}`;
  });
}

function inside(box: Rect, width: number, height: number): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom <= height && box.right <= width;
}

function rectOf(box: { x: number; y: number; width: number; height: number }): Rect {
  return { top: box.y, left: box.x, bottom: box.y + box.height, right: box.x + box.width };
}

/** Selects `phrase` (the caller scrolled it into view), then checks that every category button is on screen and not covered, and taps or clicks one. */
async function tagInView(page: Page, screen: Screen, phrase: string, category: RegExp): Promise<void> {
  await selectPhrase(page, phrase);
  const buttons = page.locator('cr-tag-toolbar button.category');
  assert.equal(await buttons.count(), 4);
  for (const button of await buttons.all()) {
    const box = rectOf((await button.boundingBox())!);
    assert.ok(inside(box, screen.width, screen.height), `${await button.textContent()} is on screen (${JSON.stringify(box)})`);
    assert.equal(await hitAt(page, (box.left + box.right) / 2, (box.top + box.bottom) / 2), 'cr-tag-toolbar', 'nothing covers the button');
  }
  const button = page.locator('cr-tag-toolbar').getByRole('button', { name: category });
  if (screen.touch) await button.tap();
  else await button.click();
}

describe('every screen works', () => {
  const app = useApp();

  before(() => mkdirSync(ARTIFACTS, { recursive: true }));

  for (const screen of SCREENS) {
    describe(`${screen.name}, ${screen.width}×${screen.height}`, () => {
      let page: Page;

      before(async () => {
        page = await app.openPage({
          viewport: { width: screen.width, height: screen.height },
          locale: 'de-DE',
          colorScheme: 'light',
          hasTouch: screen.touch,
          isMobile: screen.touch,
        });
      });

      it('scrolls no page sideways', async () => {
        for (const [name, hash, ready] of PAGES) {
          await page.goto(app.server.url + hash);
          await page.locator(ready).first().waitFor();
          await assertNoSidewaysScroll(page, screen.width, name);
        }
      });

      it('keeps the category buttons in reach deep in the article and near its end', async () => {
        await page.locator('.ProseMirror').waitFor();
        await selectPhrase(page, EARLY);
        await page.keyboard.press('1');
        assert.equal(await highlightText(page, 'actor'), EARLY);
        await scrollPhraseTo(page, DEEP, 0.35);
        await tagInView(page, screen, DEEP, /^Maßnahme\/Politik/);
        assert.equal(await highlightText(page, 'policy'), DEEP);
        await scrollPhraseTo(page, LAST, 0.7);
        await tagInView(page, screen, LAST, /^Zitat/);
        assert.equal(await highlightText(page, 'quote'), LAST);
      });

      it('keeps the caret clear of the sticky toolbar as the reader selects with the keyboard', async () => {
        const sticky = page.locator(screen.wide ? '.cr-reader-tools' : '.cr-tag-bar');
        await scrollPhraseTo(page, DEEP, 0.5);
        const bar = rectOf((await sticky.boundingBox())!);
        assert.equal(bar.top, 0, 'the toolbar sticks to the top');
        assert.equal(
          await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingTop),
          `${Math.ceil(bar.bottom)}px`,
          'the page keeps the toolbar’s height clear when it scrolls something into view',
        );
        // The passage's line just under the toolbar, hidden by it; the reader extends a selection there.
        const { middle } = await phraseBox(page, DEEP);
        await page.evaluate(({ by }) => window.scrollBy(0, by), { by: middle - (bar.bottom - 12) });
        await selectPhrase(page, DEEP);
        await page.keyboard.press('Shift+ArrowRight');
        const passage = await firstRect(page, { category: 'policy' });
        assert.ok(passage.top >= bar.bottom, `the passage (top ${passage.top}) came out from under the toolbar (bottom ${bar.bottom})`);
      });

      it('opens the card next to the passage, in view, without moving the page', async () => {
        await scrollPhraseTo(page, DEEP, 0.35);
        const passage = await firstRect(page, { category: 'policy' });
        const scrolled = await page.evaluate(() => window.scrollY);
        const x = (passage.left + passage.right) / 2;
        const y = (passage.top + passage.bottom) / 2;
        if (screen.touch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        const card = page.locator('cr-annotation-card');
        await card.waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not move');
        assert.match((await card.locator('blockquote').textContent()) ?? '', new RegExp(`^${DEEP}$`));
        const box = rectOf((await card.boundingBox())!);
        assert.ok(inside(box, screen.width, screen.height), `the card is on screen (${JSON.stringify(box)})`);
        if (screen.wide) {
          // In the column beside the text, level with the passage.
          const text = rectOf((await page.locator('.cr-article-mount').boundingBox())!);
          assert.ok(box.left >= text.right, `the card (left ${box.left}) is beside the text (right ${text.right})`);
          assert.equal(Math.round(box.top), Math.round(passage.top));
        } else {
          // Just below the passage.
          assert.equal(Math.round(box.top), Math.round(passage.bottom + CARD_GAP));
        }
        assert.equal(await hitAt(page, (box.left + box.right) / 2, (box.top + box.bottom) / 2), 'cr-annotation-card', 'nothing covers the card');
        assert.equal(await hitAt(page, x, y), `highlight policy: ${DEEP}`, 'the card leaves the passage in sight');
        await page.screenshot({ path: `${ARTIFACTS}/reader-${screen.width}x${screen.height}.png` });
      });

      it('opens the card with Enter, focused, without moving the page', async () => {
        await page.keyboard.press('Escape');
        const card = page.locator('cr-annotation-card');
        await card.waitFor({ state: 'detached' });
        const scrolled = await page.evaluate(() => window.scrollY);
        // The caret inside the passage, as a keyboard reader puts it there.
        await selectPhrase(page, 'Donald');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Enter');
        await card.waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not move');
        assert.equal(await focused(page), 'button.close: Schließen', 'the card has focus: its first control');
        assert.ok(inside(rectOf((await card.boundingBox())!), screen.width, screen.height), 'the card is on screen');
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'detached' });
      });

      it('shows the sidebar in view and takes the reader from it to a passage', async () => {
        const sidebar = page.locator('cr-annotation-sidebar');
        const toggle = page.locator('.cr-panel-toggle');
        await page.evaluate(() => window.scrollTo(0, 0));
        if (screen.wide) {
          assert.equal(await toggle.isVisible(), false, 'no toggle: the sidebar is a column beside the text');
        } else {
          assert.equal(await sidebar.isVisible(), false, 'the panel starts closed');
          assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
          await toggle.click();
          await sidebar.waitFor();
          assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
          assert.equal(await focused(page), 'button.close: Schließen', 'focus moved into the panel');
          const panel = rectOf((await page.locator('#cr-annotation-panel').boundingBox())!);
          assert.deepEqual(panel, { top: 0, bottom: screen.height, right: screen.width, left: screen.width - Math.min(352, screen.width) });
          await assertNoSidewaysScroll(page, screen.width, 'the reader with the panel open');
          await page.keyboard.press('Escape');
          await sidebar.waitFor({ state: 'hidden' });
          assert.equal(await focused(page), 'button.cr-button cr-panel-toggle: Annotationen 3', 'Escape gave focus back to the toggle');
          assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
          await toggle.click();
        }
        const heading = rectOf((await sidebar.getByRole('heading', { name: /^Annotationen/ }).boundingBox())!);
        assert.ok(inside(heading, screen.width, screen.height), `the sidebar's heading is on screen (${JSON.stringify(heading)})`);
        const item = sidebar.locator('li .item').filter({ hasText: DEEP });
        assert.ok(inside(rectOf((await item.boundingBox())!), screen.width, screen.height), 'the item is on screen');
        assert.deepEqual(await axeViolations(page), [], 'axe finds no violation with the sidebar open');
        await item.click();
        const flashed = page.locator('.ProseMirror .cr-flash');
        await flashed.waitFor();
        assert.equal(await flashed.textContent(), DEEP);
        if (!screen.wide) await sidebar.waitFor({ state: 'hidden' });
        const passage = await firstRect(page, { category: 'policy' });
        assert.ok(inside(passage, screen.width, screen.height), `the passage is on screen (${JSON.stringify(passage)})`);
        assert.equal(
          await hitAt(page, (passage.left + passage.right) / 2, (passage.top + passage.bottom) / 2),
          `highlight policy: ${DEEP}`,
          'neither the toolbar nor the panel covers the passage',
        );
      });

      it('finds no accessibility violation with highlights and an open card', async () => {
        const passage = await firstRect(page, { category: 'policy' });
        await page.mouse.click((passage.left + passage.right) / 2, (passage.top + passage.bottom) / 2);
        await page.locator('cr-annotation-card').waitFor();
        assert.deepEqual(await axeViolations(page), []);
      });
    });
  }

  describe('a long annotation list beside the text, 1024×768', () => {
    it('marks the opened passage’s item by scrolling the list, not the page', async () => {
      const page = await app.openPage({ viewport: { width: 1024, height: 768 }, locale: 'de-DE' });
      await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
      await page.locator('.ProseMirror').waitFor();
      const words = ['Stadtgesellschaften', 'Europa', 'USA', 'wollen', 'Zweierlei', 'Nordamerika', 'Rechte', 'Flüchtlingen', 'Migranten', 'Solidarity City', 'darüber'];
      for (const word of words) {
        await selectPhrase(page, word);
        await page.keyboard.press('1');
        await waitForHighlight(page, { category: 'actor', hasText: word });
      }
      // Near the page's top (the passage in the window, below the reader's tool rows): the sidebar column reaches past the window's bottom.
      await page.evaluate(() => window.scrollTo(0, 120));
      const scrolled = await page.evaluate(() => window.scrollY);
      const item = page.locator('cr-annotation-sidebar li .item').filter({ hasText: 'Solidarity City' });
      assert.ok(rectOf((await item.boundingBox())!).top > 768, 'the item starts below the window (else this tests nothing)');
      const passage = await firstRect(page, { category: 'actor', hasText: 'Solidarity City' });
      assert.ok(passage.bottom < 768, 'the passage is in the window (else the click misses it)');
      await page.mouse.click((passage.left + passage.right) / 2, (passage.top + passage.bottom) / 2);
      await page.locator('cr-annotation-card').waitFor();
      await page.waitForFunction(() => document.querySelector('cr-annotation-sidebar')?.shadowRoot?.querySelector('[aria-current="true"]'));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not move');
      assert.equal(await item.getAttribute('aria-current'), 'true');
      const shown = rectOf((await item.boundingBox())!);
      assert.ok(inside(shown, 1024, 768), `the list scrolled its item into the window (${JSON.stringify(shown)})`);
    });
  });

  describe('a small phone, 320×640', () => {
    it('scrolls no page sideways, the reader with its card and panel open neither', async () => {
      const page = await app.openPage({ viewport: { width: 320, height: 640 }, locale: 'de-DE', hasTouch: true, isMobile: true });
      for (const [name, hash, ready] of PAGES) {
        await page.goto(app.server.url + hash);
        await page.locator(ready).first().waitFor();
        await assertNoSidewaysScroll(page, 320, name);
      }
      await selectPhrase(page, EARLY);
      await page.keyboard.press('1');
      await clickHighlight(page, { category: 'actor' }, { tap: true });
      await page.locator('cr-annotation-card').waitFor();
      await assertNoSidewaysScroll(page, 320, 'the reader with the card open');
      await page.screenshot({ path: `${ARTIFACTS}/reader-320x640.png` });
      await page.locator('.cr-panel-toggle').tap();
      await page.locator('cr-annotation-sidebar').waitFor();
      await assertNoSidewaysScroll(page, 320, 'the reader with the panel open');
    });
  });
});
