/**
 * One student against the model answer, as the comparison shows it (issue 16): the four outcomes
 * (found, missed, extra, wrong category), each with its own non-colour cue — the style of its
 * underline (solid, wavy, dotted, double) — and a tint; the paint layers of a comparison for the
 * RangePainter, and its passages by outcome for the list beside the text. One table of cues, so
 * the text, the legend and the list can never describe them differently.
 */
import { msg } from '@lit/localize';
import type { PaintLayer } from '../../editor/range-highlights.js';
import type { ModelComparison } from '../../model/agreement/model-comparison.js';
import type { CategorySpan } from '../../model/agreement/spans.js';

/** The four outcomes of a passage, in the order the legend and the list give them. */
export type Outcome = 'found' | 'missed' | 'extra' | 'wrong';

/** Every outcome, in order. */
export const OUTCOMES: readonly Outcome[] = ['found', 'missed', 'extra', 'wrong'];

/**
 * The look of an outcome: the underline style is the cue that does not rest on colour; the
 * colours are Okabe–Ito (told apart with every common colour-vision deficiency), the tint
 * translucent so that it reads on the light and the dark theme.
 */
const CUES: Readonly<Record<Outcome, { readonly line: 'solid' | 'wavy' | 'dotted' | 'double'; readonly colour: string; readonly tint: string; readonly priority: number }>> = {
  found: { line: 'solid', colour: '#009e73', tint: 'rgb(0 158 115 / 0.16)', priority: 1 },
  missed: { line: 'wavy', colour: '#d55e00', tint: 'rgb(213 94 0 / 0.16)', priority: 2 },
  extra: { line: 'dotted', colour: '#0072b2', tint: 'rgb(0 114 178 / 0.16)', priority: 3 },
  wrong: { line: 'double', colour: '#cc79a7', tint: 'rgb(204 121 167 / 0.2)', priority: 4 },
};

/** The CSS declarations of an outcome (for `::highlight()` and for the legend's sample). */
export function outcomeStyle(outcome: Outcome): string {
  const cue = CUES[outcome];
  return `background-color: ${cue.tint}; text-decoration: underline ${cue.line} ${cue.colour}; text-decoration-thickness: 2px; text-underline-offset: 0.2em`;
}

/** The name of an outcome, in the reader's language. */
export function outcomeName(outcome: Outcome): string {
  switch (outcome) {
    case 'found':
      return msg('Found', { id: 'comparison-found' });
    case 'missed':
      return msg('Missed', { id: 'comparison-missed' });
    case 'extra':
      return msg('Extra', { id: 'comparison-extra' });
    case 'wrong':
      return msg('Wrong category', { id: 'comparison-wrong' });
  }
}

/** What an outcome means and how it looks, for the legend. */
export function outcomeMeaning(outcome: Outcome): string {
  switch (outcome) {
    case 'found':
      return msg('a passage of the model answer that was found (solid underline)');
    case 'missed':
      return msg('a passage of the model answer that was not found (wavy underline)');
    case 'extra':
      return msg('a passage that is not in the model answer (dotted underline)');
    case 'wrong':
      return msg('a passage of the model answer tagged with another category (double underline)');
  }
}

/** One passage of the list: where it is, its category, and for a wrong category the model's. */
export interface OutcomePassage {
  readonly outcome: Outcome;
  readonly span: CategorySpan;
  /** The categories the model answer gives this passage (wrong category only). */
  readonly modelCategories: readonly string[];
}

/** The passages of `comparison` by outcome, each list in text order (found: the model's passage). */
export function outcomePassages(comparison: ModelComparison): Record<Outcome, readonly OutcomePassage[]> {
  return {
    found: comparison.found.map((passage) => ({ outcome: 'found', span: passage.model, modelCategories: [] })),
    missed: comparison.missed.map((span) => ({ outcome: 'missed', span, modelCategories: [] })),
    extra: comparison.extra.map((span) => ({ outcome: 'extra', span, modelCategories: [] })),
    wrong: comparison.wrongCategory.map((passage) => ({ outcome: 'wrong', span: passage.student, modelCategories: [...new Set(passage.model.map((span) => span.category))] })),
  };
}

/** The paint layers of `comparison`: one per outcome, keyed by it. */
export function outcomeLayers(comparison: ModelComparison): PaintLayer[] {
  const passages = outcomePassages(comparison);
  return OUTCOMES.map((outcome) => ({ key: outcome, ranges: passages[outcome].map(({ span }) => span), style: outcomeStyle(outcome), priority: CUES[outcome].priority }));
}
