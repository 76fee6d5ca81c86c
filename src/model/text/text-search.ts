/**
 * Finding a phrase in an article's text the way a reader means it: by default ignoring case and
 * accents, so "sanctuary" finds "Sanctuary", "Bürger" is found by "burger" and "Strasse" finds
 * "Straße". Matches are ranges of the original text (UTF-16 offsets), however folding changed the
 * lengths.
 */

/** How to compare. */
export interface SearchOptions {
  /** When true, "Trump" does not find "trump" and "Bürger" does not find "Burger". */
  readonly matchCaseAndAccents?: boolean;
}

/** A match: a half-open range of the original text. */
export interface TextMatch {
  readonly start: number;
  readonly end: number;
}

/** A text folded for comparison, with the way back to the original's offsets. */
export interface FoldedText {
  readonly folded: string;
  /** For each folded UTF-16 unit, the original offset of the character it came from. */
  readonly origin: readonly number[];
  /** For each folded UTF-16 unit, the original offset just after the character it came from. */
  readonly originEnd: readonly number[];
}

/** How one character compares: lower case, no accents, ß as ss. Pure characters only. */
export function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  if (lower === 'ß' || lower === 'ẞ') return 'ss';
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folds a whole text, keeping where each folded unit came from. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let index = 0;
  for (const character of text) {
    const end = index + character.length;
    const replacement = foldCharacter(character);
    folded += replacement;
    for (let i = 0; i < replacement.length; i += 1) {
      origin.push(index);
      originEnd.push(end);
    }
    index = end;
  }
  return { folded, origin, originEnd };
}

/**
 * Every non-overlapping match of `query` in `text`, in order. An empty or whitespace-only query
 * finds nothing. Pass a folded text (see {@link foldText}) to search one text often without folding
 * it each time.
 */
export function findAll(text: string, query: string, options: SearchOptions = {}, folded?: FoldedText): TextMatch[] {
  if (query.trim() === '') return [];
  const matches: TextMatch[] = [];
  if (options.matchCaseAndAccents) {
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
      matches.push({ start: at, end: at + query.length });
    }
    return matches;
  }
  const haystack = folded ?? foldText(text);
  const needle = foldText(query).folded;
  if (needle === '') return [];
  for (let at = haystack.folded.indexOf(needle); at >= 0; at = haystack.folded.indexOf(needle, at + needle.length)) {
    matches.push({ start: haystack.origin[at]!, end: haystack.originEnd[at + needle.length - 1]! });
  }
  return matches;
}

/** Whether `text` contains `query`, ignoring case and accents (for filtering lists). */
export function containsFolded(text: string, query: string): boolean {
  const needle = foldText(query.trim()).folded;
  return needle === '' || foldText(text).folded.includes(needle);
}
