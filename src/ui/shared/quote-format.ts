/**
 * A quote as the interface language writes one: German „…“, English “…”, shortened at a word
 * boundary when long, so an announcement or a list item stays short.
 */

/** `text` in the interface language's quotation marks, cut to about `max` characters with " …". */
export function formatQuote(text: string, locale: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let short = flat;
  if (flat.length > max) {
    const cut = flat.slice(0, max);
    const space = cut.lastIndexOf(' ');
    short = `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
  }
  return locale === 'de' ? `„${short}“` : `“${short}”`;
}
