/**
 * Where a passage sits, in words of the interface language: "spans 3 paragraphs" when it runs over
 * more than one block, "in a caption" when it is in the page's debris. The card, the sidebar and
 * the announcement after tagging say it the same way (model/documents/passage-place.ts finds it).
 */
import { msg, str } from '@lit/localize';
import type { BlockType } from '../../model/documents/article.js';
import type { PassagePlace } from '../../model/documents/passage-place.js';
import { formatCount } from '../shared/plural.js';

/** "spans 2 paragraphs", or '' for a passage within one block. */
export function spanLabel(blockCount: number): string {
  // Only said for two or more blocks, so the one form of the plural is never needed.
  return blockCount > 1 ? msg(str`spans ${formatCount(blockCount)} paragraphs`) : '';
}

/** "in a caption" and the like for a debris kind; '' for the article's running text. */
export function debrisLabel(type: BlockType): string {
  switch (type) {
    case 'pullquote':
      return msg('in a pull quote');
    case 'caption':
      return msg('in a caption');
    case 'credit':
      return msg('in a photo credit');
    case 'tweet':
      return msg('in an embedded tweet');
    case 'author-box':
      return msg('in the box about the author');
    case 'disclaimer':
      return msg('in a disclaimer');
    case 'image-source':
      return msg('in an image source');
    case 'dateline':
      return msg('in the date line');
    default:
      return '';
  }
}

/** Everything worth saying about a passage's place, in order: how far it runs, then what it is in. */
export function placeLabels(place: PassagePlace): string[] {
  return [spanLabel(place.blockCount), ...place.debris.map(debrisLabel)].filter((label) => label !== '');
}
