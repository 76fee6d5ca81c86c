/**
 * Timestamps from other tools, normalised to the one form Close Reader stores and exports: UTC
 * with `Z` and milliseconds, as `Date.prototype.toISOString` writes it ("2024-05-02T08:11:12.123Z").
 * Files write xsd:dateTime (W3C model 3.3.1) with any offset ("+02:00", "-05:30", "+0000"), with
 * microseconds (Hypothesis: "2024-05-02T10:11:12.123456+00:00") or without a time zone at all; the
 * W3C schemas accept only some of these, so every export after an import needs the one form.
 *
 * Decision: a date without a time ("2026-11-30") is not a date-time and is refused (xsd:dateTime
 * requires the time); guessing midnight would invent a time the file never said.
 */

/** A normalised timestamp, and whether the file named its time zone. */
export interface UtcTime {
  /** ISO 8601 in UTC with `Z` and milliseconds. */
  readonly iso: string;
  /** False when the file wrote no offset: the time was taken as UTC (the caller warns). */
  readonly hadOffset: boolean;
}

/** Year, month, day `T` hours, minutes, optional seconds and fraction, optional `Z` or ±hh:mm / ±hhmm / ±hh. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * `value` as UTC ISO with `Z` and milliseconds, or undefined when it is not an ISO 8601 date-time
 * (wrong shape, a month 13, 31 February, hours 24, an offset beyond ±14:00). Fractions of a
 * millisecond are cut off, not rounded, so a time never moves into the next second.
 */
export function toUtcTime(value: string): UtcTime | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
  const [year, month, day, hours, minutes, seconds] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hours, minutes, seconds, milliseconds);
  if (local.getUTCDate() !== day) return undefined; // 31 February rolled into March
  const offset = zoneMinutes(zone);
  if (offset === undefined) return undefined;
  return { iso: new Date(local.getTime() - offset * 60_000).toISOString(), hadOffset: zone !== undefined };
}

/** Minutes east of UTC for a zone designator; 0 for none or `Z`; undefined beyond ±14:00 or with minutes over 59. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
