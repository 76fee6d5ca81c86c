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
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, locale: 'de-DE', colorScheme: 'light' });
  await page.goto(`${server.url}#/doc/zweierlei-solidaritaet`);
  await page.locator('.ProseMirror').waitFor();
  mkdirSync('.github/screenshots', { recursive: true });
  await page.screenshot({ path: '.github/screenshots/reader.png' });
  console.log('wrote .github/screenshots/reader.png');
} finally {
  await browser.close();
  await server.close();
}
