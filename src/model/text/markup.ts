/**
 * Whether plain text holds markup (issue 15): what a hand-out, a hand-in and the scheme editor's
 * definition and example refuse, so that no field that travels to a class can carry HTML.
 */

/**
 * A tag-like `<…>`: a letter (after an optional `/`, `!` or `?`) right after `<`, and a closing
 * `>`; or an HTML comment. So "a < b", "x<3" and "a<b, but" stay allowed; `<script>`, `</b>` and
 * `<!-- -->` do not.
 */
const TAG_LIKE = /<[/!?]?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/;

/** The first tag-like `<…>` in `text`, at most 40 characters of it; undefined when there is none. */
export function findMarkup(text: string): string | undefined {
  const found = TAG_LIKE.exec(text)?.[0];
  return found === undefined || found.length <= 40 ? found : `${found.slice(0, 39)}…`;
}
