/**
 * The assignment factory of the tests (STYLE.md 11): an assignment on a small article with two
 * paragraphs (an emoji, so positions in code points and UTF-16 differ), the default scheme with a
 * definition and an example, and the hand-out and hand-in files made of them. Pure: browser and node
 * tests both use it.
 */
import { type Assignment, newAssignment } from '../../src/model/assignments/assignment.js';
import type { HandOutDocument } from '../../src/model/assignments/hand-out.js';
import { type ArticleBlock, canonicalText } from '../../src/model/documents/article.js';
import { type Category, DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../src/model/schemes/category.js';

/** The assignment's id. */
export const ASSIGNMENT_ID = '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
/** The time the assignment was made. */
export const ASSIGNMENT_TIME = '2026-03-02T08:00:00.000Z';
/** The test article's blocks. */
export const ARTICLE_BLOCKS: readonly ArticleBlock[] = [
  { type: 'headline', text: 'Zweierlei Solidarität 🙂' },
  { type: 'paragraph', text: 'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das Amt.' },
];
/** Its canonical text. */
export const ARTICLE_TEXT = canonicalText(ARTICLE_BLOCKS);
/** A well-formed digest (not the real one: the model does not hash). */
export const ARTICLE_DIGEST = `sha256:${'ab'.repeat(32)}`;
/** The article as a hand-out carries it; `bundled` as given. */
export function handOutDocument(bundled: boolean): HandOutDocument {
  return { iri: 'tag:close-reader.app,2026:documents/001', digest: ARTICLE_DIGEST, title: 'Zweierlei Solidarität', lang: 'de', bundled, ...(bundled ? {} : { blocks: ARTICLE_BLOCKS }) };
}
/** The default categories of the default scheme, the first with a definition and an example. */
export const SCHEME_CATEGORIES: readonly Category[] = DEFAULT_CATEGORIES.map((category, index) => ({
  ...category,
  schemeId: 'default',
  ...(index === 0 ? { definition: { de: 'Wer handelt oder spricht.', en: 'Who acts or speaks.' }, example: { de: 'die Bürgermeisterin' } } : {}),
}));
/** The scheme. */
export const SCHEME = DEFAULT_SCHEME;

/** An assignment on the test article, with `fields` over the defaults. */
export function makeAssignment(fields: Partial<Assignment> = {}): Assignment {
  const assignment = newAssignment(
    {
      title: 'Akteure finden',
      instructions: '# Aufgabe\n\nMarkiere **alle Akteure** und *jede Zahl*.\n\n- Notiere, wer spricht.\n- Siehe [Quelle](https://example.org/q).',
      document: { id: '001', iri: 'tag:close-reader.app,2026:documents/001', digest: ARTICLE_DIGEST, title: 'Zweierlei Solidarität' },
      schemeIri: SCHEME.iri,
      due: '2026-03-09',
    },
    ASSIGNMENT_ID,
    ASSIGNMENT_TIME,
  );
  return { ...assignment, ...fields };
}
