/**
 * The names of the line styles (model/schemes/category.ts `CategoryLine`) in the reader's language:
 * what the scheme editor's line picker and the messages about a scheme file show instead of the
 * stored CSS-like names ("solid", "dashed").
 */
import { msg } from '@lit/localize';
import type { CategoryLine } from '../../model/schemes/category.js';

/** The name of a line style in the reader's language; an unknown one as it was given. */
export function lineName(line: CategoryLine | string): string {
  switch (line) {
    case 'solid':
      return msg('solid', { id: 'line-solid', desc: 'A line style: one unbroken underline.' });
    case 'double':
      return msg('double', { id: 'line-double', desc: 'A line style: two parallel underlines.' });
    case 'dashed':
      return msg('dashed', { id: 'line-dashed', desc: 'A line style: an underline of dashes.' });
    case 'dotted':
      return msg('dotted', { id: 'line-dotted', desc: 'A line style: an underline of dots.' });
    case 'wavy':
      return msg('wavy', { id: 'line-wavy', desc: 'A line style: a wavy underline.' });
    default:
      return line;
  }
}
