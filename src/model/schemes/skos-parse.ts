/**
 * Reading a scheme file (issue 6): ours, or any SKOS concept scheme in JSON-LD, into a scheme and
 * its categories, or a list of errors naming the file, the concept and the field; never a throw.
 * What it repairs (a colour, a line, a key) it reports as warnings.
 * SKOS: https://www.w3.org/TR/skos-reference/ ; JSON-LD 1.1: https://www.w3.org/TR/json-ld11/
 */
import { type Category, type CategoryScheme, CATEGORY_IRI_PREFIX, categoryIri } from './category.js';
import { nextPaletteColour, normaliseColour } from './category-palette.js';
import { JsonLdGraph, type JsonLdNode } from './json-ld-graph.js';
import { CATEGORY_LINES, RESERVED_KEYS, SCHEME_IRI_PREFIX, slugify, uniqueId } from './scheme-ids.js';
import { CR_VOCAB, SKOS } from './skos-export.js';

/** What {@link parseSkosScheme} gives: a scheme with its categories (and what it repaired), or errors. */
export type SkosParseResult =
  | { readonly ok: true; readonly scheme: CategoryScheme; readonly categories: Category[]; readonly warnings: string[] }
  | { readonly ok: false; readonly errors: string[] };

/**
 * Reads a scheme file: ours, or any SKOS concept scheme in JSON-LD, with prefixed keys
 * ("skos:prefLabel") or full IRIs. Concepts of ours keep the id in their IRI; foreign ones get a slug
 * of their label as id and keep their IRI. Missing colours and lines are filled in from the palette;
 * a missing label in one language takes the other's. Ids are proposals: {@link mergeImportedScheme}
 * (skos-merge.ts) makes them unique among the stored ones.
 */
export function parseSkosScheme(text: string, fileName: string, now: string = new Date().toISOString()): SkosParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const graph = new JsonLdGraph(json);
  const schemes = graph.nodes.filter((node) => graph.types(node).includes(`${SKOS}ConceptScheme`));
  if (schemes.length !== 1) {
    const problem = schemes.length === 0 ? 'no skos:ConceptScheme found' : `${schemes.length} skos:ConceptSchemes; import one at a time`;
    return { ok: false, errors: [`${fileName}: ${problem}`] };
  }
  const node = schemes[0]!;
  const read: Reading = { graph, fileName, errors: [], warnings: [], taken: new Set(), keys: new Set(), colours: [] };
  const iri = graph.id(node);
  if (!iri) read.errors.push(`${fileName}: the skos:ConceptScheme has no @id`);
  const label = graph.labels(node) ?? { de: fileName, en: fileName };
  const local = iri?.startsWith(SCHEME_IRI_PREFIX) ? iri.slice(SCHEME_IRI_PREFIX.length) : '/';
  const scheme: CategoryScheme = {
    id: local.includes('/') ? slugify(label.en || label.de) || 'scheme' : decode(local),
    iri: iri ?? '',
    label,
    created: graph.literal(node, 'http://purl.org/dc/terms/created') ?? now,
    modified: graph.literal(node, 'http://purl.org/dc/terms/modified') ?? now,
  };
  const nodes = graph.nodes.filter((candidate) => graph.types(candidate).includes(`${SKOS}Concept`));
  if (nodes.length === 0) read.errors.push(`${fileName}: the scheme has no skos:Concept`);
  const concepts = new Map<string, Concept>();
  nodes.forEach((conceptNode, index) => {
    const concept = readConcept(read, scheme, conceptNode, index, concepts);
    if (concept) concepts.set(concept.iri, concept);
  });
  // A foreign file may say skos:narrower on the parent instead of skos:broader on the child.
  for (const parent of concepts.values()) {
    for (const child of graph.refs(parent.node, `${SKOS}narrower`)) {
      const entry = concepts.get(child);
      if (entry && !entry.broader.includes(parent.iri)) entry.broader.push(parent.iri);
    }
  }
  const categories = [...concepts.values()].flatMap(({ category, iri: conceptIri, index, broader }) => {
    if (!category) return [];
    if (broader.length === 0) return [category];
    const where = `${fileName}: concept ${index + 1} (${conceptIri}): skos:broader`;
    const parent = concepts.get(broader[0]!);
    if (broader.length > 1) read.errors.push(`${where} names ${broader.length} concepts; a category has one parent at most`);
    else if (!parent) read.errors.push(`${where} points to ${broader[0]}, which is no concept of this file`);
    else if (parent.iri === conceptIri) read.errors.push(`${where} points to the concept itself`);
    else if (parent.broader.length > 0) read.errors.push(`${where} ${parent.iri} is nested itself; categories nest one level only`);
    return [{ ...category, parentId: parent?.category?.id ?? '' }];
  });
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return { ok: true, scheme, categories, warnings: read.warnings };
}

