/**
 * The classroom end to end (issue 15, "Done when"), against the built app in Chromium with two
 * browser profiles. The teacher, who has a reading of article 001 of their own, creates an
 * assignment on it with instructions and a model answer and downloads the hand-out; the student
 * opens the hand-out with Import, reads the instructions, enters a name, tags six passages and
 * hands in; the teacher imports the hand-in and finds it listed as that student's hand-in of that
 * assignment, with their own reading of 001 unchanged. Every step goes through the accessible
 * names a reader meets; the library with its assignments and the teacher's page have no axe
 * violation, in English and in German.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { axeViolations } from '../support/axe.js';
import { waitForHighlight } from '../support/highlight-page.js';
import { useApp } from '../support/start-app.js';

/** Article 001: the first bundled article. */
const ARTICLE = 'sanctuary-cities-gegen-trump';
const ARTICLE_TITLE = 'Sanctuary Cities wehren sich gegen Trumps Einwanderungsdekret';
const TITLE = 'Wer handelt in Kalifornien?';
const INSTRUCTIONS = '# Akteure und Zahlen\n\nMarkiert **alle Akteure** und *jede Zahl*.\n\n- Wer spricht?\n- Welche Zahlen nennt der Text?';
/** The student's six passages and the key of the category each gets (1 actor, 4 statistic). */
const PASSAGES: readonly (readonly [string, string])[] = [
  ['Ed Lee', '1'],
  ['Donald Trump', '1'],
  ['elf Millionen', '4'],
  ['39 Städten', '4'],
  ['Eric Garcetti', '1'],
  ['Rahm Emanuel', '1'],
];

