/**
 * A moment (an ISO 8601 date-time) written out in the interface language, to the minute: when a
 * hand-in was made ("6. März 2026, 11:00" / "Mar 6, 2026, 11:00 AM"). Apart from format.ts so the
 * pages of assignments and the library share one way of saying it.
 */
import { currentLocale } from './localization.js';

/** `iso` as date and time of day in the reader's time zone; the input is returned if unreadable. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
}
