/**
 * What the reader shows before a block that is not the article's running text, in the interface
 * language, so a caption or an embedded tweet is never mistaken for the article's own words.
 */
import { msg } from '@lit/localize';
import type { BlockType } from '../../model/documents/article.js';

/** The label of a block type; empty for the article's own text. */
export function blockLabel(type: BlockType): string {
  switch (type) {
    case 'pullquote':
      return msg('Pull quote');
    case 'caption':
      return msg('Photo caption');
    case 'credit':
      return msg('Photo credit');
    case 'tweet':
      return msg('Embedded tweet');
    case 'author-box':
      return msg('About the author');
    case 'disclaimer':
      return msg('Disclaimer');
    case 'image-source':
      return msg('Image source');
    case 'dateline':
      return msg('Date');
    default:
      return '';
  }
}
