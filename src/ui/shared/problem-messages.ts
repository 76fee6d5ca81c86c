/**
 * Problems from the model and the use cases (model/result.ts: a code, its parameters and an English
 * sentence) said in the reader's language: the one place that turns codes into words. A code this
 * file does not know yet is shown with its English sentence, so nothing is ever silent.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '../../model/result.js';

/** Words for one code, from the problem's parameters. */
type Wording = (params: Problem['params']) => string;

/** The parameter `name` as text ('' when it is missing). */
function param(params: Problem['params'], name: string): string {
  const value = params[name];
  return value === undefined ? '' : String(value);
}

/**
 * Wordings by code. Each block belongs to one area; add a code to its area's block.
 */
const WORDINGS: ReadonlyMap<string, Wording> = new Map<string, Wording>([
  // --- Annotation files (model/w3c, app/import) ---
  ['too-large', (p) => msg(str`${param(p, 'file')}: the file is ${param(p, 'megabytes')} MB; Close Reader imports files up to 50 MB.`)],
  // --- Schemes and categories (model/schemes) ---
  // --- Documents and files of the wrong kind (app/import, ui/documents) ---
  // --- Storage ---
]);

/** A problem in the reader's language where its code is known; else its English sentence. */
export function describeProblem(problem: Problem): string {
  return WORDINGS.get(problem.code)?.(problem.params) ?? problem.message;
}

/** Every problem of a list, in order. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map(describeProblem);
}
