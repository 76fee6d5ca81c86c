/**
 * A quote as the interface language writes one: German „…“, English “…”, shortened at a word
 * boundary when long, so an announcement or a list item stays short. A passage that brings its own
 * quotation marks (a quote tagged with its „…“) keeps them and gets no second pair.
 */

/** Marks a quotation opens with, in the languages of the articles (German „…“ and »…«, English, French, single). */
const OPENING = '„“”"«»‚‘’\'‹›';
/** Marks a quotation closes with. */
const CLOSING = '“”"»«‘’\'›‹';

/** `text` in the interface language's quotation marks (or its own), cut to about `max` characters with " …". */
export function formatQuote(text: string, locale: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (ownQuotes(flat)) return `${flat[0]}${shorten(flat.slice(1, -1), max)}${flat[flat.length - 1]}`;
  return inQuotes(shorten(flat, max), locale);
}

/** `text` as it is (already shortened as the caller likes) in the interface language's quotation marks, unless it brings its own. */
export function inQuotes(text: string, locale: string): string {
  if (ownQuotes(text)) return text;
  return locale === 'de' ? `„${text}“` : `“${text}”`;
}

/** Whether `text` opens and closes with quotation marks of its own. */
function ownQuotes(text: string): boolean {
  return text.length > 2 && OPENING.includes(text[0]!) && CLOSING.includes(text[text.length - 1]!);
}

/** `flat` cut at a word boundary to about `max` characters, with " …"; as it is when short enough. */
function shorten(flat: string, max: number): string {
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
