/**
 * Choosing a category's colour from the palette (category-palette.ts) so that it keeps apart from
 * the scheme's other colours: the colour a new or imported category takes, and the colours the
 * editor offers each category. Near-linear in the number of categories (issue 12): a chooser keeps,
 * for each of the palette's 14 colours, the distance to the nearest colour used so far, so that
 * adding a colour costs 14 CIEDE2000 distances and choosing the next none. (Comparing every new
 * colour with every earlier one took 47 s for a scheme of 1,000 concepts.)
 *
 * The first categories of a scheme get the colours they always got: the first palette colour at
 * least {@link TOO_CLOSE_THRESHOLD} from every used one, else the one furthest from its nearest
 * used colour. Once every palette colour is used (all at distance 0), the least used comes next,
 * the one used longest ago first: a long scheme cycles through its first colours in the order they
 * came, instead of giving every further category the palette's first colour.
 */
import { CATEGORY_PALETTE, type Lab, type PaletteColour, TOO_CLOSE_THRESHOLD, ciede2000, normaliseColour, toLab } from './category-palette.js';

/** The palette's colours in CIELAB, in palette order (computed once). */
const PALETTE_LAB: readonly Lab[] = CATEGORY_PALETTE.map(({ colour }) => toLab(colour)!);

/** See the module comment: the colours used so far, as what the next choice needs of them. */
export class PaletteChoice {
  /** Per palette colour: ΔE₀₀ to the nearest used colour (Infinity while none is used). */
  private readonly nearest: number[] = CATEGORY_PALETTE.map(() => Infinity);
  /** Per palette colour: how many used colours are exactly it. */
  private readonly uses: number[] = CATEGORY_PALETTE.map(() => 0);
  /** Per palette colour: when it was used last (the count of colours added by then); -1 never. */
  private readonly lastUse: number[] = CATEGORY_PALETTE.map(() => -1);
  private added = 0;

  /** A chooser that has seen `used` (the colours of a scheme's categories, in their order). */
  constructor(used: readonly string[] = []) {
    for (const colour of used) this.add(colour);
  }

  /** Takes one more used colour into account; what is no colour is left out. */
  add(colour: string): void {
    const lab = toLab(colour);
    if (!lab) return;
    const normal = normaliseColour(colour);
    this.added += 1;
    PALETTE_LAB.forEach((entry, i) => {
      this.nearest[i] = Math.min(this.nearest[i]!, ciede2000(entry, lab));
      if (CATEGORY_PALETTE[i]!.colour === normal) {
        this.uses[i] = this.uses[i]! + 1;
        this.lastUse[i] = this.added;
      }
    });
  }

  /** The palette colours at least {@link TOO_CLOSE_THRESHOLD} from every used colour, in palette order. */
  apart(): PaletteColour[] {
    return CATEGORY_PALETTE.filter((_, i) => this.nearest[i]! >= TOO_CLOSE_THRESHOLD);
  }

  /** The colour for the next category (see the module comment); the chooser does not count it as used until it is added. */
  next(): string {
    const apart = this.nearest.findIndex((distance) => distance >= TOO_CLOSE_THRESHOLD);
    if (apart >= 0) return CATEGORY_PALETTE[apart]!.colour;
    let best = 0;
    for (let i = 1; i < CATEGORY_PALETTE.length; i++) if (this.before(i, best)) best = i;
    return CATEGORY_PALETTE[best]!.colour;
  }

  /** Whether palette colour `i` is a better next colour than `j`: further from the used ones, else less used, else used longer ago. */
  private before(i: number, j: number): boolean {
    if (this.nearest[i] !== this.nearest[j]) return this.nearest[i]! > this.nearest[j]!;
    if (this.uses[i] !== this.uses[j]) return this.uses[i]! < this.uses[j]!;
    return this.lastUse[i]! < this.lastUse[j]!;
  }
}

/**
 * The palette colours at least {@link TOO_CLOSE_THRESHOLD} from every one of `used` (the colours of
 * a scheme's other categories), in palette order: what the editor offers a category, so that a
 * colour too close to another category's is never offered in the first place.
 */
export function coloursApartFrom(used: readonly string[]): PaletteColour[] {
  return new PaletteChoice(used).apart();
}

/**
 * A palette colour for a new or imported category among a scheme's `used` colours: the first of
 * {@link coloursApartFrom} `used`, else the one furthest from its nearest used colour, else (every
 * palette colour used) the least used, longest ago first.
 */
export function nextPaletteColour(used: readonly string[]): string {
  return new PaletteChoice(used).next();
}

/**
 * For each of a scheme's `categories`, by id, the colours {@link coloursApartFrom} the colours of
 * all the others: what the editor offers each row, in 14 distances per category rather than one
 * pass over the scheme per row. Keeps, per palette colour, the nearest and second-nearest category,
 * so that leaving one category out costs nothing.
 */
export function coloursApartForEach(categories: readonly { readonly id: string; readonly colour: string }[]): Map<string, PaletteColour[]> {
  const nearest = CATEGORY_PALETTE.map(() => ({ distance: Infinity, index: -1 }));
  const second = CATEGORY_PALETTE.map(() => Infinity);
  categories.forEach(({ colour }, index) => {
    const lab = toLab(colour);
    if (!lab) return;
    PALETTE_LAB.forEach((entry, i) => {
      const distance = ciede2000(entry, lab);
      if (distance < nearest[i]!.distance) [second[i], nearest[i]] = [nearest[i]!.distance, { distance, index }];
      else if (distance < second[i]!) second[i] = distance;
    });
  });
  return new Map(
    categories.map(({ id }, index) => [
      id,
      CATEGORY_PALETTE.filter((_, i) => (nearest[i]!.index === index ? second[i]! : nearest[i]!.distance) >= TOO_CLOSE_THRESHOLD),
    ]),
  );
}
