/**
 * A small class whose figures can be worked out by hand (issue 16's overview, agreement and CSV
 * tests): three students on the test article of assignments.ts, and a model answer that tags
 * "Die Bürgermeisterin" (actor), "„Wir helfen.“" (quote) and "120 Familien" (statistic).
 *
 * - Ada tags exactly the model answer, with a note that looks like a formula and holds a `;`.
 * - Ben tags "Bürgermeisterin" (actor) and "120" (statistic): inside the model's, so both found.
 * - Kim tags "Wir helfen" as a policy: the model's quote, with the wrong category.
 *
 * Pure: browser and node tests both use it. {@link exampleClass} builds the ClassData with
 * classDataOf, as the class view's loader does.
 */
import { classDataOf, type ClassData, type ClassHandIn } from '../../src/app/class/class-data.js';
import { assignmentIri } from '../../src/model/assignments/assignment.js';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { modelSetId, receivedSetId } from '../../src/model/sets/annotation-set.js';
import { annotationOn } from './annotations.js';
import { ARTICLE_BLOCKS, ARTICLE_TEXT, makeAssignment, SCHEME_CATEGORIES } from './assignments.js';

/** The example's assignment. */
export const CLASS_ASSIGNMENT = makeAssignment();

/** When each student handed in (Ada, Ben, Kim). */
export const HANDED_IN = ['2026-03-05T10:00:00.000Z', '2026-03-06T09:30:00.000Z', '2026-03-04T16:45:00.000Z'] as const;

/** Ada's note. */
export const ADA_NOTE = '=1+1; sagt "wer"';

/** One annotation of `setId` on `quote` with `categoryIds`. */
function tag(setId: string, id: string, quote: string, categoryIds: string[], fields: Partial<Annotation> = {}): Annotation {
  return annotationOn(ARTICLE_TEXT, quote, { id, setId, documentId: '001', categoryIds, ...fields });
}

/** A received hand-in of `name` with its annotations made by `tags`. */
function handIn(name: string, letter: string, handedIn: string, tags: (setId: string) => Annotation[]): ClassHandIn {
  const id = receivedSetId(CLASS_ASSIGNMENT.id, name);
  return {
    set: { id, kind: 'received', documentId: '001', assignmentId: assignmentIri(CLASS_ASSIGNMENT.id), author: name, modified: handedIn },
    name,
    letter,
    handedIn,
    annotations: tags(id).sort((a, b) => a.start - b.start),
  };
}

/** The three hand-ins, by name; their letters are Ada B, Ben C, Kim A. */
export function exampleHandIns(): ClassHandIn[] {
  return [
    handIn('Ada', 'B', HANDED_IN[0], (set) => [
      tag(set, 'ada-1', 'Die Bürgermeisterin', ['actor']),
      tag(set, 'ada-2', '„Wir helfen.“', ['quote']),
      tag(set, 'ada-3', '120 Familien', ['statistic'], { note: ADA_NOTE }),
    ]),
    handIn('Ben', 'C', HANDED_IN[1], (set) => [tag(set, 'ben-1', 'Bürgermeisterin', ['actor']), tag(set, 'ben-2', '120', ['statistic'])]),
    handIn('Kim', 'A', HANDED_IN[2], (set) => [tag(set, 'kim-1', 'Wir helfen', ['policy'])]),
  ];
}

/** The model answer's annotations. */
export function exampleModel(): Annotation[] {
  const set = modelSetId(CLASS_ASSIGNMENT.id);
  return [
    tag(set, 'model-1', 'Die Bürgermeisterin', ['actor']),
    tag(set, 'model-2', '„Wir helfen.“', ['quote']),
    tag(set, 'model-3', '120 Familien', ['statistic']),
  ];
}

/** The example class: with the model answer, none (false), or `model`; the three hand-ins or `handIns`. */
export function exampleClass(model: boolean | readonly Annotation[] = true, handIns: readonly ClassHandIn[] = exampleHandIns()): ClassData {
  return classDataOf(
    { assignment: CLASS_ASSIGNMENT, role: 'teacher', schemeId: 'default' },
    ARTICLE_BLOCKS,
    SCHEME_CATEGORIES,
    handIns,
    model === true ? exampleModel() : model === false ? [] : model,
  );
}
