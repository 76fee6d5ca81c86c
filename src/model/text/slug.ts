/**
 * The one slug rule: how a label or a title becomes an id that reads well in a URL and an IRI.
 * Categories and schemes (scheme-ids.ts, category-factory.ts, skos-parse.ts, the annotation import)
 * and own documents (app/library/own-document-factory.ts) all take their ids from it, so the same
 * label gives the same id wherever it is typed or imported.
 */

/**
 * Longest slug of a category or a scheme: ids go into IRIs, exports and scheme files, where a
 * long one is noise. Own documents take 48 (they add an 8-character suffix to be unique), which
 * is why the length is a parameter and not a constant.
 */
export const SLUG_MAX_LENGTH = 40;

/**
 * A lower-case ASCII slug of `text`: letters folded (ß as ss, umlauts and accents without their
 * marks), every run of anything else one hyphen, none at either end, at most `maxLength`
 * characters (cut, then any hyphen left at the cut dropped). '' when nothing of `text` is ASCII
 * (中文): the caller picks a fallback. Idempotent: a slug is its own slug.
 */
export function slug(text: string, maxLength: number = SLUG_MAX_LENGTH): string {
  return text
    .toLocaleLowerCase('en')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