describe('an assignment handed out, annotated and handed in, end to end', () => {
  const app = useApp({ folder: 'close-reader-classroom-' });
  let teacher: Page;
  let student: Page;
  let handOut: string;
  let handIn: string;
  let assignmentHash: string;

  /** The import picker of the app's header, given `file`. */
  async function importFile(page: Page, file: string): Promise<void> {
    const button = page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(file);
  }

  /** What the library says of article 001 (its line of facts, the annotation count among them). */
  async function libraryLine(page: Page): Promise<string> {
    await page.goto(`${app.server.url}#/`);
    const item = page.locator('cr-library-view li').filter({ has: page.getByRole('link', { name: ARTICLE_TITLE }) });
    // The counts come once the annotations are counted.
    await item.locator('.meta').first().getByText(/annotation/).first().waitFor();
    return (await item.locator('.meta').first().innerText()).replace(/\s+/g, ' ').trim();
  }

  it('the teacher, with a reading of 001 of their own, creates an assignment with instructions and a model answer, and downloads the hand-out', async () => {
    teacher = await app.openPage({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await teacher.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await teacher.locator('.ProseMirror').waitFor();
    await tagWithKey(teacher, 'Sanctuary Cities, das sind', '2');
    await waitForHighlight(teacher, { category: 'policy' });

    await teacher.getByRole('button', { name: 'Create assignment' }).click();
    await teacher.waitForURL(/#\/assignment\//);
    assignmentHash = new URL(teacher.url()).hash;
    await teacher.getByLabel('Title', { exact: true }).fill(TITLE);
    await teacher.getByLabel('Instructions', { exact: true }).fill(INSTRUCTIONS);
    await teacher.getByRole('heading', { name: 'Akteure und Zahlen' }).waitFor();

    await teacher.getByRole('button', { name: 'Edit the model answer' }).click();
    await teacher.locator('.ProseMirror').waitFor();
    await tagWithKey(teacher, 'Ed Lee', '1');
    await waitForHighlight(teacher, { category: 'actor' });
    await teacher.getByText('The model answer has 1 annotation.').waitFor();

    // What was typed is saved once typing pauses; the page's own save-on-hide makes it certain.
    await teacher.getByLabel('Title', { exact: true }).focus();
    await teacher.waitForTimeout(1000);
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download hand-out' }).click()]);
    handOut = join(app.folder, download.suggestedFilename());
    await download.saveAs(handOut);
    const file = JSON.parse(readFileSync(handOut, 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify(file);
    assert.ok(text.includes(TITLE) && text.includes('Akteure und Zahlen'), 'the hand-out carries the title and the instructions');
    assert.ok(!text.includes('Ed Lee'), 'the model answer is not in the hand-out');
  });

  it('the student opens the hand-out, reads the instructions, enters a name, tags six passages and hands in', async () => {
    student = await app.openPage({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await student.goto(app.server.url);
    await importFile(student, handOut);
    await student.waitForURL((url) => url.hash === assignmentHash);
    await student.getByRole('heading', { name: TITLE }).waitFor();
    const instructions = student.locator('details').filter({ has: student.getByText('Instructions', { exact: true }) });
    await instructions.getByRole('heading', { name: 'Akteure und Zahlen' }).waitFor();
    assert.equal(await instructions.locator('strong').innerText(), 'alle Akteure');

    await student.getByLabel('Your name or pseudonym').fill('Kim');
    await student.getByLabel('Your name or pseudonym').press('Tab');
    await student.locator('.ProseMirror').waitFor();
    for (const [phrase, key] of PASSAGES) {
      await tagWithKey(student, phrase, key);
      await waitForHighlight(student, { category: key === '1' ? 'actor' : 'statistic', hasText: phrase });
    }
    assert.equal(await highlightText(student, 'statistic'), 'elf Millionen39 Städten');

    const [download] = await Promise.all([student.waitForEvent('download'), student.getByRole('button', { name: 'Hand in' }).click()]);
    handIn = join(app.folder, download.suggestedFilename());
    await download.saveAs(handIn);
    assert.match(download.suggestedFilename(), /^Wer handelt in Kalifornien-_Kim_\d{4}-\d{2}-\d{2}\.jsonld$/);
    const file = JSON.parse(readFileSync(handIn, 'utf8')) as { creator: { name: string }; 'dcterms:isPartOf': string };
    assert.equal(file.creator.name, 'Kim');
    assert.equal(file['dcterms:isPartOf'], `urn:uuid:${assignmentHash.replace('#/assignment/', '')}`);
  });

  it("the teacher imports the hand-in: stored as Kim's hand-in of the assignment, the teacher's own reading of 001 unchanged", async () => {
    const before = await libraryLine(teacher);
    await importFile(teacher, handIn);
    await teacher.waitForURL((url) => url.hash === assignmentHash);
    const row = teacher.locator('cr-received-hand-ins').getByRole('row', { name: /Kim/ });
    await row.waitFor();
    assert.match((await row.innerText()).replace(/\s+/g, ' ').trim(), /^Kim .+ 6 annotations$/);
    assert.deepEqual(await axeViolations(teacher), []);

    assert.equal(await libraryLine(teacher), before);
    assert.match(before, /^613 words 1 annotation Policy 1 /);
    const assignments = teacher.getByRole('list', { name: 'Assignments' });
    assert.deepEqual((await assignments.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()), [`${TITLE} ${ARTICLE_TITLE} Your assignment`]);
    assert.deepEqual(await axeViolations(teacher), []);
  });

  it('the library lists the assignment for the student, handed in, and is axe-clean in German too', async () => {
    await student.goto(`${app.server.url}#/`);
    const assignments = student.getByRole('list', { name: 'Assignments' });
    assert.match((await assignments.getByRole('listitem').innerText()).replace(/\s+/g, ' '), /Handed in at /);
    assert.deepEqual(await axeViolations(student), []);

    const german = await app.openPage({ locale: 'de-DE' });
    await german.goto(app.server.url);
    await importFile(german, handOut);
    await german.waitForURL((url) => url.hash === assignmentHash);
    // The assignment's page is shown (not just its address) before the library is opened anew.
    await german.getByRole('heading', { name: TITLE }).waitFor();
    await german.goto(`${app.server.url}#/`);
    const aufgaben = german.getByRole('list', { name: 'Aufgaben' });
    assert.equal((await aufgaben.getByRole('listitem').innerText()).replace(/\s+/g, ' ').trim(), `${TITLE} ${ARTICLE_TITLE} Nicht begonnen`);
    assert.deepEqual(await axeViolations(german), []);
  });
});
