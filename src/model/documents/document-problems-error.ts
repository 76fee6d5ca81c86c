/**
 * The error a document's loader rejects with when the document cannot be shown: it carries the
 * problems (codes and parameters, model/result.ts), so that the reader page can say each one in
 * the reader's language instead of an English exception message.
 */
import type { Problem } from '../result.js';

/** A document that cannot be opened, and every reason why. */
export class DocumentProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((entry) => entry.message).join('\n'));
    this.name = 'DocumentProblemsError';
  }
}
