/**
 * A teacher's class in the built app, for the class view's end-to-end flow and the README's
 * screenshot (issue 16): the teacher makes an assignment on article 001 and tags a model answer in
 * the app, a class of made-up students (class-generator.ts) hands in, and the teacher drops the
 * hand-ins as Moodle's ZIP on the class view. Everything through the page as a teacher would, except
 * that the students' work comes as the files their browsers would have written.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ArticleBlock, canonicalText } from '../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { makeAssignment } from './assignments.js';
import { type GeneratedClass, generateClass, type HandInEntry, handInFiles, moodleZip } from './class-generator.js';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'documents/manifest.json'), 'utf8')) as {
  documents: { id: string; iri: string; digest: string; file: string; seed: string; title?: string }[];
};
/** Article 001 (its seed file is 001_…). */
export const ARTICLE_001 = manifest.documents.find((entry) => entry.seed.startsWith('001_'))!;
/** Its blocks, as shipped. */
export const BLOCKS_001 = (JSON.parse(readFileSync(join(root, 'documents', ARTICLE_001.file), 'utf8')) as { blocks: ArticleBlock[] }).blocks;
/** Its canonical text. */
export const TEXT_001 = canonicalText(BLOCKS_001);

/** The key of each default category (1 actor, 2 policy, 3 quote, 4 statistic). */
const KEYS = new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category.key]));

/** The canonical separator's length (two characters: a blank line). */
const SEPARATOR = 2;

/**
 * Runs in the page: in the article text under `root` (its `.ProseMirror`), selects [start, end)
 * and returns the selection's text, or (start === end) puts the caret there, scrolls it into view
 * and resolves two frames later. Offsets count in the blocks' text, blocks joined by `separator`
 * characters. Focuses the text first. No named functions inside: see article-page.ts.
 */
function selectInPage({ root, start, end, separator }: { root: string; start: number; end: number; separator: number }): Promise<string> {
  const text = document.querySelector<HTMLElement>(`${root} .ProseMirror`) ?? document.querySelector<HTMLElement>(root);
  if (!text) throw new Error(`no article text at ${root}`);
  const blocks = [...text.querySelectorAll<HTMLElement>('.cr-block')];
  const [from, to] = [start, end].map((offset): [Node, number] => {
    let at = 0;
    for (const block of blocks) {
      const length = block.textContent!.length;
      if (offset <= at + length) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let inside = offset - at;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (inside <= node.textContent!.length) return [node, inside];
          inside -= node.textContent!.length;
        }
      }
      at += length + separator;
    }
    throw new Error(`offset ${offset} is past the text`);
  });
  text.focus();
  document.getSelection()!.setBaseAndExtent(from![0], from![1], to![0], to![1]);
  if (start !== end) return Promise.resolve(document.getSelection()!.toString());
  from![0].parentElement!.scrollIntoView({ block: 'center' });
  // Two frames: ProseMirror reads a selection change in a task of its own, then the page draws what it says.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(''))));
}

/**
 * Selects [start, end) of the canonical text in the article text under `root` (a CSS selector;
 * the page's first article text by default) and focuses it, as a reader's selection would. Throws
 * when the selection's text is not `exact`.
 */
export async function selectOffsets(page: Page, start: number, end: number, exact: string, root = 'body'): Promise<void> {
  const selected = await page.evaluate(selectInPage, { root, start, end, separator: SEPARATOR });
  if (selected !== exact) throw new Error(`selected "${selected}", wanted "${exact}"`);
}

/**
 * Puts the caret before the character at `offset` of the article text under `root` (a CSS
 * selector) and scrolls it into view, focusing the text: where a reader who clicked into the text
 * and moved with the arrow keys would have it. Resolves two frames later, when the page has taken
 * the new caret and drawn what it says.
 */
export async function placeCaret(page: Page, root: string, offset: number): Promise<void> {
  await page.evaluate(selectInPage, { root, start: offset, end: offset, separator: SEPARATOR });
}

/** What {@link stageClass} made: the assignment's id, the class, and its hand-in files. */
export interface StagedClass {
  readonly assignmentId: string;
  readonly title: string;
  readonly generated: GeneratedClass;
  /** The hand-in files, as zipped. */
  readonly entries: readonly HandInEntry[];
}

/** How big a class {@link stageClass} makes. */
export interface ClassSize {
  readonly students: number;
  readonly passagesPerCategory: number;
  readonly seed: number;
}

/**
 * On `page` (a teacher's, English or German): makes an assignment on article 001 titled `title`,
 * tags the generated model answer on its model-answer page, zips the class's hand-ins as Moodle
 * does, opens the class view and drops the ZIP on its zone for hand-ins; resolves when the class
 * view counts every hand-in.
 */
export async function stageClass(page: Page, url: string, title: string, size: ClassSize): Promise<StagedClass> {
  await page.goto(`${url}#/doc/${ARTICLE_001.id}`);
  await page.locator('.ProseMirror').waitFor();
  await page.locator('.cr-reader-header, cr-reader-view').first().waitFor();
  await page.getByRole('button', { name: /^(Create assignment|Aufgabe erstellen)$/ }).click();
  await page.waitForURL(/#\/assignment\//);
  const assignmentId = decodeURIComponent(new URL(page.url()).hash.replace('#/assignment/', ''));
  const titleField = page.getByLabel(/^(Title|Titel)$/);
  await titleField.fill(title);
  await titleField.press('Tab');

  const generated = generateClass({
    blocks: BLOCKS_001,
    documentId: ARTICLE_001.id,
    assignmentId,
    categories: DEFAULT_CATEGORIES.map((category) => category.id),
    seed: size.seed,
    students: size.students,
    passagesPerCategory: size.passagesPerCategory,
  });
  await page.getByRole('button', { name: /^(Edit the model answer|Musterlösung bearbeiten)$/ }).click();
  await page.locator('.ProseMirror').waitFor();
  for (const passage of generated.model) {
    await selectOffsets(page, passage.start, passage.end, passage.exact);
    await page.keyboard.press(KEYS.get(passage.categoryIds[0]!)!);
  }
  const status = new RegExp(`(model answer has|Musterlösung hat) ${generated.model.length} (annotations|Annotationen)`);
  await page.getByText(status).waitFor();

  const assignment = makeAssignment({ id: assignmentId, title, document: { id: ARTICLE_001.id, iri: ARTICLE_001.iri, digest: ARTICLE_001.digest, title: ARTICLE_001.title ?? '' } });
  const entries = handInFiles(generated, {
    assignment,
    document: { iri: ARTICLE_001.iri, digest: ARTICLE_001.digest, blocks: BLOCKS_001 },
    categories: DEFAULT_CATEGORIES,
    firstHandedIn: '2026-11-30T08:00:00.000Z',
  });
  await page.goto(`${url}#/assignment/${encodeURIComponent(assignmentId)}/class`);
  await dropZip(page, moodleZip(entries), 'Abgaben.zip');
  await page.getByText(new RegExp(`^(${size.students} hand-ins|${size.students} Abgaben)$`)).waitFor({ timeout: 30_000 });
  return { assignmentId, title, generated, entries };
}

/**
 * Drops a ZIP file (`bytes`, named `name`) on the class view's zone for hand-ins, as a teacher drags
 * Moodle's download there: a drag over the zone, then the drop.
 */
export async function dropZip(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'application/zip' }));
      return data;
    },
    { base64: Buffer.from(bytes).toString('base64'), name },
  );
  const zone = page.locator('cr-collect-hand-ins .zone');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await transfer.dispose();
}