/** What {@link parseSkosScheme} keeps while it reads: the problems so far and what is taken. */
interface Reading {
  readonly graph: JsonLdGraph;
  readonly fileName: string;
  readonly errors: string[];
  readonly warnings: string[];
  /** Category ids given so far. */
  readonly taken: Set<string>;
  readonly keys: Set<string>;
  readonly colours: string[];
}

/** One concept as read: its category (none when its label is missing) and its parents' IRIs. */
interface Concept {
  readonly iri: string;
  readonly index: number;
  readonly node: JsonLdNode;
  readonly broader: string[];
  readonly category?: Category;
}

/** Reads concept `index`; records its problems and returns undefined when it has no usable @id. */
function readConcept(read: Reading, scheme: CategoryScheme, node: JsonLdNode, index: number, seen: Map<string, Concept>): Concept | void {
  const { graph, errors, warnings } = read;
  const iri = graph.id(node);
  const where = `${read.fileName}: concept ${index + 1}${iri ? ` (${iri})` : ''}`;
  if (!iri) return void errors.push(`${where}: @id is missing`);
  if (seen.has(iri)) return void errors.push(`${where}: @id is used by concept ${seen.get(iri)!.index + 1} too`);
  const inScheme = graph.refs(node, `${SKOS}inScheme`);
  if (scheme.iri && inScheme.length > 0 && !inScheme.includes(scheme.iri)) {
    errors.push(`${where}: skos:inScheme names ${inScheme[0]}, not ${scheme.iri}`);
  }
  const concept = { iri, index, node, broader: graph.refs(node, `${SKOS}broader`) };
  const label = graph.labels(node);
  if (!label) {
    errors.push(`${where}: skos:prefLabel is missing`);
    return concept;
  }
  const ours = iri.startsWith(CATEGORY_IRI_PREFIX) || iri.startsWith(SCHEME_IRI_PREFIX);
  const id = uniqueId((ours ? decode(iri.slice(iri.lastIndexOf('/') + 1)) : '') || slugify(label.en || label.de), read.taken);
  read.taken.add(id);
  const rawColour = graph.literal(node, `${CR_VOCAB}colour`);
  const colour = normaliseColour(rawColour ?? '') ?? nextPaletteColour(read.colours);
  if (rawColour !== undefined && colour !== normaliseColour(rawColour)) {
    warnings.push(`${where}: cr:colour "${rawColour}" is no colour; took ${colour}`);
  }
  read.colours.push(colour);
  const rawLine = graph.literal(node, `${CR_VOCAB}line`);
  const line = CATEGORY_LINES.find((known) => known === rawLine) ?? CATEGORY_LINES[index % CATEGORY_LINES.length]!;
  if (rawLine !== undefined && line !== rawLine) warnings.push(`${where}: cr:line "${rawLine}" is no line style; took ${line}`);
  const order = Number(graph.literal(node, `${CR_VOCAB}order`) ?? Number.NaN);
  const key = graph.literal(node, `${SKOS}notation`);
  const keyOk = key !== undefined && /^[^\p{C}\p{Z}]$/u.test(key) && !RESERVED_KEYS.includes(key) && !read.keys.has(key);
  if (key !== undefined && !keyOk) warnings.push(`${where}: skos:notation "${key}" is no key (one character, not j, k, once); dropped`);
  if (keyOk) read.keys.add(key);
  const category: Category = {
    id,
    label,
    colour,
    line,
    order: Number.isFinite(order) ? order : index + 1,
    schemeId: scheme.id,
    ...(keyOk ? { key } : {}),
    ...(categoryIri({ id }) === iri ? {} : { iri }),
  };
  return { ...concept, category };
}

/** A percent-encoded IRI segment as text; the segment itself when it is no valid encoding. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
