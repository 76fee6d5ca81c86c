/**
 * Takes the README's screenshots from the built app (`npm run build` first): `npm run screenshot`
 * writes .github/screenshots/reader.png (a laptop, 1280×800), reader-1024.png (a classroom
 * projector, 1024×768) and reader-390.png (a phone, 390×844) of the reader, and class-heat.png of
 * the class view's heat layer for a generated class of 30 (class-page.ts) at 1280×800.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { phraseBox, tagWithKey } from './article-page.js';
import { clickHighlight } from './highlight-page.js';
import { startApp } from './running-app.js';
import { stageClass } from './class-page.js';

/** One screenshot: its file, the window, and whether it is a touch phone. */
interface Shot {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly phone: boolean;
}

const SHOTS: readonly Shot[] = [
  { file: 'reader.png', width: 1280, height: 800, phone: false },
  { file: 'reader-1024.png', width: 1024, height: 768, phone: false },
  { file: 'reader-390.png', width: 390, height: 844, phone: true },
];

/** A few tags, so the picture shows what the reader is for. */
const TAGS = [
  ['Benjamin Barber', '1'],
  ['»Das 20. Jahrhundert war das Jahrhundert der Nationalstaaten. Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«', '3'],
  ['Stadtregierungen in Nordamerika und Europa', '1'],
  ['restriktive nationale Migrationspolitik', '2'],
] as const;

/**
 * Tags the article, scrolls its first paragraph under the sticky tools, and opens the card of its
 * first actor with a click (a tap on the phone), as a reader would.
 */
async function stage(page: Page, shot: Shot): Promise<void> {
  for (const [phrase, key] of TAGS) {
    await tagWithKey(page, phrase, key);
    await page.waitForTimeout(100);
  }
  const box = await phraseBox(page, 'Benjamin Barber');
  await page.evaluate(({ by }) => window.scrollBy(0, by), { by: box.middle - (shot.phone ? 190 : shot.height * 0.3) });
  // Focus came from the keyboard; a reader who clicks sees no focus ring around the text.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await clickHighlight(page, { category: 'actor' }, { tap: shot.phone });
  await page.locator('cr-annotation-card').waitFor();
  await page.mouse.move(0, 0);
}

/**
 * The class view's "Where the class tagged" for 30 generated hand-ins, Quote chosen, the article
 * scrolled to its first passages and a passage's students listed, as a teacher would look at it.
 */
async function classHeatShot(): Promise<void> {
  const page = await app.openPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', colorScheme: 'light' });
  await stageClass(page, app.server.url, 'Wer spricht hier?', { students: 30, passagesPerCategory: 3, seed: 16 });
  const heat = page.locator('cr-class-heat');
  await heat.getByRole('radio', { name: /Zitat/ }).check();
  await heat.locator('.ProseMirror').waitFor();
  await heat.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: '.github/screenshots/class-heat.png' });
  console.log('wrote .github/screenshots/class-heat.png');
  await page.close();
}

const app = await startApp();
try {
  mkdirSync('.github/screenshots', { recursive: true });
  for (const shot of SHOTS) {
    const page = await app.openPage({
      viewport: { width: shot.width, height: shot.height },
      locale: 'de-DE',
      colorScheme: 'light',
      hasTouch: shot.phone,
      isMobile: shot.phone,
    });
    await page.goto(`${app.server.url}#/doc/zweierlei-solidaritaet`);
    await page.locator('.ProseMirror').waitFor();
    await stage(page, shot);
    await page.screenshot({ path: `.github/screenshots/${shot.file}` });
    console.log(`wrote .github/screenshots/${shot.file}`);
  }
  await classHeatShot();
} finally {
  await app.close();
}
