/**
 * How one highlight segment looks, whatever number of categories it carries: the text's background
 * is tinted with its categories' colours (mixed, a little stronger for each more), and each
 * category draws its own line under the passage in its own style (solid, double, dashed, dotted,
 * wavy: the cue that does not depend on telling colours apart), the lines stacked one under the
 * other. All of it is the one span's background colour and one background layer per line (CSS
 * gradients drawn once across the span, not tiled, so painting stays cheap), handed to
 * styles/highlights.css as custom properties: no nesting, so the cost of a segment does not grow
 * with the number of annotations over it.
 *
 * At most {@link MAX_DRAWN_CATEGORIES} categories are drawn on one segment; the card lists every
 * annotation there, and the segment says how many categories were left undrawn.
 */

/** How a category looks: a CSS colour, a line style for its underline, and where the scheme puts it. */
export interface CategoryLook {
  readonly colour: string;
  readonly line: string;
  /** The category's place in its scheme: lines are stacked in this order (lower nearer the text). */
  readonly order?: number;
}

/** Categories drawn on one segment at most; more would stack their lines into the next line of text. */
export const MAX_DRAWN_CATEGORIES = 4;

/** The room one underline takes under the text, in em (styles/highlights.css pads the span by this per line). */
export const LINE_STEP_EM = 0.22;

/** A look for a category the reader's scheme does not know: a neutral grey, drawn rather than dropped. */
export const UNKNOWN_LOOK: CategoryLook = { colour: '#767676', line: 'solid' };

interface Layer {
  readonly image: string;
  readonly size: string;
  readonly position: string;
  readonly repeat: string;
}

/**
 * The inline style of a segment drawn with `looks` (the first nearest the text; only the first
 * {@link MAX_DRAWN_CATEGORIES} are drawn): custom properties that styles/highlights.css turns into
 * background layers and a bottom padding for the lines.
 */
export function segmentStyle(looks: readonly CategoryLook[]): string {
  const drawn = looks.slice(0, MAX_DRAWN_CATEGORIES);
  const lines = drawn.map((look, i) => lineLayer(look, (drawn.length - 1 - i) * LINE_STEP_EM + 0.06));
  return [
    `--cr-hl-colour: ${drawn[0]?.colour ?? UNKNOWN_LOOK.colour}`,
    `--cr-hl-fill: color-mix(in srgb, ${mixed(drawn.map((look) => look.colour))} calc(var(--cr-hl-tint) + ${(drawn.length - 1) * 6}%), transparent)`,
    `--cr-hl-lines: ${drawn.length}`,
    // A last, empty layer clipped to the text: the background colour is clipped as the last layer
    // is, so the tint stays on the text and the lines have the padding under it to themselves.
    `--cr-hl-image: ${[...lines.map((layer) => layer.image), 'none'].join(', ')}`,
    `--cr-hl-size: ${[...lines.map((layer) => layer.size), 'auto'].join(', ')}`,
    `--cr-hl-position: ${[...lines.map((layer) => layer.position), '0 0'].join(', ')}`,
    `--cr-hl-repeat: ${[...lines.map((layer) => layer.repeat), 'no-repeat'].join(', ')}`,
    `--cr-hl-clip: ${[...lines.map(() => 'border-box'), 'content-box'].join(', ')}`,
  ].join('; ');
}

/** A category's line, as a background layer whose bottom edge is `bottom` em above the span's bottom. */
function lineLayer({ colour, line }: CategoryLook, bottom: number): Layer {
  const position = `left 0 bottom ${round(bottom)}em`;
  switch (line) {
    case 'double':
      return { image: `linear-gradient(${colour} 0 1px, transparent 1px 2px, ${colour} 2px 3px)`, size: '100% 3px', position, repeat: 'no-repeat' };
    case 'dashed':
      return { image: `repeating-linear-gradient(90deg, ${colour} 0 5px, transparent 5px 8px)`, size: '100% 2px', position, repeat: 'no-repeat' };
    case 'dotted':
      return { image: `repeating-linear-gradient(90deg, ${colour} 0 2px, transparent 2px 4px)`, size: '100% 2px', position, repeat: 'no-repeat' };
    case 'wavy':
      return {
        image: `radial-gradient(circle at 50% 0, transparent 0 1.6px, ${colour} 1.6px 2.6px, transparent 2.6px)`,
        size: '6px 3px',
        position,
        repeat: 'repeat-x',
      };
    default:
      return { image: `linear-gradient(${colour}, ${colour})`, size: '100% 2px', position, repeat: 'no-repeat' };
  }
}

/** The mean of CSS colours given as #rrggbb (others count as the neutral grey): the tint of several categories at once. */
function mixed(colours: readonly string[]): string {
  if (colours.length === 1) return colours[0]!;
  const channels = [0, 0, 0];
  for (const colour of colours) {
    const hex = /^#[0-9a-f]{6}$/i.test(colour) ? colour : UNKNOWN_LOOK.colour;
    for (let c = 0; c < 3; c += 1) channels[c]! += parseInt(hex.slice(1 + 2 * c, 3 + 2 * c), 16) / colours.length;
  }
  return `#${channels.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
