/**
 * The small article the editor's highlight tests draw on: two paragraphs of the Sanctuary article
 * (typographic quotes, ß, umlauts) and a look for each default category plus one more, one line
 * style each, so that tests can tell every category's paint apart.
 */

/** The article's blocks. */
export const BLOCKS = [
  { type: 'paragraph', text: 'Die Reaktion aus Kalifornien ließ kaum eine Stunde auf sich warten.' },
  { type: 'paragraph', text: '„Wir sind und bleiben eine Sanctuary City“, sagte Bürgermeister Ed Lee.' },
] as const;

/** Its canonical text (blocks joined by a blank line). */
export const TEXT = BLOCKS.map((block) => block.text).join('\n\n');

/** The look of each category: colour, line style, place in the scheme. */
export const LOOKS: Record<string, { colour: string; line: string; order: number }> = {
  actor: { colour: '#0072b2', line: 'solid', order: 1 },
  policy: { colour: '#b07800', line: 'double', order: 2 },
  quote: { colour: '#cc79a7', line: 'dashed', order: 3 },
  statistic: { colour: '#009e73', line: 'dotted', order: 4 },
  court: { colour: '#d55e00', line: 'wavy', order: 5 },
};
