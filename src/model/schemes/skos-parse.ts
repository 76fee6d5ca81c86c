/**
 * Reading a scheme file (issue 6): ours, or any SKOS concept scheme in JSON-LD, into a scheme and
 * its categories, or every problem, each naming the file, the concept and the field; never a throw.
 * What it repairs (a colour, a line, a key) it reports as warnings. Categories are made by
 * createCategory (category-factory.ts), as the editor makes them.
 * SKOS: https://www.w3.org/TR/skos-reference/ ; JSON-LD 1.1: https://www.w3.org/TR/json-ld11/
 */
import { type JsonDepthCode, tooDeep } from '../json-depth.js';
import { type Problem, type Result, fail, failAll, ok, problem } from '../result.js';
import { slug } from '../text/slug.js';
import { type Category, type CategoryScheme, CATEGORY_IRI_PREFIX } from './category.js';
import { createCategory } from './category-factory.js';
import { cleanCategoryText, MAX_CATEGORY_TEXT } from './category-text.js';
import { normaliseColour } from './category-palette.js';
import { JsonLdGraph, type JsonLdNode } from './json-ld-graph.js';
import { PaletteChoice } from './palette-choice.js';
import { CATEGORY_LINES, reservedKeyUse, SCHEME_IRI_PREFIX } from './scheme-ids.js';
import { MAX_SCHEME_CATEGORIES, type SchemeLimitCode, tooManyCategories } from './scheme-limits.js';
import { CR_VOCAB, SKOS } from './skos-export.js';
import { readRelationTypes, type SkosRelationCode } from './skos-relations.js';
import type { RelationType } from '../relations/relation-type.js';

/**
 * What can be wrong with a scheme file (refusing it) or repaired in it (warnings: 'colour-invalid',
 * 'line-invalid', 'key-invalid', 'category-text-cut': a definition or example over
 * MAX_CATEGORY_TEXT characters, cut). Faults the editor refuses too have the editor's codes; a file
 * nested too deep ('too-deep') or of too many concepts ('too-many-categories') is refused before
 * anything is read into categories (issue 12).
 */
export type SkosCode =
  | 'not-json' | JsonDepthCode | SchemeLimitCode | 'no-concept-scheme' | 'several-concept-schemes' | 'no-concepts' | 'id-missing' | 'id-duplicate' | 'other-scheme'
  | 'label-missing' | 'several-parents' | 'parent-not-found' | 'parent-is-self' | 'parent-not-top-level'
  | 'colour-invalid' | 'line-invalid' | 'key-invalid' | 'category-text-cut';

/** A scheme file as read: the scheme and its categories (ids are proposals until merged). */
export interface ImportedScheme {
  readonly scheme: CategoryScheme;
  readonly categories: Category[];
  /** The file's relation types (issue 17, skos-relations.ts); absent when it has none (an older file). */
  readonly relationTypes?: RelationType[];
  /**
   * What was read past in the relation types (never refusing the file); apart from the warnings
   * until the UI translates these codes (ui/shared problem messages), absent when there is none.
   */
  readonly relationWarnings?: Problem<SkosRelationCode>[];
}

/** What {@link parseSkosScheme} gives: the scheme with its categories and what it repaired, or every problem. */
export type SkosParseResult = Result<ImportedScheme, SkosCode>;

/**
 * Reads a scheme file: ours, or any SKOS concept scheme in JSON-LD, with prefixed keys
 * ("skos:prefLabel") or full IRIs. Concepts of ours keep the id in their IRI; foreign ones get a slug
 * of their label as id and keep their IRI. Missing colours and lines are filled in as the editor
 * fills them (createCategory); a missing label in one language takes the other's. Ids are
 * proposals: {@link mergeImportedScheme} (skos-merge.ts) makes them unique among the stored ones.
 */
export function parseSkosScheme(text: string, fileName: string, now: string = new Date().toISOString()): SkosParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', { file: fileName, reason }, `${fileName}: not JSON (${reason})`);
  }
  const deep = tooDeep(json, fileName);
  if (deep) return failAll([deep]);
  const graph = new JsonLdGraph(json);
  const schemes = graph.nodes.filter((node) => graph.types(node).includes(`${SKOS}ConceptScheme`));
  if (schemes.length === 0) return fail('no-concept-scheme', { file: fileName }, `${fileName}: no skos:ConceptScheme found`);
  if (schemes.length > 1) {
    const params = { file: fileName, count: schemes.length };
    return fail('several-concept-schemes', params, `${fileName}: ${schemes.length} skos:ConceptSchemes; import one at a time`);
  }
  const node = schemes[0]!;
  const nodes = graph.nodes.filter((candidate) => graph.types(candidate).includes(`${SKOS}Concept`));
  if (nodes.length > MAX_SCHEME_CATEGORIES) return failAll([tooManyCategories(nodes.length, { file: fileName })]);
  const read: Reading = { graph, fileName, errors: [], warnings: [], categories: [], keys: new Set(), palette: new PaletteChoice() };
  const iri = graph.id(node);
  if (!iri) read.errors.push(problem('id-missing', { where: fileName }, `${fileName}: the skos:ConceptScheme has no @id`));
  const label = graph.labels(node) ?? { de: fileName, en: fileName };
  const local = iri?.startsWith(SCHEME_IRI_PREFIX) ? iri.slice(SCHEME_IRI_PREFIX.length) : '/';
  const scheme: CategoryScheme = {
    id: local.includes('/') ? slug(label.en || label.de) || 'scheme' : decode(local),
    iri: iri ?? '',
    label,
    created: graph.literal(node, 'http://purl.org/dc/terms/created') ?? now,
    modified: graph.literal(node, 'http://purl.org/dc/terms/modified') ?? now,
  };
  if (nodes.length === 0) read.errors.push(problem('no-concepts', { file: fileName }, `${fileName}: the scheme has no skos:Concept`));
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
    const add = (code: SkosCode, params: Problem['params'], message: string): number => read.errors.push(problem(code, { where, ...params }, message));
    if (broader.length > 1) add('several-parents', { count: broader.length }, `${where} names ${broader.length} concepts; a category has one parent at most`);
    else if (!parent) add('parent-not-found', { parent: broader[0]! }, `${where} points to ${broader[0]}, which is no concept of this file`);
    else if (parent.iri === conceptIri) add('parent-is-self', {}, `${where} points to the concept itself`);
    else if (parent.broader.length > 0) add('parent-not-top-level', { parent: parent.iri }, `${where} ${parent.iri} is nested itself; categories nest one level only`);
    return [{ ...category, parentId: parent?.category?.id ?? '' }];
  });
  if (read.errors.length > 0) return failAll(read.errors);
  const relationWarnings: Problem<SkosRelationCode>[] = [];
  const relationTypes = readRelationTypes(graph, scheme, categories, fileName, relationWarnings);
  const relations = { ...(relationTypes ? { relationTypes } : {}), ...(relationWarnings.length > 0 ? { relationWarnings } : {}) };
  return ok({ scheme, categories, ...relations }, read.warnings);
}

