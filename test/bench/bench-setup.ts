/**
 * The benchmark's inputs put together from the shipped articles (given in manifest order): the
 * ≈10 KB article with 500 annotations, the ≈1 MB long text with 10,000, the 1,000 of those that
 * figure 1 anchors, and its three cases. Every part has its own seed, so changing one leaves the
 * others as they were. Pure: the page calls it with the bundled documents, a Node script with files.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';
import { editedCase, insertedCase, unchangedCase, type AnchoringCase } from './bench-cases.js';
import { buildLongText, generateAnnotations, sample, seededRandom, vocabulary } from './bench-inputs.js';

export const SEED = 20260105;
/** The ≈10 KB article of figure 2 (the longest shipped one). */
export const ARTICLE_ID = 'zweierlei-solidaritaet';
const ARTICLE_ANNOTATIONS = 500;
const LONG_CHARS = 1_000_000;
const LONG_ANNOTATIONS = 10_000;
const ANCHORING_SAMPLE = 1_000;

/** An article the annotations are on: its id, stable IRI, title and canonical text. */
export interface BenchDocument {
  readonly id: string;
  readonly iri: string;
  readonly title: string;
  readonly text: string;
}

/** A shipped article: its id and blocks. */
export interface ShippedArticle {
  readonly id: string;
  readonly blocks: readonly ArticleBlock[];
}

export interface BenchInputs {
  readonly articles: readonly ShippedArticle[];
  readonly words: readonly string[];
  readonly article: readonly ArticleBlock[];
  readonly articleAnnotations: readonly Annotation[];
  readonly longBlocks: readonly ArticleBlock[];
  readonly long: BenchDocument;
  readonly longAnnotations: readonly Annotation[];
  readonly anchoringSample: readonly Annotation[];
}

export function makeBenchInputs(articles: readonly ShippedArticle[]): BenchInputs {
  const article = articles.find((entry) => entry.id === ARTICLE_ID)?.blocks;
  if (!article) throw new Error(`no article ${ARTICLE_ID}`);
  const bodies = articles.map((entry) => entry.blocks);
  const longBlocks = buildLongText(bodies, LONG_CHARS, seededRandom(SEED + 1));
  const long: BenchDocument = {
    id: 'benchmark-long-text',
    iri: 'tag:close-reader.app,2026:documents/benchmark-long-text',
    title: 'The shipped articles, repeated and varied',
    text: canonicalText(longBlocks),
  };
  const longAnnotations = generateAnnotations(longBlocks, long.id, LONG_ANNOTATIONS, seededRandom(SEED + 2));
  return {
    articles,
    words: vocabulary(bodies.flatMap((blocks) => blocks.map((block) => block.text))),
    article,
    articleAnnotations: generateAnnotations(article, ARTICLE_ID, ARTICLE_ANNOTATIONS, seededRandom(SEED + 3)),
    longBlocks,
    long,
    longAnnotations,
    anchoringSample: sample(seededRandom(SEED + 4), longAnnotations, ANCHORING_SAMPLE),
  };
}

/** One of figure 1's cases, made from the inputs. */
export function makeAnchoringCase(inputs: BenchInputs, key: AnchoringCase['key']): AnchoringCase {
  if (key === 'unchanged') return unchangedCase(inputs.long.text, inputs.anchoringSample);
  if (key === 'edited') return editedCase(inputs.long.text, inputs.anchoringSample, seededRandom(SEED + 5), inputs.words);
  const paragraphs = inputs.articles.flatMap((entry) => entry.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text));
  return insertedCase(inputs.longBlocks, inputs.anchoringSample, seededRandom(SEED + 6), inputs.words, paragraphs);
}

/**
 * `count` annotations of the article: its 500 for 500 (figure 2's), else as many of the same kind
 * from their own seed (5,000 for the opening figure's crowded case).
 */
export function articleAnnotations(inputs: BenchInputs, count: number): readonly Annotation[] {
  if (count <= inputs.articleAnnotations.length) return inputs.articleAnnotations.slice(0, count);
  return generateAnnotations(inputs.article, ARTICLE_ID, count, seededRandom(SEED + 8));
}

/** New annotations in the long text's first paragraphs (in view), for figure 3 to add. */
export function annotationsToAdd(inputs: BenchInputs): Annotation[] {
  return generateAnnotations(inputs.longBlocks.slice(0, 3), inputs.long.id, 8, seededRandom(SEED + 7));
}
