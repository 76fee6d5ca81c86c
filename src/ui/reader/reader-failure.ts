/**
 * What the reader page shows instead of a text it cannot open: a broken document in storage (its
 * problems, said in the reader's language by problem-messages.ts) or a text the view could not be
 * built from. A heading, the reason, and the way back to the library: never a blank page.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DocumentProblemsError } from '../../model/documents/document-problems-error.js';
import { describeProblems } from '../shared/problem-messages.js';

/** Why loading a document failed, in the reader's language where the reason has codes; else as it came. */
export function loadFailureMessage(error: unknown): string {
  if (error instanceof DocumentProblemsError) return describeProblems(error.problems).join('\n');
  return error instanceof Error ? error.message : String(error);
}

/** The page for a document that could not be opened, saying `message`. */
export function renderReaderFailure(message: string): TemplateResult {
  return html`<h1 class="cr-reader-status">${msg('The article could not be opened')}</h1>
    <pre class="cr-reader-error">${message}</pre>
    <p><a href="#/">${msg('Back to the library')}</a></p>`;
}
