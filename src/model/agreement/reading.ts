/**
 * The plain-language band of an agreement figure, the one a teacher reads beside the number:
 * Krippendorff's own advice (Content Analysis, 2004, p. 241) is to rely on data with α ≥ 0.800, to
 * draw only tentative conclusions from 0.667 ≤ α < 0.800, and below that to look at the category's
 * definition again (in class: discuss it). The UI words each band in the reader's language.
 */

/** The bands, best first; 'not-defined' when there is no figure (see AlphaUndefinedReason). */
export type AgreementReading = 'reliable' | 'tentative' | 'discuss' | 'not-defined';

/** From here up a figure reads 'reliable'. */
export const RELIABLE_FROM = 0.8;

/** From here up (below {@link RELIABLE_FROM}) a figure reads 'tentative'; 0.667 as published, not 2/3. */
export const TENTATIVE_FROM = 0.667;

/** The band of `figure`: undefined, NaN or infinite read 'not-defined'. */
export function readingOf(figure: number | undefined): AgreementReading {
  if (figure === undefined || !Number.isFinite(figure)) return 'not-defined';
  if (figure >= RELIABLE_FROM) return 'reliable';
  if (figure >= TENTATIVE_FROM) return 'tentative';
  return 'discuss';
}
