/**
 * Import of relations (issue 17): a `linking` annotation whose two targets are annotations, ours
 * (relation-export.ts: `urn:uuid:` IRIs, a `classifying` body with the type's IRI and a `tagging`
 * label) or RecogitoJS's (targets `{ "id": "#<annotation id>" }`, a `tagging` TextualBody with the
 * label, no type IRI), read in two steps as annotations are: {@link readRelation} reads what the
 * file says, {@link relationOf} matches it to the scheme's types and the imported annotations.
 * Neither throws; each returns the one Result of result.ts.
 */
import type { Relation } from '../relations/relation.js';
import type { RelationType } from '../relations/relation-type.js';
import { type Result, fail, ok } from '../result.js';
import { isUuid, stableUuid } from './stable-uuid.js';
import { asArray, defined, iriOf, isJson } from './w3c-parse-json.js';

/** A relation as the file has it, before its type and annotations are matched. */
export interface IncomingRelation {
  /** The relation's own id as written (`urn:uuid:…`, `#…`), if any. */
  readonly id?: string;
  /** The IRI of the `classifying` body (ours), if any. */
  readonly typeIri?: string;
  /** The first `tagging` label, if any (RecogitoJS names the type only so). */
  readonly label?: string;
  /** How the file names the source annotation (target[0]) and the target annotation (target[1]). */
  readonly source: string;
  readonly target: string;
  readonly created?: string;
  readonly modified?: string;
}

/** A relation as a file has it, with its position in the file (0-based), as parseAnnotationFile gives it. */
export type FileRelation = IncomingRelation & { readonly index: number };

/**
 * Why a relation is not read: 'not-linking' (motivation is not `linking`), 'targets-not-two' (not
 * exactly two targets), 'target-not-annotation' (a target names no annotation: no IRI, or a
 * passage with a selector), 'no-type' (neither a classifying IRI nor a tagging label),
 * 'type-unknown' (neither matches a type of the scheme), 'annotation-unknown' (a target is no
 * annotation of the import).
 */
export type RelationParseCode = 'not-linking' | 'targets-not-two' | 'target-not-annotation' | 'no-type' | 'type-unknown' | 'annotation-unknown';

/** Reads `item` (one annotation of a file, at `where`) as a relation, or says why it is none. */
export function readRelation(item: unknown, where: string): Result<IncomingRelation, RelationParseCode> {
  if (!isJson(item) || !asArray(item.motivation).includes('linking')) return fail('not-linking', { where }, `${where}: motivation is not "linking"`);
  const targets = asArray(item.target);
  if (targets.length !== 2) return fail('targets-not-two', { where, count: targets.length }, `${where}: a relation has two targets, this has ${targets.length}`);
  const [source, target] = targets.map(annotationRef);
  if (source === undefined || target === undefined) {
    const field = source === undefined ? 'target[0]' : 'target[1]';
    return fail('target-not-annotation', { where, field }, `${where}: ${field} names no annotation`);
  }
  let typeIri: string | undefined;
  let label: string | undefined;
  for (const body of asArray(item.body)) {
    if (!isJson(body)) continue;
    const purposes = asArray(body.purpose);
    if (typeIri === undefined && purposes.includes('classifying')) typeIri = iriOf(body.source) ?? iriOf(body.id);
    if (label === undefined && purposes.includes('tagging') && typeof body.value === 'string' && body.value.trim()) label = body.value.trim();
  }
  if (typeIri === undefined && label === undefined) return fail('no-type', { where }, `${where}: the body names no relation type (no classifying IRI, no tagging label)`);
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  return ok(defined({ id: text(item.id), typeIri, label, source, target, created: text(item.created), modified: text(item.modified) }));
}

/** A target that names an annotation: an IRI, or an object with `id` (RecogitoJS) or `source` and no selector. */
function annotationRef(target: unknown): string | undefined {
  if (typeof target === 'string') return target || undefined;
  if (!isJson(target) || target.selector !== undefined) return undefined;
  return iriOf(target.id) ?? iriOf(target.source);
}

/**
 * The id an annotation named `ref` is stored under when the import kept its id: a UUID, bare or as
 * `urn:uuid:<id>` (import-plan.ts keeps those); undefined otherwise. The default way
 * {@link relationOf} finds a relation's annotations. Annotations whose ids were not UUIDs
 * (RecogitoJS's `#<uuid>`) are stored under a stable UUID the import plan made; an import passes
 * its own map from the file's ids to those instead.
 */
export function ownAnnotationId(ref: string): string | undefined {
  const id = ref.replace(/^urn:uuid:/i, '');
  return isUuid(id) ? id.toLowerCase() : undefined;
}

/** What {@link relationOf} matches an incoming relation against. */
export interface RelationMatch {
  /** The scheme's relation types. */
  readonly types: readonly RelationType[];
  /** The id under which the annotation a target names is stored, if it is; default {@link ownAnnotationId}. */
  readonly annotationId?: (ref: string) => string | undefined;
  readonly setId: string;
  readonly documentId: string;
  /** ISO 8601: created and modified when the file has none. */
  readonly now: string;
  /** For messages. */
  readonly where: string;
}

/**
 * `incoming` as a stored relation: its type found by IRI, else by its label in either language
 * (case and spaces aside); its two annotations by `match.annotationId`. Its id is its own when
 * it is a UUID (as import-plan.ts keeps an annotation's), else a stable UUID of the id it had or,
 * without one, of its content (importing twice writes it once).
 */
export function relationOf(incoming: IncomingRelation, match: RelationMatch): Result<Relation, RelationParseCode> {
  const { where } = match;
  const fold = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  const type =
    match.types.find((candidate) => incoming.typeIri !== undefined && candidate.iri === incoming.typeIri) ??
    match.types.find((candidate) => incoming.label !== undefined && [candidate.label.de, candidate.label.en].some((label) => fold(label) === fold(incoming.label!)));
  if (!type) {
    const named = incoming.typeIri ?? incoming.label ?? '';
    return fail('type-unknown', { where, type: named }, `${where}: the relation type ${named} is not in the scheme`);
  }
  const resolve = match.annotationId ?? ownAnnotationId;
  const [sourceId, targetId] = [resolve(incoming.source), resolve(incoming.target)];
  if (sourceId === undefined || targetId === undefined) {
    const missing = sourceId === undefined ? incoming.source : incoming.target;
    return fail('annotation-unknown', { where, annotation: missing }, `${where}: ${missing} is no annotation of this import`);
  }
  const own = incoming.id === undefined ? undefined : ownAnnotationId(incoming.id);
  const id = own ?? stableUuid('relation', incoming.id ?? `${incoming.source}\u0000${type.iri}\u0000${incoming.target}`);
  const created = incoming.created ?? match.now;
  return ok({ id, setId: match.setId, documentId: match.documentId, typeId: type.id, sourceId, targetId, created, modified: incoming.modified ?? created });
}
