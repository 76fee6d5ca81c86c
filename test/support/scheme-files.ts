/**
 * Scheme files a hostile or merely large import brings (issue 12), made in the test rather than
 * stored: a SKOS concept scheme of any number of concepts, and JSON nested to any depth. One
 * factory for model, browser and end-to-end tests, so that each pins the same files.
 */

/** The IRI of the generated scheme; its concepts are `${MANY_SCHEME_IRI}/c<n>`. */
export const MANY_SCHEME_IRI = 'https://example.org/codebook';

/**
 * A SKOS concept scheme ("Codebook") of `count` top-level concepts, "Code 1" … (German "Kode 1" …),
 * without colours, lines or keys: the importer chooses those, as it does for a foreign codebook.
 * With `first`, the concepts are numbered from it (more concepts of the same codebook).
 */
export function manyConceptScheme(count: number, first = 1): string {
  const concepts = Array.from({ length: count }, (_, index) => index + first - 1).map((i) => ({
    '@id': `${MANY_SCHEME_IRI}/c${i + 1}`,
    '@type': 'skos:Concept',
    'skos:inScheme': { '@id': MANY_SCHEME_IRI },
    'skos:prefLabel': [
      { '@value': `Kode ${i + 1}`, '@language': 'de' },
      { '@value': `Code ${i + 1}`, '@language': 'en' },
    ],
  }));
  return JSON.stringify({
    '@context': { skos: 'http://www.w3.org/2004/02/skos/core#' },
    '@graph': [{ '@id': MANY_SCHEME_IRI, '@type': 'skos:ConceptScheme', 'skos:prefLabel': { '@value': 'Codebook', '@language': 'en' } }, ...concepts],
  });
}

/** `depth` objects nested in one another, `{"a":{"a":…1…}}`: JSON nested `depth` levels deep. */
export function nestedObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A scheme file (one concept, valid otherwise) whose concept carries a note nested `depth` levels deep. */
export function deepScheme(depth: number): string {
  const head = `{"@context":{"skos":"http://www.w3.org/2004/02/skos/core#"},"@graph":[{"@id":"${MANY_SCHEME_IRI}","@type":"skos:ConceptScheme"},`;
  const concept = `{"@id":"${MANY_SCHEME_IRI}/c1","@type":"skos:Concept","skos:prefLabel":"Code 1","skos:scopeNote":${nestedObjects(depth - 3)}}`;
  return `${head}${concept}]}`;
}

/** An annotation file (one W3C annotation, valid otherwise) whose selector is refined `depth` levels deep in all. */
export function deepAnnotation(depth: number): string {
  const head = '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"urn:uuid:00000000-0000-4000-8000-000000000001",';
  const target = `"target":{"source":"tag:close-reader.app,2026:documents/x","selector":{"type":"TextQuoteSelector","exact":"Wort","refinedBy":${nestedObjects(depth - 3)}}}}`;
  return head + target;
}
