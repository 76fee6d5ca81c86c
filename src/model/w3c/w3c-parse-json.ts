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

/** Whether `value` is an absolute IRI (a scheme, then a colon: `acct:`, `https:`, `urn:`), not a name or a fragment. */
export function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && !/\s/.test(value);
}

/**
 * An agent (model 3.3.2) as a name and an IRI: the first of several; a string is an IRI when it is
 * absolute (`acct:…`, `https:…`), else a name; an object gives its `name`, else `nickname`, and its
 * `id` when that is an absolute IRI.
 */
export function agentOf(agent: unknown): { name?: string; id?: string } {
  const first: unknown = Array.isArray(agent) ? agent[0] : agent;
  if (typeof first === 'string') return first === '' ? {} : isAbsoluteIri(first) ? { id: first } : { name: first };
  if (!isJson(first)) return {};
  const id = typeof first.id === 'string' && isAbsoluteIri(first.id) ? first.id : undefined;
  for (const value of [first.name, first.nickname]) {
    const text: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && text !== '') return defined({ name: text, id });
  }
  return defined({ id });
}

/** The Web Annotation context as some tools write it, over https (the same document). */
export const ANNO_CONTEXT_HTTPS = 'https://www.w3.org/ns/anno.jsonld';

/** Whether a `@context` names the Web Annotation context, over http or https, alone or in a list. */
export function isAnnoContext(context: unknown): boolean {
  const names = (value: unknown) => value === ANNO_CONTEXT || value === ANNO_CONTEXT_HTTPS;
  return names(context) || (Array.isArray(context) && context.some(names));
}

/**
 * Why a `@context` is not the Web Annotation one ('context-wrong'), its message starting with
 * `where`; undefined when it is (model 3.1) or when there is none (the shape says what it is).
 */
export function checkContext(context: unknown, where: string): Problem<W3cParseCode> | undefined {
  if (context === undefined || isAnnoContext(context)) return undefined;
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
