/**
 * The class view end to end (issue 16, "Done when"), against the built app in Chromium with one
 * teacher. The teacher makes an assignment on article 001 and tags a model answer in the app; a
 * made-up class of 30 (test/support/class-generator.ts, a fixed seed) hands in, and the teacher
 * drops Moodle's ZIP of the hand-ins on the class view. What the page then says is checked against
 * the generator's truth and against the model code run here in node on the same annotations: the
 * overview lists all 30 with their counts; the agreement table gives each category's αU as
 * classReport computes it; the heat layer says, where the caret is, how many students tagged the
 * character, as the generator counted them, at 20 sampled characters; one student against the model
 * answer lists the generator's misses as missed; the annotations CSV has the columns and every
 * student's rows; the page is axe-clean in English and German, scrolls no page sideways on a small
 * laptop and a phone; and the presentation opens from the page, steps with the arrow key and
 * comes back with Esc.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { classCsvFileName } from '../../src/app/class/class-csv.js';
import { spansOf } from '../../src/app/class/class-data.js';
import { type ClassReport, classReport } from '../../src/model/agreement/class-report.js';
import { rankPassages } from '../../src/model/agreement/passage-ranking.js';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { axeViolations } from '../support/axe.js';
import { type GeneratedClass, sampledCharacters } from '../support/class-generator.js';
import { placeCaret, type StagedClass, stageClass } from '../support/class-page.js';
import { useApp } from '../support/start-app.js';

const TITLE = 'Wer spricht, wer zählt?';
/** 30 students, 3 model passages per category: the model answer is 12 passages to tag. */
const SIZE = { students: 30, passagesPerCategory: 3, seed: 16 };
/** The English label of each default category. */
const LABEL = new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category.label.en]));
/** How the English interface writes an agreement figure and a share. */
const ALPHA = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** Text on one line, trimmed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The figures of the generated class, from the model code (the app's class-data order of students aside). */
function reportOf(generated: GeneratedClass): ClassReport {
  return classReport({
    length: generated.text.length,
    categories: generated.categories,
    students: generated.students.map((student) => ({ id: student.name, spans: spansOf(student.annotations) })),
    model: spansOf(generated.model),
  });
}

/** The students in the order the class data lists them (by lower-cased name, code-unit order). */
function byName<T extends { readonly name: string }>(students: readonly T[]): T[] {
  return [...students].sort((a, b) => (a.name.toLocaleLowerCase('de') < b.name.toLocaleLowerCase('de') ? -1 : 1));
}

/** What `read` gives once it gives `expected` (asked every 50 ms up to 5 s), or what it gave last. */
async function soon<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (value === expected || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `locator`'s inner text on one line, once it is `expected` (see {@link soon}). */
const textOnceIs = (locator: Locator, expected: string): Promise<string> => soon(async () => flat(await locator.innerText()), expected);

/** The rows of a CSV text (RFC 4180: quoted cells, doubled quotes, CRLF), `separator` between cells. */
function csvRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** An F1 share as the CSV writes it in English: three decimals at most, empty when there is none. */
const share = (f1: number | undefined): string => (f1 === undefined ? '' : String(Math.round(f1 * 1000) / 1000));

/** Annotations in text order, as the class data keeps them. */
const inTextOrder = (annotations: readonly Annotation[]): Annotation[] =>
  [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));

describe('the class view with 30 generated hand-ins, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } } });
  let page: Page;
  let staged: StagedClass;
  let generated: GeneratedClass;
  let report: ClassReport;

  it('the teacher tags a model answer, drops the class’s ZIP on the class view, and the overview lists all 30 with their counts', async () => {
    page = app.page;
    staged = await stageClass(page, app.server.url, TITLE, SIZE);
    generated = staged.generated;
    report = reportOf(generated);
    assert.equal(generated.model.length, 12);

    const overview = page.locator('cr-class-overview tbody tr');
    await overview.nth(29).waitFor();
    const rows = await overview.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
    // Each row: student, handed in, Actor, Policy, Quote, Statistic, Total, Model answer, Class, the compare button.
    const expected = byName(generated.students).map((student) => {
      const figures = report.students[generated.students.indexOf(student)]!;
      return [
        student.name,
        ...generated.categories.map((category) => String(figures.counts.get(category))),
        String(figures.total),
        PERCENT.format(figures.withModel!.overall.passages.f1!),
        PERCENT.format(figures.withClass!.overall.passages.f1!),
      ];
    });
    assert.deepEqual(
      rows.map((cells) => [cells[0], ...cells.slice(2, 9)]),
      expected,
    );
    assert.equal(rows.length, 30);
  });

  it('gives each category’s αU, and the overall one, as the model code computes them from the generated annotations', async () => {
    const rows = page.locator('cr-class-agreement table.figures tr').filter({ has: page.locator('th[scope="row"]') });
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.innerText.trim(), tr.querySelector('td')!.innerText.trim()]));
    const { agreement } = report;
    assert.deepEqual(shown, [
      ...agreement.categories.map((figure) => [LABEL.get(figure.category)!, ALPHA.format(figure.alpha!)]),
      ['All categories', ALPHA.format(agreement.overall.alpha!)],
    ]);
  });

  it('says at 20 sampled characters and at passage edges, where the caret is, how many students tagged the character: the generator’s count', async () => {
    const heat = page.locator('cr-class-heat');
    // The live region says the count at the caret, as a screen reader hears it.
    const said = heat.getByRole('status');
    const samples = sampledCharacters(generated, 20, 7);
    // And the edges of each category's first model passage: its first and last character, and the one after it.
    const edges = generated.categories.flatMap((category) => {
      const passage = generated.model.find((annotation) => annotation.categoryIds[0] === category)!;
      return [passage.start, passage.end - 1, passage.end].map((offset) => ({ category, offset, count: generated.heat.get(category)![offset]! }));
    });
    const wrong: string[] = [];
    for (const category of generated.categories) {
      const label = LABEL.get(category)!;
      await heat.getByRole('radio', { name: label, exact: true }).check();
      for (const sample of [...samples, ...edges].filter((candidate) => candidate.category === category)) {
        await placeCaret(page, 'cr-class-heat .cr-heat-article', sample.offset);
        const expected = `${sample.count} of 30 students tagged this as ${label}`;
        const text = await textOnceIs(said, expected);
        if (text !== expected) wrong.push(`${category} at ${sample.offset} (“${generated.text[sample.offset]}”): said “${text}”, truth ${sample.count}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(samples.filter((sample) => sample.count > 0).length >= 10, 'most samples are where students tagged');
  });

  it('shows one student against the model answer with the generator’s misses as missed', async () => {
    const student = generated.students.find((candidate) => candidate.wrongCategory.length > 0 && candidate.missed.length >= 3)!;
    assert.ok(student, 'a student who missed passages and used a wrong category');
    await page.locator('cr-class-overview').getByRole('button', { name: `Compare with the model answer: ${student.name}`, exact: true }).click();
    const comparison = page.locator('cr-class-comparison');
    const chosen = comparison.getByLabel('Student');
    assert.equal(await soon(() => chosen.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]!.textContent!.trim()), student.name), student.name);
    const quote = (span: { start: number; end: number; category: string }) => `“${generated.text.slice(span.start, span.end)}” – ${LABEL.get(span.category)}`;
    const missed = comparison.locator('section[data-outcome="missed"] li');
    await missed.first().waitFor();
    assert.deepEqual((await missed.allInnerTexts()).map(flat), student.missed.map(quote));
    const wrong = comparison.locator('section[data-outcome="wrong"] li');
    assert.equal(await wrong.count(), student.wrongCategory.length);
  });

  it('downloads every annotation as CSV: the columns, and the rows of all 30 students', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('cr-class-export').getByRole('button', { name: 'All annotations (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), classCsvFileName(TITLE, 'Annotations'));
    const text = readFileSync((await download.path())!, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a byte order mark');
    const [heading, ...rows] = csvRows(text.slice(1), ',');
    assert.deepEqual(heading, ['Student', 'Category', 'Passage', 'Start', 'End', 'Note', 'F1 with the model answer', 'F1 with the class']);
    const expected = byName(generated.students).flatMap((student) => {
      const figures = report.students[generated.students.indexOf(student)]!;
      return inTextOrder(student.annotations).map((annotation) => [
        student.name,
        LABEL.get(annotation.categoryIds[0]!)!,
        annotation.exact,
        String(annotation.start),
        String(annotation.end),
        '',
        share(figures.withModel?.overall.passages.f1),
        share(figures.withClass?.overall.passages.f1),
      ]);
    });
    assert.equal(new Set(rows.map((row) => row[0])).size, 30);
    assert.deepEqual(rows, expected);
  });

  it('is axe-clean in English and in German', async () => {
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Language').selectOption('de');
    await page.locator('html[lang="de"]').waitFor();
    await page.getByRole('heading', { name: `Klassenansicht: ${TITLE}` }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Sprache').selectOption('en');
    await page.locator('html[lang="en"]').waitFor();
  });

  it('opens the presentation from the page, steps to the next passage with the arrow key, and comes back with Esc', async () => {
    await page.getByRole('navigation', { name: 'Class view' }).getByRole('link', { name: 'Present on a projector' }).click();
    await page.waitForURL(/\/present$/);
    const ranked = rankPassages(report.passages.get('actor')!.passages);
    const caption = (index: number) =>
      `Passage ${index + 1} of ${ranked.length} · found by ${ranked[index]!.students.length} of 30 students · ${ranked[index]!.source === 'model' ? 'in the model answer' : 'not in the model answer'}`;
    const step = page.locator('.cr-present-step');
    assert.equal(await textOnceIs(step, caption(0)), caption(0));
    await page.keyboard.press('ArrowRight');
    assert.equal(await textOnceIs(step, caption(1)), caption(1));
    assert.equal(flat(await page.locator('.cr-present-quote').innerText()), flat(generated.text.slice(ranked[1]!.start, ranked[1]!.end)));
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/class$/);
    await page.getByRole('heading', { name: `Class view: ${TITLE}` }).waitFor();
  });

  it('scrolls no page sideways on a small laptop (1024×768) or a phone (390×844)', async () => {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await page.locator('cr-class-overview tbody tr').nth(29).waitFor();
      // Two frames: layout after the resize.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `at ${viewport.width}×${viewport.height} the page is ${scroll} px wide in ${client} px`);
    }
  });
});
