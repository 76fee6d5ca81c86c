/**
 * The bodies of one incoming W3C annotation (model 3.2): which are categories, which the note and
 * which links another tool attached.
 * - A TextualBody with purpose `tagging` or `classifying` is a tag label (with its `language`).
 * - A SpecificResource with purpose `classifying` or `tagging` names a tag by IRI; a label directly
 *   followed by such an IRI is one tag, as w3c-export.ts writes them, so a category new here
 *   arrives with both its IRI and its label.
 * - A plain IRI, an External Web Resource (`id` and a `type` other than TextualBody and
 *   SpecificResource) or a SpecificResource with other purposes is a link (annotation.ts,
 *   AnnotationLink), kept as the file had it; an object over {@link MAX_LINK_CHARS} keeps only its IRI.
 * - Other text (`commenting`, `describing`, no purpose) is the note, several joined by a blank
 *   line; `bodyValue` (3.2.5) is text without purpose.
 * Values of the wrong kind are read past: one odd body never costs the annotation.
 */
import type { AnnotationLink } from '../annotations/annotation.js';
import { asArray, iriOf, isJson, type Json } from './w3c-parse-json.js';
import type { IncomingTag } from './w3c-parse.js';

/** Longest link object kept as the file had it, in characters of JSON (about 4 KB). */
export const MAX_LINK_CHARS = 4096;

/** What the bodies give an annotation; `first` is the first TextualBody (Recogito puts creator and times on it). */
export interface Bodies {
  readonly tags: IncomingTag[];
  readonly note?: string;
  readonly links?: AnnotationLink[];
  readonly first?: Json;
}

/** Reads an annotation's `body` and `bodyValue`; `linkTooLarge` hears of each link object cut to its IRI (with the body's field). */
export function readBodies(item: Json, linkTooLarge: (field: string, chars: number) => void): Bodies {
  const list: unknown[] = [...asArray(item.body)];
  if (typeof item.bodyValue === 'string') list.push({ type: 'TextualBody', value: item.bodyValue });
  const tags: IncomingTag[] = [];
  const notes: string[] = [];
  const links: AnnotationLink[] = [];
  let label = -1; // the index in `tags` of a label the very next body may give an IRI
  let first: Json | undefined;
  list.forEach((body, i) => {
    const previous = label;
    label = -1;
    if (typeof body === 'string') {
      if (body !== '') links.push(body);
      return;
    }
    if (!isJson(body)) return;
    const purposes = asArray(body.purpose);
    const tagging = purposes.includes('tagging') || purposes.includes('classifying');
    const types = asArray(body.type);
    if (types.includes('TextualBody') || (body.value !== undefined && types.length === 0)) {
      if (typeof body.value !== 'string') return;
      first ??= body;
      if (tagging && body.value.trim() !== '') {
        const language = typeof body.language === 'string' && body.language !== '' ? body.language : undefined;
        label = tags.push(language ? { label: body.value, language } : { label: body.value }) - 1;
      } else if (!tagging && body.value !== '') notes.push(body.value);
      return;
    }
    if (types.includes('SpecificResource') || (types.length === 0 && body.source !== undefined)) {
      const iri = iriOf(body.source);
      if (tagging && iri !== undefined) {
        if (previous >= 0 && tags[previous]!.iri === undefined) tags[previous] = { ...tags[previous], iri };
        else tags.push({ iri });
      } else if (typeof body.id === 'string' && body.id !== '') links.push(link(body, body.id, `body[${i}]`, linkTooLarge));
      else if (iri !== undefined) links.push(iri);
      return;
    }
    if (typeof body.id === 'string' && body.id !== '') links.push(link(body, body.id, `body[${i}]`, linkTooLarge));
  });
  return {
    tags,
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(first ? { first } : {}),
  };
}

/** A body object kept as a link: as the file had it, or its IRI alone when its JSON is over MAX_LINK_CHARS. */
function link(body: Json, id: string, field: string, linkTooLarge: (field: string, chars: number) => void): AnnotationLink {
  const chars = JSON.stringify(body).length;
  if (chars <= MAX_LINK_CHARS) return { ...body, id };
  linkTooLarge(field, chars);
  return id;
}
