/**
 * A JSON-LD document read just far enough for a scheme import (skos-parse.ts): its typed nodes,
 * wherever they nest, and their values by full IRI, whether the file spells keys with prefixes
 * ("skos:prefLabel"), full IRIs or terms of its own @context. No remote contexts, no expansion
 * algorithm: what a hand-written or exported SKOS file needs, never a throw.
 * JSON-LD 1.1: https://www.w3.org/TR/json-ld11/
 */
import { SKOS, SKOS_CONTEXT } from './skos-export.js';

/** A JSON-LD node object (or any JSON object) whose keys are not known yet. */
export type JsonLdNode = Record<string, unknown>;

/** A JSON-LD document read just far enough: nodes, prefixes and aliases, values by full IRI. */
export class JsonLdGraph {
  readonly nodes: JsonLdNode[] = [];
  private readonly prefixes = new Map<string, string>(Object.entries({ ...SKOS_CONTEXT, dc: 'http://purl.org/dc/elements/1.1/' }));
  private readonly aliases = new Map<string, string>();
  private readonly expanded = new Map<string, string>();

  constructor(json: unknown) {
    const top = isJsonLdNode(json) ? json : undefined;
    for (const context of [top?.['@context']].flat()) {
      if (!isJsonLdNode(context)) continue;
      for (const [term, value] of Object.entries(context)) {
        const iri = typeof value === 'string' ? value : isJsonLdNode(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined;
        if (iri === '@id' || iri === '@type') this.aliases.set(term, iri);
        else if (iri) this.prefixes.set(term, iri);
      }
    }
    const roots = Array.isArray(json) ? json : top && '@graph' in top ? [top['@graph']].flat() : [json];
    // Typed nodes in document order, found by an iterative walk (a stack, not recursion), so that
    // no nesting overflows the stack; parsers refuse files nested too deep before this (json-depth.ts).
    const stack: unknown[] = [...roots].reverse();
    while (stack.length > 0) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!isJsonLdNode(value)) continue;
      if (this.value(value, '@type') !== undefined && !('@value' in value)) this.nodes.push(value);
      const inner = Object.entries(value).filter(([key]) => key !== '@context');
      for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]![1]);
    }
  }

  /** A key or compact IRI as a full IRI (keywords and aliases of them as the keyword). */
  expand(term: string): string {
    // Every node spells its keys alike: each is expanded once, not once per lookup.
    let iri = this.expanded.get(term);
    if (iri === undefined) this.expanded.set(term, (iri = this.expandTerm(term, 0)));
    return iri;
  }

  /** {@link expand} without the memory; `depth` counts the prefixes followed, at most 4. */
  private expandTerm(term: string, depth: number): string {
    if (term.startsWith('@') || depth > 4) return term;
    const alias = this.aliases.get(term);
    if (alias) return alias;
    const colon = term.indexOf(':');
    if (colon < 0) {
      // A term of the file's @context ("prefLabel": "skos:prefLabel"), itself perhaps compact.
      const mapped = this.prefixes.get(term);
      return mapped === undefined ? term : this.expandTerm(mapped, depth + 1);
    }
    const prefix = this.prefixes.get(term.slice(0, colon));
    return prefix !== undefined && !term.startsWith('//', colon + 1) ? this.expandTerm(prefix, depth + 1) + term.slice(colon + 1) : term;
  }

  /** Every value of the property `iri`, whichever key spells it, flattened. */
  values(node: JsonLdNode, iri: string): unknown[] {
    return Object.entries(node).flatMap(([key, value]) => (this.expand(key) === iri ? [value].flat() : []));
  }

  /** The first value of the property `iri`, if any. */
  value(node: JsonLdNode, iri: string): unknown {
    return this.values(node, iri)[0];
  }

  /** The node's @types as full IRIs. */
  types(node: JsonLdNode): string[] {
    return this.values(node, '@type').filter((type): type is string => typeof type === 'string').map((type) => this.expand(type));
  }

  /** The node's @id as a full IRI; undefined when missing or empty. */
  id(node: JsonLdNode): string | undefined {
    const id = this.value(node, '@id');
    return typeof id === 'string' && id !== '' ? this.expand(id) : undefined;
  }

  /** The IRIs the property `iri` points to (plain strings or {"@id": …} objects), as full IRIs. */
  refs(node: JsonLdNode, iri: string): string[] {
    return this.values(node, iri).flatMap((value) => {
      const id = typeof value === 'string' ? value : isJsonLdNode(value) ? value['@id'] : undefined;
      return typeof id === 'string' && id !== '' ? [this.expand(id)] : [];
    });
  }

  /** The first value as a string: a plain string or number, or a value object's @value. */
  literal(node: JsonLdNode, iri: string): string | undefined {
    const value = this.value(node, iri);
    const plain = isJsonLdNode(value) ? value['@value'] : value;
    return typeof plain === 'string' || typeof plain === 'number' ? String(plain) : undefined;
  }

  /**
   * The German and English texts of the property `iri` (skos:definition, skos:example): value
   * objects by language, a language map, or plain strings; an untagged text stands for a language
   * the file gives no text in. Empty when there is none.
   */
  texts(node: JsonLdNode, iri: string): { de?: string; en?: string } {
    const found = new Map<string, string>();
    for (const value of this.values(node, iri)) {
      const pairs: [unknown, unknown][] = typeof value === 'string' ? [['', value]] : !isJsonLdNode(value) ? [] : Object.entries(value);
      if (isJsonLdNode(value) && '@value' in value) pairs.splice(0, pairs.length, [value['@language'], value['@value']]);
      for (const [language, text] of pairs) {
        const tag = typeof language === 'string' ? language.toLowerCase().split('-')[0]! : '';
        if (typeof text === 'string' && text.trim() && !found.has(tag)) found.set(tag, text);
      }
    }
    const de = found.get('de') ?? found.get('');
    const en = found.get('en') ?? found.get('');
    return { ...(de !== undefined ? { de } : {}), ...(en !== undefined ? { en } : {}) };
  }

  /** The German and English prefLabel (or rdfs:label, dcterms:title), each falling back to the other or an untagged one. */
  labels(node: JsonLdNode): { de: string; en: string } | undefined {
    const found = new Map<string, string>();
    const properties = [`${SKOS}prefLabel`, 'http://www.w3.org/2000/01/rdf-schema#label', 'http://purl.org/dc/terms/title'];
    for (const value of properties.flatMap((iri) => this.values(node, iri))) {
      // A plain string, a value object, or a language map ({"de": …, "en": …}).
      const pairs: [unknown, unknown][] = typeof value === 'string' ? [['', value]] : !isJsonLdNode(value) ? [] : Object.entries(value);
      if (isJsonLdNode(value) && '@value' in value) pairs.splice(0, pairs.length, [value['@language'], value['@value']]);
      for (const [language, text] of pairs) {
        const tag = typeof language === 'string' ? language.toLowerCase().split('-')[0]! : '';
        if (typeof text === 'string' && text.trim() && !found.has(tag)) found.set(tag, text.trim());
      }
    }
    const any = found.get('') ?? [...found.values()][0];
    const de = found.get('de') ?? found.get('en') ?? any;
    const en = found.get('en') ?? found.get('de') ?? any;
    return de && en ? { de, en } : undefined;
  }
}

/** Whether `value` is a JSON object (not null, not a list). */
export function isJsonLdNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
