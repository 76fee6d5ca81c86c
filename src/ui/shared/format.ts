/**
 * Numbers and dates in the interface language (Intl), so "1.234 Wörter" and "27. November 2025"
 * read right in German and "1,234 words" and "November 27, 2025" in English.
 */
import { msg, str } from '@lit/localize';
import { currentLocale } from './localization.js';
import { plural } from './plural.js';

/** "1,234 words" / "1.234 Wörter". */
export function formatWordCount(count: number): string {
  return plural(count, { one: (number) => msg(str`${number} word`), other: (number) => msg(str`${number} words`) });
}

/** "No annotations", "1 annotation", "12 annotations" and their German forms. */
export function formatAnnotationCount(count: number): string {
  return plural(count, {
    zero: () => msg('No annotations'),
    one: () => msg('1 annotation'),
    other: (number) => msg(str`${number} annotations`),
  });
}

/** A YYYY-MM-DD date written out in the interface language; the input is returned if unreadable. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
