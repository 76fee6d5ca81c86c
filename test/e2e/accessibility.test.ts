/**
 * axe-core in Chromium against the built app: the library and a reader page, in light and dark,
 * must have no violation.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, waitForHighlight } from '../support/highlight-page.js';

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

describe('accessibility (axe-core)', () => {
  const app = useApp();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation with overlapping highlights and an open card (${colorScheme})`, async () => {
      const context = await app.browser.newContext({ colorScheme, locale: 'en-GB' });
      try {
        const page = await context.newPage();
        await page.goto(`${app.server.url}#/doc/sanctuary-cities-gegen-trump`);
        await page.locator('.ProseMirror').waitFor();
        await tagWithKey(page, '"Wir sind und bleiben eine Sanctuary City."', '3');
        await waitForHighlight(page, { category: 'quote' });
        await tagWithKey(page, 'Sanctuary City', '1');
        await clickHighlight(page, { category: 'actor' });
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
        const context = await app.browser.newContext({ colorScheme, locale: 'de-DE' });
        try {
          const page = await context.newPage();
          await page.goto(app.server.url + hash);
          await page.locator(ready).first().waitFor();
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
