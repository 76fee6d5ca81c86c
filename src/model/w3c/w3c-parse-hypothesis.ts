/**
 * The Hypothesis client's export, as far as it differs from W3C Web Annotation: how the file is
 * known, which rows mark no passage (replies), and where a row keeps its tags, note, creator,
 * last change and page. The target (`target[].selector`) is W3C's and is read by the W3C reader
 * (w3c-parse-reader.ts); this module knows only the Hypothesis fields around it.
 */
import type { Problem } from '../result.js';
import { asArray, isJson, type Json, wrongType } from './w3c-parse-json.js';
import type { IncomingAnnotation, IncomingTag, W3cParseCode } from './w3c-parse.js';

/** What a Hypothesis row says besides its target. */
export type HypothesisFields = Pick<IncomingAnnotation, 'tags' | 'note' | 'creator'>;

/**
 * The rows of a Hypothesis export, or undefined when `json` is not one. Hypothesis exports carry
 * no `@context` and no `type`; they are known by their `annotations` list.
 */
export function hypothesisRows(json: Json): readonly unknown[] | undefined {
  return json['@context'] === undefined && json.type === undefined && Array.isArray(json.annotations) ? json.annotations : undefined;
}

/** Whether a row is a reply: it answers another annotation (`references`) and marks no passage. */
export function isHypothesisReply(row: Json): boolean {
  return Array.isArray(row.references) && row.references.length > 0;
}

/**
 * Tags, note and creator of a row: `tags` are labels, `text` (Markdown, kept as plain text) is
 * the note, the creator is the name Hypothesis shows. A field of the wrong type is reported
 * through `problem`, which refuses the file.
 */
export function hypothesisFields(row: Json, at: string, problem: (found: Problem<W3cParseCode>) => void): HypothesisFields {
  const tags: IncomingTag[] = [];
  if (row.tags !== undefined && !Array.isArray(row.tags)) problem(wrongType(`${at}: tags`, 'a list of text', row.tags));
  asArray(row.tags).forEach((tag, i) => {
    if (typeof tag !== 'string') problem(wrongType(`${at}: tags[${i}]`, 'text', tag));
    else if (tag.trim() !== '') tags.push({ label: tag });
  });
  if (row.text !== undefined && typeof row.text !== 'string') problem(wrongType(`${at}: text`, 'text', row.text));
  return { tags, note: typeof row.text === 'string' && row.text !== '' ? row.text : undefined, creator: hypothesisUser(row) };
}

/** The field of a row that holds its last change: Hypothesis calls `modified` `updated`. */
export const HYPOTHESIS_MODIFIED = 'updated';

/** The page a row annotates (`uri`), used when its target names no `source`. */
export function hypothesisUri(row: Json): string | undefined {
  return typeof row.uri === 'string' && row.uri !== '' ? row.uri : undefined;
}

/** The name Hypothesis shows: `user_info.display_name`, else the account without `acct:` and `@hypothes.is`. */
function hypothesisUser(row: Json): string | undefined {
  const display = isJson(row.user_info) ? row.user_info.display_name : undefined;
  if (typeof display === 'string' && display !== '') return display;
  return typeof row.user === 'string' && row.user !== '' ? row.user.replace(/^acct:/, '').replace(/@hypothes\.is$/, '') : undefined;
}
