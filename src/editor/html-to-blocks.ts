/**
 * A reader's own HTML turned into the reader's blocks, and nothing else: text, block structure and
 * emphasis. The HTML is parsed by the browser into an inert document (`DOMParser`: no browsing
 * context, so its scripts never run, its handlers never fire and its images, frames and styles
 * never load), then read by ProseMirror's parser against the article schema, whose rules keep h1–h6,
 * p, li, td/th, em/i and strong/b, turn other block elements into paragraphs and drop scripts,
 * styles, frames, media and form controls (see schema.ts). No node the rules create has an
 * attribute taken from the HTML, so no attribute, URL or style can reach the page.
 *
 * A web page saved from a news site holds much that is not the article: the site's navigation,
 * its banner and footer, boxes beside the text, captions of pictures that are not there. These are
 * left out (from the inert document, before ProseMirror reads it) unless the reader keeps them.
 */
import { DOMParser as ProseMirrorParser } from 'prosemirror-model';
import type { ArticleBlock, BlockType } from '../model/documents/article.js';
import { tidyInline } from '../model/text/text-to-blocks.js';
import { docToBlocks } from './article-doc.js';
import { articleSchema } from './schema.js';

/** How to read a page. */
export interface HtmlReadingOptions {
  /** Keep navigation, headers, footers, asides and figure captions (default: leave them out). */
  readonly keepPageChrome?: boolean;
}

/** A page read: its blocks, the title it offers, and how many parts of it were left out. */
export interface HtmlReading {
  readonly blocks: ArticleBlock[];
  /** The page's `<title>`, else the text of its first heading among the blocks; '' for neither. */
  readonly title: string;
  /** How many elements holding text were left out as the page's chrome (0 when it was kept). */
  readonly leftOut: number;
}

/**
 * The page's chrome: elements that are never the article. Headers are among them only as the page's
 * banner (a header outside any article, main or section, as HTML-AAM maps `header` to the banner
 * landmark): an article's own header holds its headline and byline. Footers go wherever they are:
 * an article's footer holds tags, sharing links and the copyright, not its text.
 */
const CHROME_SELECTOR = [
  'nav', 'aside', 'footer', 'figcaption',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
].join(', ');

/** Where a header is the article's own, not the page's banner. */
const SECTIONING_SELECTOR = 'article, main, section, [role="main"], [role="article"]';

/**
 * Reads an HTML document or fragment: each block's whitespace collapsed and trimmed (marks moved
 * with it), empty blocks dropped, and every h1 after the first a subheading, so that a document has
 * one headline; the page's chrome left out unless `keepPageChrome`. Text in the `<head>` is not
 * read as blocks; its `<title>` is offered as the title.
 */
export function readHtml(html: string, options: HtmlReadingOptions = {}): HtmlReading {
  const inert = new globalThis.DOMParser().parseFromString(html, 'text/html');
  // `body` is a <frameset> in a frameset document, or null in an odd one: read what there is.
  const root = inert.body ?? inert.documentElement;
  const leftOut = options.keepPageChrome ? 0 : removeChrome(root);
  const doc = ProseMirrorParser.fromSchema(articleSchema).parse(root);
  const blocks: ArticleBlock[] = [];
  let headline = false;
  for (const block of docToBlocks(doc)) {
    const { text, marks } = tidyInline(block.text, block.marks);
    if (text === '') continue;
    const type: BlockType = block.type === 'headline' && headline ? 'subheading' : block.type;
    headline ||= type === 'headline';
    blocks.push(marks.length > 0 ? { type, text, marks } : { type, text });
  }
  const heading = blocks.find((block) => block.type === 'headline') ?? blocks.find((block) => block.type === 'subheading');
  const title = collapse(inert.querySelector('head title')?.textContent ?? '') || heading?.text || '';
  return { blocks, title, leftOut };
}

/** The blocks of an HTML document or fragment (see {@link readHtml}). */
export function htmlToBlocks(html: string, options: HtmlReadingOptions = {}): ArticleBlock[] {
  return readHtml(html, options).blocks;
}

/** Removes the page's chrome from `root`; returns how many of the removed elements held text. */
function removeChrome(root: Element): number {
  const chrome = [...root.querySelectorAll(CHROME_SELECTOR)];
  for (const header of root.querySelectorAll('header')) if (!header.parentElement?.closest(SECTIONING_SELECTOR)) chrome.push(header);
  // Outermost first; an element inside one already removed is not counted again.
  const removed = chrome.filter((element) => !chrome.some((other) => other !== element && other.contains(element)));
  for (const element of removed) element.remove();
  return removed.filter((element) => collapse(element.textContent ?? '') !== '').length;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
