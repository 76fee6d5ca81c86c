/**
 * Hand-ins through a teacher's Solid server, end to end (issue 18, "Done when"), against the built
 * app in Chromium with three browser profiles and a real Community Solid Server (file-backed, so
 * that a restart keeps the pods, as a school's does) started by this test from its node binary and
 * stopped by pid on every path. The teacher signs in through the server's own login and consent
 * pages, creates an assignment with a hand-in box and downloads the hand-out; Kim opens it and
 * hands in online without signing in, and gets a receipt; while the server is stopped, Lea's
 * sending fails with the box's host named and the hand-in offered as a download (the same file);
 * once the server is back Lea sends again; the teacher's class view collects both, and a second
 * collect finds nothing new. The public can neither list the box nor overwrite a hand-in in it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tagWithKey } from '../support/article-page.js';
import { axeViolations } from '../support/axe.js';
import { waitForHighlight } from '../support/highlight-page.js';
import { signInAtServer } from '../support/solid-sign-in-page.js';
import { type SolidAccount, type SolidServer, createSolidAccount, SOLID_FILE_CONFIG, startSolidServer } from '../support/solid-server.js';
import { useApp } from '../support/start-app.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';
const TITLE = 'Wer handelt in Kalifornien?';

/** Whitespace folded: what a reader reads. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('hand-ins through the teacher’s Solid server, end to end', () => {
  const app = useApp({ folder: 'close-reader-hand-in-box-' });
  let root: string;
  let server: SolidServer;
  let account: SolidAccount;
  let teacher: Page;
  let handOut: string;
  let assignmentHash: string;
  let boxUrl: string;
  let kimsResource: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'close-reader-solid-'));
    server = await startSolidServer(SOLID_FILE_CONFIG, { rootFilePath: root });
    account = await createSolidAccount(server, 'teacher');
  });
  after(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** The import picker of the app's header, given `file`. */
  async function importFile(page: Page, file: string): Promise<void> {
    const button = page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(file);
  }

  /** Opens the "Collect online" section of the teacher's page when it is closed. */
  async function openOnlineSection(page: Page): Promise<void> {
    const section = page.locator('details').filter({ has: page.getByText('Collect online', { exact: true }) });
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  }

  /** A student opens the hand-out, gives a name, tags two passages, and presses Hand in: the consent panel shows. */
  async function studentAtConsent(name: string, passages: readonly string[]): Promise<Page> {
    const student = await app.openPage({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await student.goto(app.server.url);
    await importFile(student, handOut);
    await student.waitForURL((url) => url.hash === assignmentHash);
    await student.getByLabel('Your name or pseudonym').fill(name);
    await student.getByLabel('Your name or pseudonym').press('Tab');
    await student.locator('.ProseMirror').waitFor();
    for (const phrase of passages) {
      await tagWithKey(student, phrase, '1');
      await waitForHighlight(student, { category: 'actor', hasText: phrase });
    }
    await student.getByRole('button', { name: 'Hand in' }).click();
    await student.getByRole('heading', { name: 'Send your hand-in to your teacher’s box?' }).waitFor();
    return student;
  }

  it('the teacher signs in at the server through its login page, creates an assignment with a hand-in box, and downloads the hand-out', async () => {
    teacher = await app.openPage({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await teacher.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await teacher.locator('.ProseMirror').waitFor();
    await teacher.getByRole('button', { name: 'Create assignment' }).click();
    await teacher.waitForURL(/#\/assignment\//);
    assignmentHash = new URL(teacher.url()).hash;
    await teacher.getByLabel('Title', { exact: true }).fill(TITLE);
    await teacher.getByLabel('Title', { exact: true }).press('Tab');
    await teacher.waitForTimeout(800);

    await openOnlineSection(teacher);
    await signInAtServer(teacher, server, account);
    assert.equal(new URL(teacher.url()).hash, assignmentHash, 'the sign-in comes back to the assignment');
    await openOnlineSection(teacher);
    // Before anything is created, the page says what will happen, where.
    const consent = words(await teacher.locator('cr-teacher-online-box').innerText());
    assert.match(consent, new RegExp(`Close Reader will create the folder ${account.podUrl}close-reader/\\S+ on ${server.baseUrl}`));
    await teacher.getByRole('button', { name: 'Create the hand-in box' }).click();
    const box = teacher.locator('cr-teacher-online-box .cr-online-box-url');
    await box.waitFor();
    boxUrl = await box.innerText();
    assert.ok(boxUrl.startsWith(`${account.podUrl}close-reader/`) && boxUrl.endsWith('/'), boxUrl);
    assert.deepEqual(await axeViolations(teacher), []);

    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download hand-out' }).click()]);
    handOut = join(app.folder, download.suggestedFilename());
    await download.saveAs(handOut);
    assert.ok(readFileSync(handOut, 'utf8').includes(`"${boxUrl}"`), 'the hand-out carries the box');
  });

  it('Kim hands in online without signing in, after seeing where it goes and what; the receipt names the time and the address', async () => {
    const kim = await studentAtConsent('Kim', ['Ed Lee', 'Donald Trump']);
    const consent = words(await kim.locator('cr-online-hand-in').innerText());
    assert.ok(consent.includes(boxUrl), consent);
    assert.match(consent, /The file Wer handelt in Kalifornien-_Kim_\d{4}-\d{2}-\d{2}\.jsonld with 2 annotations, under the name “Kim”\./);
    await kim.getByRole('button', { name: 'Send to the teacher’s box' }).click();
    const receipt = kim.locator('cr-online-hand-in').getByText(/^Sent at .+: http/);
    await receipt.waitFor();
    kimsResource = words(await receipt.innerText()).replace(/^Sent at .+?: /, '');
    assert.ok(kimsResource.startsWith(boxUrl), kimsResource);
    assert.deepEqual(await axeViolations(kim), []);
  });

  it('the public can neither list the box nor overwrite Kim’s hand-in', async () => {
    const listing = await fetch(boxUrl, { headers: { accept: 'application/ld+json' } });
    await listing.body?.cancel();
    assert.ok([401, 403].includes(listing.status), `GET of the box: ${listing.status}`);
    const overwrite = await fetch(kimsResource, { method: 'PUT', headers: { 'content-type': 'application/ld+json' }, body: '{}' });
    await overwrite.body?.cancel();
    assert.ok([401, 403].includes(overwrite.status), `PUT over the hand-in: ${overwrite.status}`);
  });

  it('Lea hands in while the server is stopped: told so with its host, offered the same file as a download; once it is back she sends it', async () => {
    const lea = await studentAtConsent('Lea', ['Eric Garcetti']);
    await server.stop();
    await lea.getByRole('button', { name: 'Send to the teacher’s box' }).click();
    const problem = lea.locator('cr-online-hand-in').getByText(/could not be reached/);
    await problem.waitFor({ timeout: 45_000 });
    assert.equal(
      words(await problem.innerText()),
      `The teacher’s box at localhost:${server.port} could not be reached. Nothing is lost: download the file and hand it in another way, or send again later.`,
    );
    const downloadButton = lea.getByRole('button', { name: 'Download the hand-in' });
    assert.equal(await downloadButton.evaluate((button) => button === document.activeElement || button.getRootNode() !== document && (button.getRootNode() as ShadowRoot).activeElement === button), true, 'the download button has the focus');
    const [download] = await Promise.all([lea.waitForEvent('download'), downloadButton.click()]);
    assert.match(download.suggestedFilename(), /^Wer handelt in Kalifornien-_Lea_\d{4}-\d{2}-\d{2}\.jsonld$/);

    server = await startSolidServer(SOLID_FILE_CONFIG, { rootFilePath: root, port: server.port });
    // She handed in the file; once the server is back she hands in online as well.
    await lea.getByRole('button', { name: 'Hand in' }).click();
    await lea.getByRole('button', { name: 'Send to the teacher’s box' }).click();
    await lea.locator('cr-online-hand-in').getByText(/^Sent at .+: http/).waitFor({ timeout: 30_000 });
  });

  it('the teacher’s class view collects both hand-ins from the box, and a second collect finds nothing new', async () => {
    // Within the app (no reload): the sign-in lives as long as the tab's page.
    await teacher.evaluate((hash) => (location.hash = hash), `${assignmentHash}/class`);
    await teacher.getByRole('button', { name: 'Collect from the box' }).click();
    const overview = teacher.locator('cr-class-overview');
    await overview.getByRole('row', { name: /Kim/ }).waitFor({ timeout: 30_000 });
    await overview.getByRole('row', { name: /Lea/ }).waitFor();
    await teacher.getByRole('button', { name: 'Collect from the box' }).click();
    await teacher.getByText(/2 already in/).waitFor();
    assert.deepEqual(await axeViolations(teacher), []);
  });
});
