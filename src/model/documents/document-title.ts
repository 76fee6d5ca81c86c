/**
 * The title a reader's own document starts with (they can change it before adding it): its
 * headline, else the name of the file it came from, else its first words. Pure: no DOM.
 */
import type { ArticleBlock } from './article.js';

/** The longest title made from a document's first words. */
export const MAX_WORDS_TITLE = 80;

/**
 * The title for a new own document: the text of its first headline or, without one, of its first
 * subheading; else `fileName` without its extension; else the start of its first block, cut at a
 * word to at most {@link MAX_WORDS_TITLE} characters (with "…" when cut). Empty for no blocks.
 */
export function titleFor(blocks: readonly ArticleBlock[], fileName?: string): string {
  const heading =
    blocks.find((block) => block.type === 'headline' && block.text.trim() !== '') ??
    blocks.find((block) => block.type === 'subheading' && block.text.trim() !== '');
  if (heading) return heading.text.trim();
  const base = fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  if (base) return base;
  const first = blocks.find((block) => block.text.trim() !== '');
  return first ? cutAtWord(first.text.trim().replace(/\s+/g, ' '), MAX_WORDS_TITLE) : '';
}

/** `text` if it fits in `max` characters; else its longest start ending at a word that fits with "…". */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > 0) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never half an emoji
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
