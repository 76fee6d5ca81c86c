/**
 * The one guard against JSON nested too deep (issue 12), shared by every parser of an imported file:
 * the scheme file (schemes/skos-parse.ts) and the annotation file (w3c/w3c-parse.ts). JSON.parse
 * reads any depth, but the first recursive walk over what it gave (a JSON-LD graph, a structured
 * clone, a stringify) overflows the stack at some thousands of levels, with no message at all. So a
 * parser checks the parsed value here, with an iterative walk, before it reads it into anything, and
 * refuses a file nested deeper than {@link MAX_JSON_DEPTH} with the code 'too-deep'.
 */
import { type Problem, problem } from './result.js';

/**
 * Deepest nesting of lists and objects a file may have. Our own files nest 8 levels at most (a
 * collection, its page, its items, an annotation, its target, a selector, a refinement, a value);
 * other tools' W3C and SKOS files as few. 100 leaves room for any honest file and stays far below
 * the depth (several thousand) where a recursive walk in a browser runs out of stack.
 */
export const MAX_JSON_DEPTH = 100;

/** The code of a file nested deeper than {@link MAX_JSON_DEPTH} (params: file, max). */
export type JsonDepthCode = 'too-deep';

/**
 * Whether `json` (a parsed JSON value) nests lists and objects deeper than `max`: `1` and `"a"` have
 * depth 0, `[]` and `{}` depth 1, `[{}]` depth 2. An iterative walk that stops at the first value
 * past the limit, so that it never overflows the stack, whatever the file.
 */
export function nestsDeeperThan(json: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[json, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > max) return true;
    for (const inner of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof inner === 'object' && inner !== null) stack.push([inner, depth + 1]);
    }
  }
  return false;
}

/** The problem of a file nested deeper than {@link MAX_JSON_DEPTH} ('too-deep'), or undefined when it is not. */
export function tooDeep(json: unknown, file: string): Problem<JsonDepthCode> | undefined {
  if (!nestsDeeperThan(json)) return undefined;
  const message = `${file}: the file is nested more than ${MAX_JSON_DEPTH} levels deep; Close Reader reads files nested up to ${MAX_JSON_DEPTH} levels`;
  return problem('too-deep', { file, max: MAX_JSON_DEPTH }, message);
}
