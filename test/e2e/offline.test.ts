/**
 * Offline and updates end to end, against the built app in Chromium, as a class meets it on a
 * school server: one visit installs the service worker; with the server gone, the library, every
 * article, tagging and export still work after a reload. Then the server comes back with a new
 * build: the tab is not reloaded under the reader, a quiet bar offers the new version, and only a
 * click on Update reloads into it. The app is installable (Chromium's own check) and the
 * production build says nothing of Lit's dev mode.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { serveBuiltApp, type StaticServer } from '../support/static-server.js';
import { VIEWPORTS } from '../support/viewports.js';

const DIST = process.env['CR_DIST'] ?? 'dist';
const ARTICLES = (JSON.parse(readFileSync('documents/manifest.json', 'utf8')) as { documents: { id: string; title: string }[] }).documents;
/** The start of each article's first paragraph: what a reader sees once the text is there. */
const FIRST_WORDS = new Map(
  ARTICLES.map(({ id }) => {
    const body = JSON.parse(readFileSync(`documents/${id}.json`, 'utf8')) as { blocks: { type: string; text: string }[] };
    const paragraph = body.blocks.find((block) => block.type === 'paragraph');
    if (!paragraph) throw new Error(`documents/${id}.json has no paragraph`);
    return [id, paragraph.text.slice(0, 40)];
  }),
);
const ARTICLE = 'kelly-keine-massenabschiebungen';
const BAR_TEXT = 'Eine neue Version von Close Reader ist bereit.';

declare global {
  interface Window {
    crStillThisPage?: string;
    crControllerChanged?: Promise<void>;
  }
}

/**
 * Every file of the build a reader needs, relative to it: all but the service worker itself (the
 * browser keeps that), Workbox's runtime it imports, and the source maps.
 */
function appFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.endsWith('.map') && file !== 'sw.js' && !/^workbox-[0-9a-f]+\.js$/.test(file))
    .sort();
}

/** Whether a request to `url` from this process gets any answer (false once the server is gone). */
async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}

/**
 * A copy of the build in `folder` that is a new version to the service worker: index.html carries a
 * marker, and the service worker's precache list a new revision for it (as a real rebuild would).
 */
function newVersionOf(dist: string, folder: string, name: string): string {
  const copy = join(folder, name);
  cpSync(dist, copy, { recursive: true });
  const index = join(copy, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head>\n    <meta name="cr-build" content="${name}" />`));
  const sw = join(copy, 'sw.js');
  const worker = readFileSync(sw, 'utf8');
  const next = worker.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${name}"`);
  assert.notEqual(next, worker, 'sw.js lists index.html with a revision');
  writeFileSync(sw, next);
  return copy;
}

