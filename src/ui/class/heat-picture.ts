/**
 * The class heat as a picture for slides (issue 16, "Export": a PNG or SVG of the heat view): an SVG
 * that reads on its own — a title, the category, the scale of what each shade means, the strip of
 * the whole article, and one bar per passage of the category with how many students found it. The
 * colours are fixed (the light scheme's page), since a slide has no page around it. The component
 * passes every word in the reader's language; this file only lays them out.
 */
import { shorten } from '../../model/text/shorten.js';
import { type StripBar } from './heat-strip.js';
import { HEAT_LEVELS, heatFill } from './heat-levels.js';

/** One passage's bar: its quote, how many found it, and the line to print beside it. */
export interface PicturePassage {
  readonly quote: string;
  readonly students: number;
  /** "12 of 30". */
  readonly count: string;
}

/** Everything the picture shows, its words already in the reader's language. */
export interface HeatPictureInput {
  /** The picture's title (the assignment's). */
  readonly title: string;
  /** "Where the class tagged: Quote (30 students)". */
  readonly subtitle: string;
  readonly colour: string;
  /** The scale's lines, one per level 1 … HEAT_LEVELS ("1–6 of 30 students"); '' for a level no count reaches. */
  readonly scale: readonly string[];
  /** The strip's bars over {@link PICTURE_STRIP_HEIGHT} units. */
  readonly bars: readonly StripBar[];
  /** The caption over the strip ("The whole text"). */
  readonly stripCaption: string;
  /** The caption over the passages ("Passages"). */
  readonly passagesCaption: string;
  readonly passages: readonly PicturePassage[];
  /** How many students in all (a full bar). */
  readonly studentCount: number;
}

/** The strip's height in the picture, in pixels. */
export const PICTURE_STRIP_HEIGHT = 480;

const WIDTH = 1000;
const ROW = 28;
/** Where the scale's first line is, and the height of each. */
const SCALE_TOP = 104;
const SCALE_ROW = 28;
const TOP = SCALE_TOP + HEAT_LEVELS * SCALE_ROW + 50;
const TEXT = '#1d1d1f';
const MUTED = '#575550';
const PAGE = '#fbfaf7';
const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** The picture as SVG text. */
export function heatPictureSvg(input: HeatPictureInput): string {
  const rows = input.passages.length;
  const height = Math.max(TOP + PICTURE_STRIP_HEIGHT, TOP + 30 + rows * ROW) + 40;
  const swatches = input.scale
    .map((line, index) => {
      const level = index + 1;
      const y = SCALE_TOP + index * SCALE_ROW;
      return line === ''
        ? ''
        : `<rect x="40" y="${y}" width="24" height="22" fill="${heatFill(input.colour, level)}" stroke="${MUTED}" stroke-width="0.5"/>` +
            underline(input.colour, level, 40, y + 22, 24) +
            `<text x="74" y="${y + 16}">${escapeXml(line)}</text>`;
    })
    .join('');
  const strip = input.bars
    .map(
      (bar) =>
        `<rect x="40" y="${round(TOP + bar.y)}" width="60" height="${round(bar.height)}" fill="${heatFill(input.colour, bar.level)}"/>` +
        (bar.level >= HEAT_LEVELS - 1 ? `<rect x="40" y="${round(TOP + bar.y)}" width="${bar.level === HEAT_LEVELS ? 8 : 4}" height="${round(bar.height)}" fill="${input.colour}"/>` : ''),
    )
    .join('');
  const barWidth = 300;
  const passages = input.passages
    .map((passage, index) => {
      const y = TOP + 30 + index * ROW;
      const share = input.studentCount > 0 ? passage.students / input.studentCount : 0;
      return (
        `<text x="140" y="${y + 17}">${escapeXml(shorten(flat(passage.quote), 52))}</text>` +
        `<rect x="560" y="${y + 4}" width="${barWidth}" height="16" fill="none" stroke="${MUTED}" stroke-width="0.5"/>` +
        `<rect x="560" y="${y + 4}" width="${round(share * barWidth)}" height="16" fill="${input.colour}"/>` +
        `<text x="870" y="${y + 17}">${escapeXml(passage.count)}</text>`
      );
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="15" fill="${TEXT}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="${PAGE}"/>`,
    `<text x="40" y="48" font-size="28" font-weight="bold">${escapeXml(input.title)}</text>`,
    `<text x="40" y="82" font-size="19">${escapeXml(input.subtitle)}</text>`,
    swatches,
    `<text x="40" y="${TOP - 10}" fill="${MUTED}">${escapeXml(input.stripCaption)}</text>`,
    `<rect x="40" y="${TOP}" width="60" height="${PICTURE_STRIP_HEIGHT}" fill="none" stroke="${MUTED}" stroke-width="0.5"/>`,
    strip,
    `<text x="140" y="${TOP + 10}" fill="${MUTED}">${escapeXml(input.passagesCaption)}</text>`,
    passages,
    '</svg>',
  ].join('\n');
}

function underline(colour: string, level: number, x: number, y: number, width: number): string {
  if (level < HEAT_LEVELS - 1) return '';
  return `<rect x="${x}" y="${y - (level === HEAT_LEVELS ? 4 : 2)}" width="${width}" height="${level === HEAT_LEVELS ? 4 : 2}" fill="${colour}"/>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}


/** `text` safe inside SVG text and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** `text` on one line: runs of white space (a paragraph break) as one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
