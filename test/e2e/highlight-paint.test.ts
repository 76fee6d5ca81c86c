/**
 * What the reader sees of overlapping highlights painted through the CSS Custom Highlight API, read
 * from the pixels of the built app in Chromium: each category's tint over the text and its own
 * line under it, the line of the category drawn first above the (thicker) line of the next, so
 * both stay visible where passages overlap. `::highlight()` cannot offset underlines, so this is
 * the check that the depth cue (thickness, painted shallow over deep) really reaches the screen.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { phraseBox, tagWithKey } from '../support/article-page.js';
import { firstHighlightRect, waitForHighlight } from '../support/highlight-page.js';
import { useApp } from '../support/start-app.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';
const PHRASE = 'Sanctuary City';

type Pixel = readonly [number, number, number];

/** The pixels of a region of the page, row by row (decoded in the page: no PNG decoder here). */
async function pixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<Pixel[][]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async ({ data, width, height }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, width, height);
    const { data: rgba } = context.getImageData(0, 0, width, height);
    const rows: [number, number, number][][] = [];
    for (let y = 0; y < height; y += 1) {
      const row: [number, number, number][] = [];
      for (let x = 0; x < width; x += 1) row.push([rgba[(y * width + x) * 4]!, rgba[(y * width + x) * 4 + 1]!, rgba[(y * width + x) * 4 + 2]!]);
      rows.push(row);
    }
    return rows;
  }, { data: png, width: clip.width, height: clip.height });
}

function hex(colour: string): Pixel {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as unknown as Pixel;
}

function near(a: Pixel, b: Pixel, tolerance = 48): boolean {
  return a.every((channel, i) => Math.abs(channel - b[i]!) <= tolerance);
}

/** The rows in which at least `share` of the pixels are near `colour`. */
function rowsOf(rows: Pixel[][], colour: Pixel, share: number): number[] {
  return rows.flatMap((row, y) => (row.filter((pixel) => near(pixel, colour)).length >= share * row.length ? [y] : []));
}

describe('overlapping highlights on screen', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 900 } } });

  it('tints the text and draws each category’s line, the first drawn above the next, both visible', async () => {
    await app.page.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await app.page.locator('.ProseMirror').waitFor();
    // The page's own background, where the phrase will be highlighted: the commonest colour there.
    const box = await phraseBox(app.page, PHRASE);
    const plain = await pixels(app.page, { x: Math.round(box.left + 4), y: Math.round(box.middle - 8), width: Math.round(box.right - box.left - 8), height: 16 });
    const counts = new Map<string, number>();
    for (const pixel of plain.flat()) counts.set(pixel.join(), (counts.get(pixel.join()) ?? 0) + 1);
    const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
    await tagWithKey(app.page, PHRASE, '1');
    await waitForHighlight(app.page, { category: 'actor', hasText: PHRASE });
    await app.page.evaluate(() => document.getSelection()?.removeAllRanges());
    const rect = await firstHighlightRect(app.page, { category: 'actor' });
    // Inside the run's line box, a little clear of its ends, and down into the room under the text.
    const clip = { x: Math.round(rect.left + 4), y: Math.round(rect.top), width: Math.round(rect.width - 8), height: Math.round(rect.height + 8) };
    const actor = hex(DEFAULT_CATEGORIES.find((category) => category.id === 'actor')!.colour);
    // Quote's line is dashed: drawn at the actor line's thickness, the solid actor line would hide it.
    const quote = hex(DEFAULT_CATEGORIES.find((category) => category.id === 'quote')!.colour);

    const alone = await pixels(app.page, clip);
    const actorAlone = rowsOf(alone, actor, 0.9);
    assert.ok(actorAlone.length >= 2, `the actor line is drawn (rows ${actorAlone.join(',')})`);
    // The tint: the actor colour at 22% over the page's background, behind the text between the glyphs.
    const tint = background.map((channel, i) => Math.round(channel * 0.78 + actor[i]! * 0.22)) as unknown as Pixel;
    const tinted = alone.flat().filter((pixel) => near(pixel, tint, 12)).length;
    assert.ok(tinted > 0.3 * clip.width * clip.height, `the text is tinted (${tinted} of ${clip.width * clip.height} pixels)`);

    await tagWithKey(app.page, PHRASE, '3');
    await waitForHighlight(app.page, { category: 'quote', hasText: PHRASE });
    await app.page.evaluate(() => document.getSelection()?.removeAllRanges());
    const both = await pixels(app.page, clip);
    const actorRows = rowsOf(both, actor, 0.9);
    const quoteRows = rowsOf(both, quote, 0.4);
    assert.deepEqual(actorRows, actorAlone, 'the actor line stays where it was, uncovered');
    assert.ok(quoteRows.length >= 1, `the quote line shows (rows ${quoteRows.join(',')})`);
    assert.ok(Math.min(...quoteRows) > Math.max(...actorRows), `the quote line shows below the actor line (${actorRows} / ${quoteRows})`);
  });
});
