/**
 * Hypothesis's own shapes, as far as they differ from W3C Web Annotation: how its files are known
 * (the client's export `{annotations: […]}`, the API's search response `{total, rows: […]}` and a
 * single API row), which rows mark no passage (replies), and where a row keeps its tags, note,
 * creator, last change and its IRI on hypothes.is. The target (`target[].selector`) is W3C's and
 * is read by w3c-parse-target.ts; this module knows only the Hypothesis fields around it.
 * https://h.readthedocs.io/en/latest/api-reference/ (Annotation schema)
 */
import { asArray, isAbsoluteIri, isJson, type Json } from './w3c-parse-json.js';
import type { IncomingAnnotation, IncomingTag } from './w3c-parse.js';

/** What a Hypothesis row says besides its target. */
export type HypothesisFields = Pick<IncomingAnnotation, 'tags' | 'note' | 'creator' | 'creatorId' | 'via'>;

/** A Hypothesis file's rows and which kind of file it is, or undefined when `json` is none. */
export function hypothesisRows(json: Json): { format: 'hypothesis' | 'hypothesis-api'; rows: readonly unknown[] } | undefined {
  if (json['@context'] !== undefined || json.type !== undefined) return undefined;
  if (Array.isArray(json.annotations)) return { format: 'hypothesis', rows: json.annotations };
  if (Array.isArray(json.rows)) return { format: 'hypothesis-api', rows: json.rows };
  // One row, as GET /api/annotations/{id} answers.
  if (typeof json.uri === 'string' && (Array.isArray(json.target) || typeof json.user === 'string')) return { format: 'hypothesis-api', rows: [json] };
  return undefined;
}

/** Whether a row is a reply: it answers another annotation (`references`) and marks no passage. */
export function isHypothesisReply(row: Json): boolean {
  return Array.isArray(row.references) && row.references.length > 0;
}

/**
 * Tags, note, creator and IRI of a row: `tags` are labels (one text is taken as one tag), `text`
 * (Markdown, kept as plain text) is the note, `user` (`acct:…`) the creator's IRI and the name
 * Hypothesis shows the creator's name, `links.html` (else hypothes.is/a/<id>) the row's IRI.
 * Fields of the wrong kind are read past.
 */
export function hypothesisFields(row: Json): HypothesisFields {
  const tags: IncomingTag[] = [];
  for (const tag of asArray(row.tags)) if (typeof tag === 'string' && tag.trim() !== '') tags.push({ label: tag });
  const fields: { -readonly [K in keyof HypothesisFields]: HypothesisFields[K] } = { tags };
  if (typeof row.text === 'string' && row.text !== '') fields.note = row.text;
  const creator = hypothesisUser(row);
  if (creator) fields.creator = creator;
  if (typeof row.user === 'string' && isAbsoluteIri(row.user)) fields.creatorId = row.user;
  const html = isJson(row.links) ? row.links.html : undefined;
  if (typeof html === 'string' && isAbsoluteIri(html)) fields.via = html;
  else if (typeof row.id === 'string' && /^[\w-]+$/.test(row.id)) fields.via = `https://hypothes.is/a/${row.id}`;
  return fields;
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
