import { expect } from '@open-wc/testing';
import { placeCard, type CardPlacementRequest } from '../../../src/ui/reader/card-placement.js';

/** A 390×844 phone whose sticky tag bar ends at 136: the card may be from 144 to 836, 16 to 374 across. */
const PHONE_ROOM = { top: 144, bottom: 836, left: 16, right: 374 };
/** A 1280×800 laptop: the room is the window less 8 px; the sidebar column starts at 811. */
const LAPTOP_ROOM = { top: 8, bottom: 792, left: 811, right: 1163 };
const line = (top: number, left = 40, right = 280) => ({ top, bottom: top + 22, left, right });

const cases: { name: string; request: CardPlacementRequest; expected: ReturnType<typeof placeCard> }[] = [
  {
    name: 'below the passage where the card fits there',
    request: { anchor: line(300), room: PHONE_ROOM, width: 358, height: 350, gap: 6 },
    expected: { top: 328, left: 16, maxHeight: 508 },
  },
  {
    name: 'above the passage where it fits only there, its bottom a gap above the passage',
    request: { anchor: line(700), room: PHONE_ROOM, width: 358, height: 350, gap: 6 },
    expected: { top: 344, left: 16, maxHeight: 550 },
  },
  {
    name: 'below, scrolling inside, where it fits on neither side and below has more room',
    request: { anchor: line(450), room: PHONE_ROOM, width: 358, height: 500, gap: 6 },
    expected: { top: 478, left: 16, maxHeight: 358 },
  },
  {
    name: 'above, scrolling inside, where it fits on neither side and above has more room',
    request: { anchor: line(550), room: PHONE_ROOM, width: 358, height: 500, gap: 6 },
    expected: { top: 144, left: 16, maxHeight: 400 },
  },
  {
    name: 'on a side with 160 px (MIN_CARD_ROOM) or more, though the card is taller',
    request: { anchor: line(262), room: { top: 100, bottom: 500, left: 16, right: 374 }, width: 358, height: 300, gap: 6 },
    expected: { top: 290, left: 16, maxHeight: 210 },
  },
  {
    name: 'as a sheet at the bottom of the room where the roomier side has 159 px',
    request: { anchor: line(265), room: { top: 100, bottom: 450, left: 16, right: 374 }, width: 358, height: 300, gap: 6 },
    expected: { top: 150, left: 16, maxHeight: 300 },
  },
  {
    name: 'as a sheet at the bottom of the room over a passage taller than the room leaves',
    request: { anchor: { top: 200, bottom: 780, left: 16, right: 374 }, room: PHONE_ROOM, width: 358, height: 500, gap: 6 },
    expected: { top: 336, left: 16, maxHeight: 500 },
  },
  {
    name: 'at the passage’s left edge, kept inside the room on the right',
    request: { anchor: line(300, 500, 700), room: { top: 8, bottom: 1016, left: 16, right: 752 }, width: 384, height: 350, gap: 6 },
    expected: { top: 328, left: 368, maxHeight: 688 },
  },
  {
    name: 'in the column, level with the passage',
    request: { anchor: line(280, 366, 603), room: LAPTOP_ROOM, width: 352, height: 354, column: 811, gap: 6 },
    expected: { top: 280, left: 811, maxHeight: 512 },
  },
  {
    name: 'in the column, moved up to end inside the room for a passage near the bottom',
    request: { anchor: line(700, 366, 603), room: LAPTOP_ROOM, width: 352, height: 354, column: 811, gap: 6 },
    expected: { top: 438, left: 811, maxHeight: 354 },
  },
  {
    name: 'in the column, as tall as the room, for a card taller than the window',
    request: { anchor: line(300, 366, 603), room: LAPTOP_ROOM, width: 352, height: 2000, column: 811, gap: 6 },
    expected: { top: 8, left: 811, maxHeight: 784 },
  },
];

describe('placing the annotation card', () => {
  for (const { name, request, expected } of cases) {
    it(name, () => {
      expect(placeCard(request)).to.deep.equal(expected);
    });
  }
});
