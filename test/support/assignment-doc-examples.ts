/**
 * The two examples of docs/assignment-files.md, made by the code itself: a hand-out of the test
 * article (bundled) with two categories of the default scheme, and a hand-in with one annotation.
 * test/model/assignments/assignment-doc.node.test.ts checks the doc holds exactly these, so the doc
 * cannot drift from the format. To write them again after a change of the format:
 *   node --import tsx -e "import('./test/support/assignment-doc-examples.ts').then((m) => m.printDocExamples())"
 */
import { toHandIn } from '../../src/model/assignments/hand-in.js';
import { toHandOut } from '../../src/model/assignments/hand-out.js';
import { describeRange } from '../../src/model/anchoring/text-quote.js';
import { makeAnnotation } from './annotations.js';
import { ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from './assignments.js';

/** The hand-out example. */
export function handOutExample(): unknown {
  const assignment = makeAssignment({ instructions: 'Markiere **alle Akteure**.\n\n- Wer spricht?' });
  return JSON.parse(JSON.stringify(toHandOut(assignment, handOutDocument(true), SCHEME, SCHEME_CATEGORIES.slice(0, 2))));
}

/** The hand-in example. */
export function handInExample(): unknown {
  const start = ARTICLE_TEXT.indexOf('Die Bürgermeisterin');
  const annotation = makeAnnotation({
    id: '9b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e',
    documentId: '001',
    ...describeRange(ARTICLE_TEXT, start, start + 'Die Bürgermeisterin'.length),
    categoryIds: ['actor'],
    note: 'Sie spricht für die Stadt.',
    created: '2026-03-04T09:15:00.000Z',
    modified: '2026-03-04T09:15:00.000Z',
  });
  const file = toHandIn({
    assignment: makeAssignment(),
    document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT },
    student: 'Lea M.',
    annotations: [annotation],
    categories: SCHEME_CATEGORIES,
    handedIn: '2026-03-05T14:30:00.000Z',
  });
  return JSON.parse(JSON.stringify(file));
}

/** Prints both examples as the doc's JSON blocks. */
export function printDocExamples(): void {
  console.log(JSON.stringify(handOutExample(), null, 2));
  console.log('-----');
  console.log(JSON.stringify(handInExample(), null, 2));
}
