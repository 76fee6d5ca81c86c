/**
 * Reading untyped JSON for the annotation parser (w3c-parse.ts): small checks and accessors that
 * never throw, whatever the file holds, and short descriptions of values for its messages.
 */
import { type Problem, problem } from '../result.js';
import type { W3cParseCode } from './w3c-parse.js';
import { ANNO_CONTEXT } from './w3c-types.js';

/** A JSON object whose fields are not known yet. */
export type Json = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not a list). */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD value that may be one item or a list of them, as a list; nothing as the empty list. */
export function asArray(value: unknown): readonly unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** `fields` without its undefined values: optional properties are left out, not set to undefined. */
export function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** An IRI given as a string or as an object's `id`. */
export function iriOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  return isJson(value) && typeof value.id === 'string' ? value.id || undefined : undefined;
}

/** An agent's name (model 3.3.2): its `name`, else `nickname`, else its IRI; the first of several. */
export function agentName(agent: unknown): string | undefined {
  const first: unknown = Array.isArray(agent) ? agent[0] : agent;
  if (typeof first === 'string') return first || undefined;
  if (!isJson(first)) return undefined;
  for (const value of [first.name, first.nickname, first.id]) {
    const text: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && text !== '') return text;
  }
  return undefined;
}

/** Whether a selector is one Close Reader places a passage by (a TextQuoteSelector or TextPositionSelector). */
export function isTextSelector(selector: unknown): boolean {
  return isJson(selector) && (selector.type === 'TextQuoteSelector' || selector.type === 'TextPositionSelector');
}

/**
 * Why a `@context` is not the Web Annotation one ('context-missing', 'context-wrong'), its message
 * starting with `where`; undefined when it is (model 3.1).
 */
export function checkContext(context: unknown, where: string): Problem<W3cParseCode> | undefined {
  if (context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT))) return undefined;
  if (context === undefined) return problem('context-missing', { where }, `${where}: @context is missing: expected "${ANNO_CONTEXT}"`);
  const found = describe(context);
  return problem('context-wrong', { where, found }, `${where}: @context is ${found}: expected "${ANNO_CONTEXT}" or a list that contains it`);
}

/** A value of the wrong kind ('wrong-type'): `where` expected `expected` and found `value` (described), in that sentence. */
export function wrongType(where: string, expected: string, value: unknown): Problem<W3cParseCode> {
  const found = describe(value);
  return problem('wrong-type', { where, expected, found }, `${where}: expected ${expected}, found ${found}`);
}

/** A short description of a JSON value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
