/**
 * A shared project, end to end (issue 18, "Done when"): two researchers in two browser profiles
 * code the same article, kept in step through a real Community Solid Server (started by this test
 * from its node binary, stopped by pid on every path), both signed in through the server's own
 * login and consent pages with the research group's account. Ada publishes her reading after
 * seeing where it goes and what; Ben opens it by its address. Ben works offline: his sync says
 * so and keeps his work; Ada adds a passage and syncs. When Ben's connection comes back his
 * project syncs by itself, and after Ada's next sync both hold the union. Both then change the
 * note of one annotation: Ben's sync does not pick one, it shows both and lets him choose; his
 * choice reaches Ada with her next sync.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { tagWithKey } from '../support/article-page.js';
import { axeViolations } from '../support/axe.js';
import { clickHighlight, highlightRuns, waitForHighlight } from '../support/highlight-page.js';
import { signInAtServer } from '../support/solid-sign-in-page.js';
import { type SolidAccount, type SolidServer, createSolidAccount, startSolidServer } from '../support/solid-server.js';
import { useApp } from '../support/start-app.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';
const ARTICLE_TITLE = 'Sanctuary Cities wehren sich gegen Trumps Einwanderungsdekret';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a shared project kept in step by two researchers, one of them offline for a while', () => {
  const app = useApp();
  let server: SolidServer;
  let account: SolidAccount;
  let ada: Page;
  let ben: Page;
  let bens: BrowserContext;
  let project: string;

  before(async () => {
    server = await startSolidServer();
    account = await createSolidAccount(server, 'forschung');
  });
  after(() => server.stop());

  /** Goes to `hash` within the app (no reload: the sign-in lives as long as the tab's page). */
  async function go(page: Page, hash: string): Promise<void> {
    await page.evaluate((target) => (location.hash = target), hash);
  }

  /** Goes to the article within the app and waits for its text. */
  async function openArticle(page: Page): Promise<void> {
    await go(page, `#/doc/${ARTICLE}`);
    await page.locator('.ProseMirror').waitFor();
    await page.locator('cr-annotation-sidebar').waitFor();
  }

  /**
   * The passages of the actor highlights on `page`'s article, in text order, once there are
   * `count` of them (a sync's write may still be painting) or after 15 s, whichever comes first.
   */
  async function actors(page: Page, count: number): Promise<string[]> {
    await openArticle(page);
    let runs = await highlightRuns(page, { category: 'actor' });
    for (let tries = 0; tries < 150 && runs.length !== count; tries++) {
      await page.waitForTimeout(100);
      runs = await highlightRuns(page, { category: 'actor' });
    }
    return runs.map((run) => run.text);
  }

  /** Presses "Sync now" on the share page and gives what the page then says of the outcome. */
  async function syncNow(page: Page, expected: RegExp): Promise<string> {
    await go(page, `#/doc/${ARTICLE}/share`);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const outcome = page.locator('cr-share-view').getByText(expected).first();
    await outcome.waitFor({ timeout: 30_000 });
    return words(await outcome.innerText());
  }

  /** Types `note` into the card of the actor annotation on `phrase`, and waits until it is saved. */
  async function writeNote(page: Page, phrase: string, note: string): Promise<void> {
    await openArticle(page);
    await clickHighlight(page, { category: 'actor', hasText: phrase });
    await page.locator('cr-annotation-card').getByLabel('Note').fill(note);
    await page.locator('cr-annotation-card').getByLabel('Note').press('Tab');
    await page.waitForTimeout(800);
  }

  it('Ada tags two actors, signs in, sees where her reading goes and what, and publishes it', async () => {
    ada = await app.openPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await ada.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await ada.locator('.ProseMirror').waitFor();
    for (const phrase of ['Ed Lee', 'Donald Trump']) {
      await tagWithKey(ada, phrase, '1');
      await waitForHighlight(ada, { category: 'actor', hasText: phrase });
    }
    await ada.getByRole('link', { name: 'Share' }).click();
    await ada.waitForURL((url) => url.hash === `#/doc/${ARTICLE}/share`);
    await signInAtServer(ada, server, account);
    const folder = ada.getByLabel('Folder on the server');
    await folder.waitFor();
    // Filled once the page has asked the server whether close-reader/shared/ exists (it does not: the pod).
    for (let tries = 0; tries < 100 && (await folder.inputValue()) === ''; tries++) await ada.waitForTimeout(100);
    assert.equal(await folder.inputValue(), account.podUrl);
    await ada.getByRole('button', { name: 'Show what will be sent' }).click();
    const consent = ada.locator('cr-share-view').getByText(/^Will send to /);
    await consent.waitFor();
    assert.match(words(await consent.innerText()), new RegExp(`^Will send to ${account.podUrl}: 2 annotations, no links of “${ARTICLE_TITLE}” \\(\\d+(\\.\\d)? kB\\)`));
    await ada.getByRole('button', { name: 'Publish' }).click();
    const published = ada.locator('cr-share-view').getByText(/^Published at /);
    await published.waitFor({ timeout: 30_000 });
    project = words(await published.innerText()).replace(/^Published at /, '').replace(/\.$/, '');
    assert.ok(project.startsWith(account.podUrl), project);
    assert.deepEqual(await axeViolations(ada), []);
  });

  it('Ben signs in in his own browser and opens the project by its address: the article with Ada’s two actors', async () => {
    ben = await app.openPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    bens = ben.context();
    await ben.goto(`${app.server.url}#/`);
    await ben.getByRole('link', { name: 'Open a shared project' }).click();
    await ben.waitForURL((url) => url.hash === '#/shared');
    await signInAtServer(ben, server, account);
    await ben.getByLabel('The project’s address').fill(project);
    await ben.getByRole('button', { name: 'Open', exact: true }).click();
    await ben.waitForURL((url) => url.hash === `#/doc/${ARTICLE}`, { timeout: 30_000 });
    await waitForHighlight(ben, { category: 'actor', hasText: 'Donald Trump' });
    assert.deepEqual(await actors(ben, 2), ['Ed Lee', 'Donald Trump']);
    // The share page of his reading knows the project: what he adds goes there.
    await go(ben, `#/doc/${ARTICLE}/share`);
    await ben.getByRole('button', { name: 'Sync now' }).waitFor();
  });

  it('offline, Ben tags an actor: his sync says he is offline and keeps his work; Ada tags another and syncs', async () => {
    await bens.setOffline(true);
    await openArticle(ben);
    await tagWithKey(ben, 'Eric Garcetti', '1');
    await waitForHighlight(ben, { category: 'actor', hasText: 'Eric Garcetti' });
    assert.equal(
      await syncNow(ben, /^Not synced\. /),
      'Not synced. You are offline or the server cannot be reached; your work is kept here and will be sent when you sync again.',
    );
    await ben.locator('cr-share-view').getByText('1 change not sent yet.').waitFor();

    await openArticle(ada);
    await tagWithKey(ada, 'Rahm Emanuel', '1');
    await waitForHighlight(ada, { category: 'actor', hasText: 'Rahm Emanuel' });
    assert.match(await syncNow(ada, /1 change sent/), /nothing received, 1 change sent/);
  });

  it('back online, Ben’s project syncs by itself; after Ada’s next sync both hold the union', async () => {
    await go(ben, `#/doc/${ARTICLE}/share`);
    await bens.setOffline(false);
    // The `online` event syncs: the page then has nothing left to send.
    await ben.locator('cr-share-view').getByText(/^Last synced /).waitFor({ timeout: 30_000 });
    await ben.locator('cr-share-view').getByText('1 change not sent yet.').waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(await actors(ben, 4), ['Ed Lee', 'Donald Trump', 'Eric Garcetti', 'Rahm Emanuel']);
    assert.match(await syncNow(ada, /1 change received/), /1 change received, nothing sent/);
    assert.deepEqual(await actors(ada, 4), ['Ed Lee', 'Donald Trump', 'Eric Garcetti', 'Rahm Emanuel']);
  });

  it('both change the note of one annotation: Ben is shown both and chooses; his choice reaches Ada', async () => {
    await writeNote(ada, 'Ed Lee', 'Bürgermeister von San Francisco');
    await syncNow(ada, /1 change sent/);
    await writeNote(ben, 'Ed Lee', 'Politiker der Demokraten');
    await go(ben, `#/doc/${ARTICLE}/share`);
    await ben.getByRole('button', { name: 'Sync now' }).click();
    const conflict = ben.getByRole('group', { name: /Ed Lee/ });
    await conflict.waitFor({ timeout: 30_000 });
    const both = words(await conflict.innerText());
    assert.ok(both.includes('Politiker der Demokraten') && both.includes('Bürgermeister von San Francisco'), both);
    assert.deepEqual(await axeViolations(ben), []);
    await conflict.getByRole('radio', { name: /Yours/ }).check();
    await ben.getByRole('button', { name: 'Apply and sync' }).click();
    await ben.locator('cr-share-view').getByText(/nothing received, 1 change sent|1 change sent/).first().waitFor({ timeout: 30_000 });

    await syncNow(ada, /1 change received/);
    await openArticle(ada);
    await clickHighlight(ada, { category: 'actor', hasText: 'Ed Lee' });
    assert.equal(await ada.locator('cr-annotation-card').getByLabel('Note').inputValue(), 'Politiker der Demokraten');
  });
});
