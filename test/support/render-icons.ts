/**
 * Renders the app's icons from the SVG mark in headless Chromium: `npm run icons` writes the PNGs the
 * web app manifest and iOS ask for into public/icons/. Run it after changing public/icon.svg or
 * public/icon-maskable.svg, and commit the PNGs (the build copies public/ as it is).
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.js';

/** Each PNG: which SVG it is drawn from and its size in pixels. */
const ICONS = [
  { svg: 'public/icon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icon-maskable.svg', png: 'public/icons/icon-maskable-192.png', size: 192 },
  { svg: 'public/icon-maskable.svg', png: 'public/icons/icon-maskable-512.png', size: 512 },
  // iOS rounds the corners itself and shows transparency as black: the full-bleed mark.
  { svg: 'public/icon-maskable.svg', png: 'public/icons/apple-touch-icon-180.png', size: 180 },
] as const;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, png, size } of ICONS) {
    const source = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    // No background: the rounded corners of icon.svg stay transparent.
    await page.screenshot({ path: png, omitBackground: true });
    console.log(`wrote ${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
