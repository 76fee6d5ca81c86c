/**
 * Takes the README's screenshot of the reader from the built app (`npm run build` first):
 * `npm run screenshot` writes .github/screenshots/reader.png.
 */
import { mkdirSync } from 'node:fs';
import { tagWithKey } from './article-page.js';
import { startApp } from './start-app.js';

const app = await startApp();
try {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', colorScheme: 'light' });
  await page.goto(`${app.server.url}#/doc/zweierlei-solidaritaet`);
  await page.locator('.ProseMirror').waitFor();
  // A few tags, so the picture shows what the reader is for.
  for (const [phrase, key] of [
    ['Benjamin Barber', '1'],
    ['»Das 20. Jahrhundert war das Jahrhundert der Nationalstaaten. Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«', '3'],
    ['Stadtregierungen in Nordamerika und Europa', '1'],
    ['restriktive nationale Migrationspolitik', '2'],
  ] as const) {
    await tagWithKey(page, phrase, key);
    await page.waitForTimeout(100);
  }
  await page.locator('.ProseMirror [data-category="actor"]').first().click();
  await page.locator('cr-annotation-card').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync('.github/screenshots', { recursive: true });
  await page.screenshot({ path: '.github/screenshots/reader.png' });
  console.log('wrote .github/screenshots/reader.png');
} finally {
  await app.close();
}
