/**
 * Which changes of annotations (or of their links) the statistics page must count again for: those
 * of the sets its scope counts (app/statistics/statistics-loader.ts). A note typed in another
 * article, a hand-in of another assignment or the model answer being drawn while the library's
 * statistics are open change nothing the page shows, and reading everything again for each of them
 * would be the page's whole cost.
 */
import type { StatisticsTarget } from '../../app/statistics/statistics-loader.js';
import { isOwnReading, modelSetId, receivedSetId, studentSetId } from '../../model/sets/annotation-set.js';

/** The set (and its article) a change of annotations or relations happened in. */
export interface ChangedSet {
  readonly setId: string;
  readonly documentId: string;
}

/**
 * Whether a change in `changed` can alter the statistics of `target`: the library counts every
 * article's own reading, an article its own reading, an assignment's class the sets of that
 * assignment (its hand-ins, including one collected after the page was read, the model answer, a
 * student's own work), never the teacher's own reading of the article.
 */
export function changeConcerns(target: StatisticsTarget, changed: ChangedSet): boolean {
  switch (target.kind) {
    case 'library':
      return isOwnReading(changed);
    case 'article':
      return changed.documentId === target.documentId && isOwnReading(changed);
    case 'assignment': {
      const id = target.assignmentId;
      // Every received hand-in's id starts as one of a student with no name would.
      return changed.setId === modelSetId(id) || changed.setId === studentSetId(id) || changed.setId.startsWith(receivedSetId(id, ''));
    }
  }
}
