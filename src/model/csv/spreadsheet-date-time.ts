/**
 * Moments in CSV cells: the one form both the class view's exports (issue 16) and the statistics
 * page's tables (issue 17) write, kept here once so that the two cannot drift apart. Pure: no DOM,
 * only the reader's time zone through `Date`.
 */

/**
 * A moment as spreadsheets in either language read a date and time: "2026-03-05 11:00", in the
 * reader's time zone; the input when unreadable.
 */
export function spreadsheetDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
