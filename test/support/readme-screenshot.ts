/**
 * Takes the README's screenshots from the built app (`npm run build` first): `npm run screenshot`
 * writes .github/screenshots/reader.png (a laptop, 1280×800), reader-1024.png (a classroom
 * projector, 1024×768) and reader-390.png (a phone, 390×844) of the reader, class-heat.png of
 * the class view's heat layer for a generated class of 30 (class-page.ts) at 1280×800, and (issue
 * 17) relations.png, a quote linked to its speaker in the reader, and statistics.png, the library's
 * statistics page, both at 1280×800.
 *
 * CR_SHOTS names the groups to take, comma-separated (reader, class-heat, relations, statistics;
 * all when unset), so that a new picture can be taken without retaking the others:
 * `CR_SHOTS=relations,statistics npx tsx test/support/readme-screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { phraseBox, tagWithKey } from './article-page.js';
import { clickHighlight, waitForHighlight } from './highlight-page.js';
import { linkWithKeys, linkWithMouse } from './relation-page.js';
import { startApp } from './running-app.js';
import { stageClass } from './class-page.js';

/** The groups of pictures this script takes. */
const GROUPS = ['reader', 'class-heat', 'relations', 'statistics'] as const;
type Group = (typeof GROUPS)[number];

/** The groups CR_SHOTS asks for (all when unset); an unknown name is an error, not a silent skip. */
function wantedGroups(): ReadonlySet<Group> {
  const named = process.env['CR_SHOTS']?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (!named || named.length === 0) return new Set(GROUPS);
  const unknown = named.filter((name) => !(GROUPS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`CR_SHOTS: no such group ${unknown.join(', ')} (there are ${GROUPS.join(', ')})`);
  return new Set(named as Group[]);
}

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

/** The quote of article 002 and its speaker, linked in both new pictures. */
const MAGDEEN_QUOTE = '„Wenn sich nur eine einzige Person durch unseren Einsatz sicherer fühlt, dann ist das schon ein Sieg für uns“';

/** Tags `tags` ([phrase, category key]) in the article open on `page`, each once its highlight is painted. */
async function tagAll(page: Page, tags: readonly (readonly [string, string])[]): Promise<void> {
  for (const [phrase, key] of tags) {
    await tagWithKey(page, phrase, key);
    await waitForHighlight(page, { hasText: phrase.slice(1, 12) });
  }
}

/** Opens article `id` on `page` and waits for its text. */
async function openArticle(page: Page, id: string): Promise<void> {
  await page.goto(`${app.server.url}#/doc/${id}`);
  await page.locator('.ProseMirror').waitFor();
}

/**
 * The reader with a quote linked to its speaker (issue 17): article 002's first quote tagged, its
 * speaker and two more passages around it; the quote linked with the keyboard (L, Enter) and its
 * card opened with a click, so the card lists "gesagt von: Mall Magdeen" and the speaker is
 * outlined in the text.
 */
async function relationsShot(): Promise<void> {
  const page = await app.openPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', colorScheme: 'light' });
  await openArticle(page, 'ice-einsatz-minneapolis');
  await tagAll(page, [
    [MAGDEEN_QUOTE, '3'],
    ['Mall Magdeen', '1'],
    ['Donald Trump', '1'],
    ['mehr als 3000 Beamte', '4'],
    ['„Operation Metro Surge“', '2'],
  ]);
  await linkWithKeys(page, 'Wenn sich nur');
  const box = await phraseBox(page, 'Mall Magdeen');
  await page.evaluate(({ by }) => window.scrollBy(0, by), { by: box.middle - 800 * 0.5 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await clickHighlight(page, { category: 'quote' });
  await page.locator('cr-annotation-card .relation .jump').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: '.github/screenshots/relations.png' });
  console.log('wrote .github/screenshots/relations.png');
  await page.close();
}

/**
 * The library's statistics page (issue 17) with two articles read: quotes linked to their speakers
 * in both, a statistic to its source; scrolled so the speakers' chart and table are in view.
 */
async function statisticsShot(): Promise<void> {
  const page = await app.openPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', colorScheme: 'light' });
  await openArticle(page, 'ice-einsatz-minneapolis');
  // The quotes are tagged inside their quotation marks: the tables put each in marks of their own.
  await tagAll(page, [
    [MAGDEEN_QUOTE.slice(1, -1), '3'],
    ['Mall Magdeen', '1'],
    ['Donald Trump', '1'],
    ['mehr als 3000 Beamte', '4'],
    ['„Operation Metro Surge“', '2'],
    ['Es ist unglaublich, was die Anwohner für uns tun', '3'],
    ['Arturo', '1'],
  ]);
  await linkWithMouse(page, { category: 'quote', hasText: 'Wenn sich nur' }, { category: 'actor', hasText: 'Mall Magdeen' });
  await linkWithMouse(page, { category: 'quote', hasText: 'unglaublich' }, { category: 'actor', hasText: 'Arturo' });
  await linkWithMouse(page, { category: 'statistic', hasText: '3000 Beamte' }, { category: 'actor', hasText: 'Donald Trump' });
  await openArticle(page, 'kelly-keine-massenabschiebungen');
  await tagAll(page, [
    ['John Kelly', '1'],
    ['Es wird keine, ich wiederhole keine Massenabschiebungen geben', '3'],
    ['Donald Trump', '1'],
    ['eine Militäroperation', '3'],
    ['Wir schaffen echt böse Kerle aus diesem Land, und in einer Anzahl, die niemand zuvor gesehen hat', '3'],
    ['elf Millionen', '4'],
    ['neuen Einwanderungsrichtlinien', '2'],
  ]);
  await linkWithMouse(page, { category: 'quote', hasText: 'Es wird keine' }, { category: 'actor', hasText: 'John Kelly' });
  await linkWithMouse(page, { category: 'quote', hasText: 'Militäroperation' }, { category: 'actor', hasText: 'Donald Trump' });
  await linkWithMouse(page, { category: 'quote', hasText: 'böse Kerle' }, { category: 'actor', hasText: 'Donald Trump' });
  await page.goto(`${app.server.url}#/statistics`);
  const speakers = page.locator('cr-statistics-view #speakers');
  await speakers.waitFor();
  await speakers.evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -24));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: '.github/screenshots/statistics.png' });
  console.log('wrote .github/screenshots/statistics.png');
  await page.close();
}

const wanted = wantedGroups();
const app = await startApp();
try {
  mkdirSync('.github/screenshots', { recursive: true });
  for (const shot of wanted.has('reader') ? SHOTS : []) {
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
  if (wanted.has('class-heat')) await classHeatShot();
  if (wanted.has('relations')) await relationsShot();
  if (wanted.has('statistics')) await statisticsShot();
} finally {
  await app.close();
}
