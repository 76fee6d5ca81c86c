/**
 * Which language a reader's own text is in, as far as Close Reader needs to know (German or
 * English: the `lang` of the document, for hyphenation and the screen reader). A guess from the
 * most frequent function words of each language and from umlauts and ß. Pure: no DOM.
 */

/**
 * German function words. Left out: words English shares or nearly shares ("in", "an", "so",
 * "was", "war", "will", "also", "man", "hat", "bin", "fast", "rot").
 */
const GERMAN = new Set([
  'der', 'die', 'das', 'und', 'nicht', 'ist', 'ein', 'eine', 'einen', 'einem', 'einer', 'zu', 'den', 'dem', 'des',
  'von', 'mit', 'sich', 'auf', 'für', 'im', 'auch', 'es', 'als', 'wird', 'werden', 'sind', 'wie', 'bei', 'aus',
  'nach', 'oder', 'aber', 'noch', 'nur', 'vor', 'zur', 'zum', 'über', 'durch', 'dass', 'sie', 'er', 'wir', 'ich',
  'haben', 'hatte', 'wurde', 'wurden', 'kann', 'sein', 'seine', 'ihre', 'diese', 'dieser', 'wenn', 'schon', 'mehr',
  'gegen', 'sagte', 'unter', 'um', 'ob', 'keine', 'kein', 'doch', 'immer', 'zwei', 'jahr', 'jahren', 'heute',
]);

/**
 * English function words. Left out: words German texts use too ("in", "so", "was", "will", "man", "also", "die",
 * and "New" and "WHO" as in New York and the WHO).
 */
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'not', 'a', 'that', 'it', 'for', 'with', 'as', 'on', 'are', 'be', 'by', 'this',
  'have', 'from', 'or', 'but', 'they', 'which', 'you', 'he', 'she', 'we', 'at', 'were', 'been', 'has', 'had', 'their',
  'there', 'would', 'can', 'could', 'said', 'what', 'when', 'its', 'more', 'about', 'than', 'into', 'after',
  'other', 'some', 'these', 'only', 'our', 'out', 'up', 'no', 'any', 'how', 'should', 'do', 'does',
]);

/** Enough text to decide; a 20 MB file is not read to the end for this. */
const SAMPLE = 100_000;

/**
 * 'en' when the text has more English function words than German function words and words with
 * umlauts or ß together; otherwise 'de', the language of the shipped articles (also when there is
 * nothing to go by).
 */
export function guessLanguage(text: string): 'de' | 'en' {
  let german = 0;
  let english = 0;
  for (const word of text.slice(0, SAMPLE).toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word) || /[äöüß]/.test(word)) german++;
    if (ENGLISH.has(word)) english++;
  }
  return english > german ? 'en' : 'de';
}
