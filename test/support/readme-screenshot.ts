/**
 * Takes the README's screenshot of the reader from the built app (`npm run build` first):
 * `npm run screenshot` writes .github/screenshots/reader.png.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.js';
import { serveBuiltApp } from './static-server.js';

const server = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', colorScheme: 'light' });
  await page.goto(`${server.url}#/doc/zweierlei-solidaritaet`);
  await page.locator('.ProseMirror').waitFor();
  // A few tags, so the picture shows what the reader is for.
  for (const [phrase, key] of [
    ['Benjamin Barber', '1'],
    ['»Das 20. Jahrhundert war das Jahrhundert der Nationalstaaten. Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«', '3'],
    ['Stadtregierungen in Nordamerika und Europa', '1'],
    ['restriktive nationale Migrationspolitik', '2'],
  ] as const) {
    await page.evaluate((wanted) => {
      const text = document.querySelector<HTMLElement>('.ProseMirror')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        text.focus();
        document.getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
        return;
      }
    }, phrase);
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
  }
  await page.locator('.ProseMirror [data-category="actor"]').first().click();
  await page.locator('cr-annotation-card').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync('.github/screenshots', { recursive: true });
  await page.screenshot({ path: '.github/screenshots/reader.png' });
  console.log('wrote .github/screenshots/reader.png');
} finally {
  await browser.close();
  await server.close();
}