describe('offline and updates, end to end', () => {
  const app = useApp({ folder: 'close-reader-offline-', page: { locale: 'de-DE', acceptDownloads: true, viewport: VIEWPORTS[0] } });
  const consoleMessages: string[] = [];
  let url: string;
  let port: number;
  let restarted: StaticServer | undefined;
  let page: Page;

  before(() => {
    page = app.page;
    url = app.server.url;
    port = Number(new URL(url).port);
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  });

  after(async () => {
    await restarted?.close();
  });

  it('takes control of the page on the first visit, with every file of the app in its cache', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Bibliothek', level: 1 }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    assert.equal(await page.evaluate(() => new URL(navigator.serviceWorker.controller!.scriptURL).pathname), '/close-reader/sw.js');
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.replace('/close-reader/', ''));
      }
      return urls.sort();
    });
    assert.deepEqual(cached, appFiles(DIST));
  });

  it('is installable: Chromium finds no fault but the private profile, and the manifest is German with its icons', async () => {
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Playwright's browser contexts are off the record, which Chromium names as the one obstacle.
    assert.deepEqual(
      installabilityErrors.map((error) => error.errorId),
      ['in-incognito'],
    );
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href)).json() as Promise<{ name: string; short_name: string; lang: string; start_url: string; icons: { sizes: string; purpose: string }[] }>;
    });
    assert.deepEqual(
      { name: manifest.name, short_name: manifest.short_name, lang: manifest.lang, start_url: manifest.start_url },
      { name: 'Close Reader', short_name: 'Close Reader', lang: 'de', start_url: './' },
    );
    assert.deepEqual(
      manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`),
      ['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable'],
    );
    await cdp.detach();
  });

  it('opens the library and every article after a reload with the server gone', async () => {
    await app.server.close();
    assert.equal(await answers(url), false, 'the server is really gone');
    await page.reload();
    await page.getByRole('heading', { name: 'Bibliothek', level: 1 }).waitFor();
    const titles = await page.getByRole('list', { name: 'Artikel' }).getByRole('link').allTextContents();
    assert.deepEqual(titles, ARTICLES.map((article) => article.title));
    for (const { id, title } of ARTICLES) {
      await page.getByRole('link', { name: title, exact: true }).click();
      await page.locator('.ProseMirror').filter({ hasText: FIRST_WORDS.get(id)! }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { name: 'Bibliothek', level: 1 }).waitFor();
    }
  });

  it('tags and exports offline: the download holds the annotation', async () => {
    await page.goto(`${url}#/doc/${ARTICLE}`);
    await page.locator('.ProseMirror').waitFor();
    await tagWithKey(page, 'John Kelly', '1');
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportieren', exact: true }).click()]);
    const file = join(app.folder, download.suggestedFilename());
    await download.saveAs(file);
    const collection = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number; first: { items: { target: { selector: { type: string; exact?: string }[] } }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 1);
    const quote = collection.first.items[0]?.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
    assert.equal(quote?.exact, 'John Kelly');
  });

  it('offers a new version with a quiet bar and does not reload the page by itself', async () => {
    restarted = await serveBuiltApp(newVersionOf(DIST, app.folder, 'second'), 'close-reader', port);
    assert.equal(restarted.url, url, 'the same origin and path as before');
    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    await page.evaluate(() => (window.crStillThisPage = 'yes'));
    const bar = page.locator('cr-update-prompt').getByRole('status');
    // Whichever comes first: the bar, or a reload the reader did not ask for.
    const reloaded = page.waitForEvent('load', { timeout: 0 }).then(() => 'the tab reloaded by itself');
    assert.equal(await Promise.race([bar.filter({ hasText: BAR_TEXT }).waitFor().then(() => 'the bar'), reloaded]), 'the bar');
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed');
    assert.equal(await page.evaluate(() => window.crStillThisPage), 'yes', 'the tab was not reloaded');
    assert.equal(await page.locator('meta[name="cr-build"]').count(), 0, 'the page still runs the version it loaded');
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
  });

  it('shows the Update button beside or below the sentence at every viewport size', async () => {
    const sentence = page.locator('cr-update-prompt').getByText(BAR_TEXT);
    const button = page.locator('cr-update-prompt').getByRole('button', { name: 'Aktualisieren' });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const [text, click] = [(await sentence.boundingBox())!, (await button.boundingBox())!];
      assert.ok(click.x >= 0 && click.x + click.width <= viewport.width, `the button is inside ${viewport.width}px`);
      assert.ok(click.x >= text.x + text.width || click.y >= text.y + text.height, `the button does not cover the sentence at ${viewport.width}px`);
    }
    await page.setViewportSize(VIEWPORTS[0]!);
  });

  it('reloads into the new version on a click on Update, keeping the annotations', async () => {
    await Promise.all([page.waitForEvent('load'), page.locator('cr-update-prompt').getByRole('button', { name: 'Aktualisieren' }).click()]);
    await page.locator('.ProseMirror').waitFor();
    assert.equal(await page.evaluate(() => window.crStillThisPage), undefined, 'the tab reloaded');
    assert.equal(await page.locator('meta[name="cr-build"]').getAttribute('content'), 'second');
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
    assert.equal(await page.locator('cr-update-prompt').getByText(BAR_TEXT).count(), 0, 'the bar is gone');
  });

  it('reloads only the tab where Update was clicked; another tab keeps its bar until its own click', async () => {
    await restarted?.close();
    restarted = await serveBuiltApp(newVersionOf(DIST, app.folder, 'third'), 'close-reader', port);
    const other = await page.context().newPage();
    other.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    await other.goto(url);
    await other.getByRole('heading', { name: 'Bibliothek', level: 1 }).waitFor();
    await other.evaluate(() => (window.crStillThisPage = 'yes'));
    for (const tab of [page, other]) await tab.locator('cr-update-prompt').getByText(BAR_TEXT).waitFor();
    // A reload is asked for in the very task that tells the tab of the new worker (controllerchange);
    // the Navigation API hears the ask at once, and sessionStorage keeps it across a reload.
    await other.evaluate(() => {
      const navigation = (window as unknown as { navigation: EventTarget }).navigation;
      navigation.addEventListener('navigate', (event) => sessionStorage.setItem('crNavigated', (event as Event & { navigationType: string }).navigationType));
      window.crControllerChanged = new Promise((told) => navigator.serviceWorker.addEventListener('controllerchange', () => setTimeout(told), { once: true }));
    });

    await Promise.all([page.waitForEvent('load'), page.locator('cr-update-prompt').getByRole('button', { name: 'Aktualisieren' }).click()]);
    assert.equal(await page.locator('meta[name="cr-build"]').getAttribute('content'), 'third');
    await other.evaluate(() => window.crControllerChanged).catch(() => undefined);
    await other.waitForLoadState();
    assert.equal(await other.evaluate(() => sessionStorage.getItem('crNavigated')), null, 'no reload was asked for in the other tab');
    assert.equal(await other.evaluate(() => window.crStillThisPage), 'yes', 'the other tab was not reloaded');
    assert.equal(await other.locator('cr-update-prompt').getByText(BAR_TEXT).count(), 1, 'the other tab still offers the update');

    await Promise.all([other.waitForEvent('load'), other.locator('cr-update-prompt').getByRole('button', { name: 'Aktualisieren' }).click()]);
    assert.equal(await other.locator('meta[name="cr-build"]').getAttribute('content'), 'third');
    assert.equal(await other.evaluate(() => window.crStillThisPage), undefined);
    await other.close();
  });

  it('says nothing of a development build in the console', () => {
    assert.deepEqual(
      consoleMessages.filter((message) => /dev mode|development/i.test(message)),
      [],
    );
  });
});