/** What {@link parseSkosScheme} keeps while it reads: the problems so far and what is taken. */
interface Reading {
  readonly graph: JsonLdGraph;
  readonly fileName: string;
  readonly errors: Problem<SkosCode>[];
  readonly warnings: Problem<SkosCode>[];
  /** The categories made so far: their ids are taken, their colours and lines used. */
  readonly categories: Category[];
  readonly keys: Set<string>;
  /** The colours of those categories, kept as the next colour choice needs them (one pass, not one per concept). */
  readonly palette: PaletteChoice;
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
  if (!iri) return void errors.push(problem('id-missing', { where }, `${where}: @id is missing`));
  if (seen.has(iri)) {
    const other = seen.get(iri)!.index + 1;
    return void errors.push(problem('id-duplicate', { where, other }, `${where}: @id is used by concept ${other} too`));
  }
  const inScheme = graph.refs(node, `${SKOS}inScheme`);
  if (scheme.iri && inScheme.length > 0 && !inScheme.includes(scheme.iri)) {
    const params = { where, found: inScheme[0]!, expected: scheme.iri };
    errors.push(problem('other-scheme', params, `${where}: skos:inScheme names ${inScheme[0]}, not ${scheme.iri}`));
  }
  const concept = { iri, index, node, broader: graph.refs(node, `${SKOS}broader`) };
  const label = graph.labels(node);
  if (!label) {
    errors.push(problem('label-missing', { where }, `${where}: skos:prefLabel is missing`));
    return concept;
  }
  const ours = iri.startsWith(CATEGORY_IRI_PREFIX) || iri.startsWith(SCHEME_IRI_PREFIX);
  const rawColour = graph.literal(node, `${CR_VOCAB}colour`);
  const rawLine = graph.literal(node, `${CR_VOCAB}line`);
  const order = Number(graph.literal(node, `${CR_VOCAB}order`) ?? Number.NaN);
  const key = graph.literal(node, `${SKOS}notation`);
  const keyOk = key !== undefined && /^[^\p{C}\p{Z}]$/u.test(key) && reservedKeyUse(key) === undefined && !read.keys.has(key);
  const category = createCategory(read.categories, {
    label,
    schemeId: scheme.id,
    id: ours ? decode(iri.slice(iri.lastIndexOf('/') + 1)) : undefined,
    colour: normaliseColour(rawColour ?? '') ?? read.palette.next(),
    line: CATEGORY_LINES.find((known) => known === rawLine),
    order: Number.isFinite(order) ? order : index + 1,
    key: keyOk ? key : undefined,
    iri,
    definition: graph.texts(node, `${SKOS}definition`),
    example: graph.texts(node, `${SKOS}example`),
  });
  for (const field of ['definition', 'example'] as const) {
    if (!cleanCategoryText(graph.texts(node, `${SKOS}${field}`)).cut) continue;
    const params = { where, field: `skos:${field}`, max: MAX_CATEGORY_TEXT };
    warnings.push(problem('category-text-cut', params, `${where}: skos:${field} is longer than ${MAX_CATEGORY_TEXT} characters; the rest was cut`));
  }
  read.categories.push(category);
  read.palette.add(category.colour);
  if (rawColour !== undefined && category.colour !== normaliseColour(rawColour)) {
    const params = { where, colour: rawColour, took: category.colour };
    warnings.push(problem('colour-invalid', params, `${where}: cr:colour "${rawColour}" is no colour; took ${category.colour}`));
  }
  if (rawLine !== undefined && category.line !== rawLine) {
    warnings.push(problem('line-invalid', { where, line: rawLine, took: category.line }, `${where}: cr:line "${rawLine}" is no line style; took ${category.line}`));
  }
  if (key !== undefined && !keyOk) {
    warnings.push(problem('key-invalid', { where, key }, `${where}: skos:notation "${key}" is no key (one character, not j, k, once); dropped`));
  }
  if (keyOk) read.keys.add(key);
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
