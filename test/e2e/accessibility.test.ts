/**
 * axe-core in Chromium against the built app: the library and a reader page, in light and dark,
 * must have no violation.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveBuiltApp, type StaticServer } from '../support/static-server.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/**
 * Selects the first occurrence of a phrase in the article text (as a reader's selection). No
 * named functions inside: tsx would wrap them in a helper the page does not have.
 */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
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
    text.focus();
    document.getSelection()!.setBaseAndExtent(ends[0]!.node, ends[0]!.offset, ends[1]!.node, ends[1]!.offset);
  }, phrase);
}

describe('accessibility (axe-core)', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveBuiltApp();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation with overlapping highlights and an open card (${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme, locale: 'en-GB' });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}#/doc/sanctuary-cities-gegen-trump`);
        await page.locator('.ProseMirror').waitFor();
        await selectPhrase(page, '"Wir sind und bleiben eine Sanctuary City."');
        await page.keyboard.press('3');
        await selectPhrase(page, 'Sanctuary City');
        await page.keyboard.press('1');
        await page.locator('.ProseMirror [data-category="actor"]').first().click();
        await page.locator('cr-annotation-card').waitFor();
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });

    for (const [name, hash, ready] of [
      ['the library', '#/', 'cr-library-view li a'],
      ['a reader page with debris', '#/doc/sanctuary-cities-gegen-trump', '.ProseMirror [data-kind="tweet"]'],
      ['a reader page with a headline', '#/doc/zweierlei-solidaritaet', '.ProseMirror h1'],
    ] as const) {
      it(`finds no violation in ${name} (${colorScheme})`, async () => {
        const context = await browser.newContext({ colorScheme, locale: 'de-DE' });
        try {
          const page = await context.newPage();
          await page.goto(server.url + hash);
          await page.locator(ready).first().waitFor();
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
